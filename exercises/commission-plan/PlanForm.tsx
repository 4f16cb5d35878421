/**
 * The 提成方案测算 form: the plan (底薪, 提成基数, 提成档位 with 累进 or 全额, 回款比例, 封顶,
 * 毛利系数), the reps (typed, or imported from Excel/WPS with 导入表格), then each rep's pay,
 * the team's cost, the checks and the pay chart (a deferred part). Wiring only: every rule is
 * in model.ts and pay.ts.
 */
import { Deferred, deferredView } from '../core/ui/Deferred';
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

export function PlanForm({ data, readOnly, onChange, onLoadExample }: Props) {
  return (
    <div class="cp">
      <div class="ws-buttons">
        <button type="button" disabled={readOnly} onClick={onLoadExample}>
          {FORM.loadExample}
        </button>
      </div>
      <PlanSection data={data} readOnly={readOnly} onChange={onChange} />
      <RepsSection data={data} readOnly={readOnly} onChange={onChange} />
      <Deferred view={resultsView} props={{ data }} name="cp-results" now={!isBlank(data)} onView />
    </div>
  );
}
