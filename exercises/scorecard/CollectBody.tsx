/** 汇总 of 绩效计分卡: the period, the weights and each member's 综合得分 with the ranking. */
import {
  cardIssues,
  exampleLeftovers,
  formatHundredths,
  ranking,
  type ScorecardData,
} from './model';
import { FIELD, FORM, SETUP_HEADING } from './strings';
import { ExampleFlag } from '../collect/ExampleFlag';
import { COLLECT_TEXT as T } from '../collect/strings';

export default function ScorecardBody({ data }: { data: unknown }) {
  const card = data as ScorecardData;
  const rows = ranking(card, FORM.memberFallback);
  const issues = cardIssues(card);
  const left = exampleLeftovers(card);
  const leftovers = [...(left.setup ? [SETUP_HEADING] : []), ...left.members];
  return (
    <>
      <p>
        <strong>{FIELD.period}</strong>：{card.period.trim() || T.empty}
      </p>
      <ol class="sc-collect">
        {rows.map((r) => (
          <li key={r.index}>
            {r.name}：{r.total === null ? FORM.pending : FORM.points(formatHundredths(r.total))}
          </li>
        ))}
      </ol>
      <ExampleFlag left={leftovers} />
      {issues.map((issue) => (
        <p key={issue} class="collect-flag">
          <span aria-hidden="true">⚠ </span>
          {issue}
        </p>
      ))}
    </>
  );
}
