/** 人员 × 月份: each member's share over the months; rows and columns add up to the target. */
import { useId } from 'preact/hooks';
import { formatNumber } from '../core/numbers';
import type { CascadePlan, SmartGoalData } from './model';
import { personMonth } from './cascade-labels';
import { CASCADE as T } from './cascade-strings';

interface Props {
  data: SmartGoalData;
  plan: CascadePlan;
}

export function PersonMonthTable({ data, plan }: Props) {
  const id = useId();
  const table = personMonth(data, plan);
  if (!plan.ok || table === null) return null;
  const show = (value: number) =>
    formatNumber(value, {
      maximumFractionDigits: plan.decimals,
      minimumFractionDigits: plan.decimals,
    });
  return (
    <section class="sg-subsection" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{T.personMonth}</h4>
      {table === 'mismatch' ? (
        <p class="ws-hint">{T.personMonthMismatch}</p>
      ) : (
        <>
          <p class="ws-hint">{T.personMonthHint}</p>
          <div class="ws-table-wrap">
            <table class="sg-table">
              <thead>
                <tr>
                  <th scope="col">{T.name}</th>
                  {table.months.map((m) => (
                    <th key={m} scope="col" class="ws-num">
                      {m}
                    </th>
                  ))}
                  <th scope="col" class="ws-num">
                    {T.sum}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.cells.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{table.names[i]}</th>
                    {row.map((v, j) => (
                      <td key={j} class="ws-num">
                        {show(v)}
                      </td>
                    ))}
                    <td class="ws-num">{show(table.shares[i])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{T.sum}</th>
                  {table.monthTargets.map((v, j) => (
                    <td key={j} class="ws-num">
                      {show(v)}
                    </td>
                  ))}
                  <td class="ws-num">{show(plan.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
