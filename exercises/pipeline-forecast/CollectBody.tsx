/** 汇总 of 销售漏斗预测: the period, the weighted forecast, commit and best case, and the target. */
import { ExampleFlag } from '../collect/ExampleFlag';
import { toIsoDate } from '../core/dates';
import { COLLECT_TEXT as T } from '../collect/strings';
import { exampleLeftovers } from './example-values';
import { forecast } from './forecast';
import { formatAmount, formatRatio } from '../core/big-format';
import type { PipelineData } from './model';
import { RESULTS } from './results-strings';
import { LABELS } from './strings';

export default function PipelineCollectBody({ data }: { data: unknown }) {
  const sheet = data as PipelineData;
  const result = forecast(sheet, toIsoDate(new Date()));
  return (
    <>
      <ExampleFlag left={exampleLeftovers(sheet).size} />
      <p>
        <strong>{LABELS.period}</strong>：{sheet.periodName.trim() || T.empty}
      </p>
      <ul class="pf-collect">
        <li>
          {RESULTS.weighted}：{formatAmount(result.weighted)}
        </li>
        <li>
          {RESULTS.commit}：{formatAmount(result.commit)}
        </li>
        <li>
          {RESULTS.bestCase}：{formatAmount(result.bestCase)}
        </li>
        {result.target && (
          <li>
            {RESULTS.target}：{formatAmount(result.target)}
          </li>
        )}
        {result.coverage && (
          <li>
            {RESULTS.coverage}：{RESULTS.times(formatRatio(result.coverage))}
          </li>
        )}
      </ul>
    </>
  );
}
