/** 汇总 of 客户分级与流失预警: the team, customers per grade and per risk level, the 红 customers. */
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';
import { exampleLeftovers } from './example-values';
import { assessAll } from './grading';
import type { GradingData } from './model';
import { COLLECT } from './collect-strings';
import { RISK_TEXT } from './risk-strings';
import { GRADES, RISK_LEVELS } from './shape';
import { LABELS } from './strings';

export default function GradingCollectBody({ data }: { data: unknown }) {
  const sheet = data as GradingData;
  const assessed = assessAll(sheet.customers);
  const red = assessed.filter((a) => a.level === 'red');
  return (
    <>
      <ExampleFlag left={exampleLeftovers(sheet).size} />
      <p>
        <strong>{LABELS.team}</strong>：{sheet.team.trim() || T.empty}
      </p>
      <ul class="cg-collect">
        <li>{COLLECT.customers(assessed.length)}</li>
        <li>
          {LABELS.grade}：
          {GRADES.map((g) => COLLECT.count(g, assessed.filter((a) => a.grade === g).length)).join(
            COLLECT.separator,
          )}
        </li>
        <li>
          {LABELS.risk}：
          {RISK_LEVELS.map((l) =>
            COLLECT.count(RISK_TEXT[l].short, assessed.filter((a) => a.level === l).length),
          ).join(COLLECT.separator)}
        </li>
        {red.length > 0 && (
          <li>
            {COLLECT.red}：{red.map((a) => a.customer.name || COLLECT.unnamed).join('、')}
          </li>
        )}
      </ul>
    </>
  );
}
