/**
 * The 销售漏斗预测 form: the period and its target, the stages with their win rates, the deals
 * (typed, or imported from Excel/WPS with 导入表格), then the forecast, the funnel and the
 * accuracy history (a deferred part). Wiring only: every rule is in model.ts and forecast.ts.
 */
import { useId } from 'preact/hooks';
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

export function PipelineForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const id = useId();
  return (
    <div class="pf">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      <fieldset class="pf-section" disabled={readOnly} aria-labelledby={`${id}-period`}>
        <h3 id={`${id}-period`}>{FORM.periodHeading}</h3>
        <TextField
          label={LABELS.period}
          hint={HINT.period}
          value={data.periodName}
          onInput={(v) => onChange(setField(data, 'periodName', v))}
        />
        <div class="pf-grid">
          <TextField
            type="date"
            label={FORM.periodStart}
            value={data.periodStart}
            onInput={(v) => onChange(setField(data, 'periodStart', v))}
          />
          <TextField
            type="date"
            label={FORM.periodEnd}
            value={data.periodEnd}
            onInput={(v) => onChange(setField(data, 'periodEnd', v))}
          />
          <NumberField
            label={LABELS.target}
            value={data.target}
            parse={MONEY_INPUT}
            onInput={(v) => onChange(setField(data, 'target', v))}
          />
          <NumberField
            label={FORM.closed}
            value={data.closed}
            parse={MONEY_INPUT}
            onInput={(v) => onChange(setField(data, 'closed', v))}
          />
        </div>
      </fieldset>
      <StagesSection data={data} readOnly={readOnly} onChange={onChange} />
      <DealsSection data={data} readOnly={readOnly} onChange={onChange} />
      <Deferred
        view={resultsView}
        props={{ data, readOnly, onChange }}
        name="pf-results"
        now={!isBlank(data)}
        onView
      />
    </div>
  );
}
