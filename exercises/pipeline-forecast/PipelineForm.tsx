/**
 * The 销售漏斗预测 form: the period and its target, the stages with their win rates, the deals
 * (typed, or imported from Excel/WPS with 导入表格), then the forecast, the funnel and the
 * accuracy history (a deferred part). Wiring only: every rule is in model.ts and forecast.ts.
 * Values left from the worked example are marked beside their fields and warned about once
 * their code (example-marks.ts) has loaded: at once for a document that is not blank.
 */
import { useId } from 'preact/hooks';
import { useLazy } from '../core/ui/lazy';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextField } from '../core/ui/fields';
import { NumberField } from '../core/ui/NumberField';
import { DealsSection } from './DealsSection';
import { MONEY_INPUT } from './money-input';
import { isBlank, setField, type PipelineData } from './model';
import { StagesSection } from './StagesSection';
import { FORM, HINT, LABELS } from './strings';

interface Props {
  data: PipelineData;
  readOnly: boolean;
  onChange(data: PipelineData): void;
  onLoadExample(): void;
}

// The forecast and the chart as the server drew them until they come near the screen, the form
// gets focus, or the document is not the blank one.
const resultsView = deferredView(() => import('./ResultsSection').then((m) => m.ResultsSection));

/** The deferred part's code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () => resultsView.load().then(() => undefined);
if (import.meta.env.SSR) await loadParts();

const loadMarks = () => import('./example-marks');

export function PipelineForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const id = useId();
  const now = !isBlank(data);
  // Example values are marked once their code has loaded; a blank worksheet holds none.
  const lazyMarks = useLazy(loadMarks, now);
  const marks = lazyMarks === 'failed' ? null : lazyMarks;
  const left = marks?.exampleLeftovers(data) ?? null;
  return (
    <div class="pf">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      {marks && left && <marks.ExampleWarning left={left.size} />}
      <fieldset class="pf-section" disabled={readOnly} aria-labelledby={`${id}-period`}>
        <h3 id={`${id}-period`}>{FORM.periodHeading}</h3>
        <TextField
          label={LABELS.period}
          hint={HINT.period}
          value={data.periodName}
          example={left?.has('periodName')}
          onInput={(v) => onChange(setField(data, 'periodName', v))}
        />
        <div class="pf-grid">
          <TextField
            type="date"
            label={FORM.periodStart}
            value={data.periodStart}
            example={left?.has('periodStart')}
            onInput={(v) => onChange(setField(data, 'periodStart', v))}
          />
          <TextField
            type="date"
            label={FORM.periodEnd}
            value={data.periodEnd}
            example={left?.has('periodEnd')}
            onInput={(v) => onChange(setField(data, 'periodEnd', v))}
          />
          <NumberField
            label={LABELS.target}
            value={data.target}
            example={left?.has('target')}
            parse={MONEY_INPUT}
            onInput={(v) => onChange(setField(data, 'target', v))}
          />
          <NumberField
            label={FORM.closed}
            value={data.closed}
            example={left?.has('closed')}
            parse={MONEY_INPUT}
            onInput={(v) => onChange(setField(data, 'closed', v))}
          />
        </div>
      </fieldset>
      <StagesSection data={data} readOnly={readOnly} onChange={onChange} />
      <DealsSection
        data={data}
        readOnly={readOnly}
        left={marks && left && marks.rowsLeft(left, 'deals')}
        onChange={onChange}
      />
      <Deferred
        view={resultsView}
        props={{
          data,
          readOnly,
          onChange,
          history: marks && left && marks.rowsLeft(left, 'history'),
        }}
        name="pf-results"
        now={now}
        onView
      />
    </div>
  );
}
