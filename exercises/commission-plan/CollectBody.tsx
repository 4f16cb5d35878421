/** 汇总 of 提成方案测算: the plan in one line, the reps' total pay and the cost-of-sales ratio. */
import { formatAmount, formatRate } from '../core/big-format';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';
import { exampleLeftovers } from './example-values';
import type { CommissionData } from './model';
import { teamFigures } from './pay';
import { RESULTS } from './results-strings';
import { BASE_LABELS, LABELS } from './strings';

export default function CommissionCollectBody({ data }: { data: unknown }) {
  const sheet = data as CommissionData;
  const reading = teamFigures(sheet);
  return (
    <>
      <ExampleFlag left={exampleLeftovers(sheet)} />
      <p>
        <strong>{LABELS.baseSalary}</strong>：{sheet.baseSalary.trim() || T.empty}；
        <strong>{LABELS.base}</strong>：{BASE_LABELS[sheet.base]}；<strong>{LABELS.method}</strong>
        ：{RESULTS.methodShort[sheet.method]}
      </p>
      {reading.ok ? (
        <ul class="cp-collect">
          <li>
            {RESULTS.rep}：{RESULTS.repCount(reading.team.pays.length)}
          </li>
          <li>
            {RESULTS.totalPay}：{formatAmount(reading.team.totalPay)}
          </li>
          {reading.team.costRatio && (
            <li>
              {RESULTS.costRatio}：{formatRate(reading.team.costRatio)}
            </li>
          )}
        </ul>
      ) : (
        <p>{T.empty}</p>
      )}
    </>
  );
}
