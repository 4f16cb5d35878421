/**
 * 达成率跟踪: a row per month (or week) with its target, the actual typed after the period,
 * and the attainment of the period and so far (against the cumulative target and the total).
 */
import { useId } from 'preact/hooks';
import { formatNumber } from '../core/numbers';
import { NumberField } from '../core/ui/NumberField';
import {
  amountInput,
  formatAmount,
  normalizeCascade,
  periodShape,
  setActual,
  type CascadePlan,
  type SmartGoalData,
} from './model';
import { periodLabels } from './cascade-labels';
import { trackAttainment } from './cascade-tables';
import { CASCADE as T } from './cascade-strings';

interface Props {
  data: SmartGoalData;
  plan: CascadePlan;
  onChange(data: SmartGoalData): void;
}

const percent = (rate: number | null) =>
  rate === null ? '—' : `${formatNumber(rate * 100, { maximumFractionDigits: 1 })}%`;

export function TrackingTable({ data, plan, onChange }: Props) {
  const id = useId();
  if (!plan.ok || !plan.periods.ok) return null;
  const cascade = normalizeCascade(data.cascade, periodShape(data.cascade, data.deadline));
  const labels = periodLabels(data).sub.flat();
  const targets = plan.periods.periods.flatMap((p) => p.subs);
  const rows = trackAttainment(targets, plan.actuals, plan.total, plan.decimals);
  const show = (value: number | null) =>
    value === null
      ? '—'
      : formatNumber(value, {
          maximumFractionDigits: plan.decimals,
          minimumFractionDigits: plan.decimals,
        });
  const last = [...rows].reverse().find((r) => r.actual !== null);

  return (
    <section class="sg-subsection" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{T.tracking}</h4>
      <p class="ws-hint">{T.trackingHint}</p>
      <div class="ws-table-wrap">
        <table class="sg-table">
          <thead>
            <tr>
              <th scope="col">{T.period}</th>
              <th scope="col" class="ws-num">
                {T.share}
              </th>
              <th scope="col">{T.actual}</th>
              <th scope="col" class="ws-num">
                {T.rate}
              </th>
              <th scope="col" class="ws-num">
                {T.cumTarget}
              </th>
              <th scope="col" class="ws-num">
                {T.cumActual}
              </th>
              <th scope="col" class="ws-num">
                {T.cumRate}
              </th>
              <th scope="col" class="ws-num">
                {T.ofTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, k) => (
              <tr key={k}>
                <th scope="row">{labels[k]}</th>
                <td class="ws-num">{show(row.target)}</td>
                <td>
                  <NumberField
                    label={T.actualLabel(labels[k])}
                    labelHidden
                    size={6}
                    value={cascade.actuals[k]}
                    parse={amountInput(data.unit)}
                    onInput={(v) => onChange(setActual(data, k, v))}
                  />
                </td>
                <td class="ws-num">{percent(row.rate)}</td>
                <td class="ws-num">{show(row.cumTarget)}</td>
                <td class="ws-num">{show(row.actual === null ? null : row.cumActual)}</td>
                <td class="ws-num">{percent(row.actual === null ? null : row.cumRate)}</td>
                <td class="ws-num">{percent(row.actual === null ? null : row.ofTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="ws-hint" role="status">
        {last && last.cumActual !== null
          ? T.trackingSummary(
              formatAmount(last.cumActual, plan.unit),
              formatAmount(last.cumTarget, plan.unit),
              percent(last.cumRate),
              percent(last.ofTotal),
              formatAmount(plan.total, plan.unit),
            )
          : T.trackingEmpty}
      </p>
    </section>
  );
}
