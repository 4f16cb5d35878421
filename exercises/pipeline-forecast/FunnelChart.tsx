/**
 * The funnel as an inline SVG drawn here (no chart library): one centred bar per stage, its
 * width the number of deals that reached the stage, with the stage's name, count and amount
 * written beside it and the conversion to the next stage between bars, so it reads without
 * colour. Text uses currentColor and the bars a CSS variable (dark mode, print). The table
 * after it carries the same figures for screen readers and paper.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import type { FunnelStep } from './forecast';
import { formatAmount, formatRate } from '../core/big-format';
import { RESULTS as T } from './results-strings';

const WIDTH = 320;
const ROW = 44;
const BAR = 24;

export function FunnelChart({ funnel }: { funnel: FunnelStep[] }) {
  const id = useId();
  const reached = funnel.map((_, i) => funnel.slice(i).reduce((n, s) => n + s.count, 0));
  const max = Math.max(1, reached[0] ?? 0);
  const height = funnel.length * ROW + 4;
  return (
    <div class="pf-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{T.chartTitle(reached[0] ?? 0)}</title>
        {funnel.map((step, i) => {
          const w = Math.max(2, (reached[i]! / max) * (WIDTH - 20));
          const y = i * ROW + 2;
          return (
            <g key={step.stage.id}>
              <rect x={(WIDTH - w) / 2} y={y} width={w} height={BAR} class="pf-bar" rx="3" />
              <text x={WIDTH / 2} y={y + BAR / 2 + 4} text-anchor="middle" class="pf-bar-text">
                {step.stage.name} {T.bar(step.count, formatAmount(step.amount))}
              </text>
              {step.conversion && (
                <text x={WIDTH / 2} y={y + BAR + 14} text-anchor="middle" class="pf-chart-text">
                  ↓ {formatRate(step.conversion)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ScrollBox labelledBy={`${id}-cap`}>
        <table>
          <caption id={`${id}-cap`}>{T.funnelCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.stage}</th>
              <th scope="col" class="ws-num">
                {T.count}
              </th>
              <th scope="col" class="ws-num">
                {T.amount}
              </th>
              <th scope="col" class="ws-num">
                {T.conversion}
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((step) => (
              <tr key={step.stage.id}>
                <th scope="row">{step.stage.name}</th>
                <td class="ws-num">{step.count}</td>
                <td class="ws-num">{formatAmount(step.amount)}</td>
                <td class="ws-num">{step.conversion ? formatRate(step.conversion) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
