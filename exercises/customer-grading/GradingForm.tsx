/**
 * The 客户分级与流失预警 form: the team and date, the customers with their four scores (typed,
 * or imported from Excel/WPS with 导入表格), then the churn signals with the 挽回措施 and the
 * results (pyramid and list), both deferred parts. Wiring only: every rule is in grading.ts.
 * Values left from the worked example are marked beside their fields and warned about once
 * their code (example-marks.ts) has loaded: at once for a document that is not blank.
 */
import { useId } from 'preact/hooks';
import { Deferred, deferredView } from '../core/ui/Deferred';
import { TextField } from '../core/ui/fields';
import { useLazy } from '../core/ui/lazy';
import { CustomersSection } from './CustomersSection';
import { isBlank, setField, type GradingData } from './model';
import { FORM, LABELS } from './strings';

interface Props {
  data: GradingData;
  readOnly: boolean;
  onChange(data: GradingData): void;
  onLoadExample(): void;
}

// The risk part and the results as the server drew them until they come near the screen, the
// form gets focus, or the document is not the blank one.
const riskView = deferredView(() => import('./RiskSection').then((m) => m.RiskSection));
const resultsView = deferredView(() => import('./ResultsSection').then((m) => m.ResultsSection));

/** The deferred parts' code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () =>
  Promise.all([riskView.load(), resultsView.load()]).then(() => undefined);
if (import.meta.env.SSR) await loadParts();

const loadMarks = () => import('./example-marks');

export function GradingForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const id = useId();
  const now = !isBlank(data);
  // Example values are marked once their code has loaded; a blank worksheet holds none.
  const lazyMarks = useLazy(loadMarks, now);
  const marks = lazyMarks === 'failed' ? null : lazyMarks;
  const left = marks?.exampleLeftovers(data) ?? null;
  const rows = marks && left && marks.rowsLeft(left, 'customers');
  return (
    <div class="cg">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      {marks && left && <marks.ExampleWarning left={left.size} />}
      <fieldset class="cg-section" disabled={readOnly} aria-labelledby={`${id}-about`}>
        <h3 id={`${id}-about`}>{FORM.aboutHeading}</h3>
        <div class="cg-grid">
          <TextField
            label={LABELS.team}
            value={data.team}
            example={left?.has('team')}
            onInput={(v) => onChange(setField(data, 'team', v))}
          />
          <TextField
            type="date"
            label={LABELS.reviewed}
            value={data.reviewed}
            example={left?.has('reviewed')}
            onInput={(v) => onChange(setField(data, 'reviewed', v))}
          />
        </div>
      </fieldset>
      <CustomersSection data={data} readOnly={readOnly} left={rows} onChange={onChange} />
      <Deferred
        view={riskView}
        props={{ data, readOnly, left: rows, onChange }}
        name="cg-risk"
        now={now}
        onView
      />
      <Deferred view={resultsView} props={{ data }} name="cg-results" now={now} onView />
    </div>
  );
}
