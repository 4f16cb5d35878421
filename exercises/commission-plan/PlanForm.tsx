/**
 * The 提成方案测算 form: the plan (底薪, 提成基数, 提成档位 with 累进 or 全额, 回款比例, 封顶,
 * 毛利系数), the reps (typed, or imported from Excel/WPS with 导入表格), then each rep's pay,
 * the team's cost, the checks and the pay chart (a deferred part). Wiring only: every rule is
 * in model.ts and pay.ts. Values left from the worked example are marked beside their fields
 * once their code (example-marks.ts) has loaded: at once for a document that is not blank; the
 * checks name them (ResultsSection.tsx).
 */
import { Deferred, deferredView } from '../core/ui/Deferred';
import { useLazy } from '../core/ui/lazy';
import { isBlank, type CommissionData } from './model';
import { PlanSection } from './PlanSection';
import { RepsSection } from './RepsSection';
import { FORM } from './strings';

interface Props {
  data: CommissionData;
  readOnly: boolean;
  onChange(data: CommissionData): void;
  onLoadExample(): void;
}

// The figures and the chart as the server drew them until they come near the screen, the form
// gets focus, or the document is not the blank one.
const resultsView = deferredView(() => import('./ResultsSection').then((m) => m.ResultsSection));

/** The deferred part's code: the server has it before rendering; unit tests load it up front. */
export const loadParts = () => resultsView.load().then(() => undefined);
if (import.meta.env.SSR) await loadParts();

const loadMarks = () => import('./example-marks');

export function PlanForm({ data, readOnly, onChange, onLoadExample }: Props) {
  const now = !isBlank(data);
  // Example values are marked once their code has loaded; a blank worksheet holds none.
  const lazyMarks = useLazy(loadMarks, now);
  const marks = lazyMarks === 'failed' ? null : lazyMarks;
  const left = marks?.exampleFields(data) ?? null;
  return (
    <div class="cp">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      <PlanSection data={data} readOnly={readOnly} left={left} onChange={onChange} />
      <RepsSection
        data={data}
        readOnly={readOnly}
        left={marks && left && marks.rowsLeft(left, 'reps')}
        onChange={onChange}
      />
      <Deferred view={resultsView} props={{ data }} name="cp-results" now={now} onView />
    </div>
  );
}
