/**
 * The grading pyramid as an inline SVG drawn here (no chart library): one row per grade from
 * A at the top, the number of customers as a bar to the left of the centre line and the share
 * of 年销售额 as a hatched bar to the right, each with its figure written beside it, so it
 * reads without colour. Text and bars use currentColor (dark mode, print). The table after it
 * carries the same figures for screen readers and for paper (the chart stays off paper).
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { formatFen, type Pyramid } from './grading';
import { RESULTS as T } from './results-strings';
import { gradeLabel, LABELS } from './strings';

const WIDTH = 320;
const HALF = 120;
const ROW = 46;
const BAR = 18;

const percent = (share: number | null) => (share === null ? '—' : `${share.toFixed(1)}%`);

export function PyramidChart({ pyramid }: { pyramid: Pyramid }) {
  const id = useId();
  const maxCount = Math.max(1, ...pyramid.tiers.map((t) => t.count));
  const mid = WIDTH / 2;
  const height = pyramid.tiers.length * ROW + 4;
  return (
    <div class="cg-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{T.chartTitle(pyramid.graded)}</title>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse">
            <path d="M0,6 L6,0" class="cg-hatch" />
          </pattern>
        </defs>
        {pyramid.tiers.map((tier, i) => {
          const y = i * ROW + 2;
          const left = (tier.count / maxCount) * (HALF - 30);
          const right = ((tier.share ?? 0) / 100) * (HALF - 30);
          return (
            <g key={tier.grade}>
              <text x={mid} y={y + 11} text-anchor="middle" class="cg-chart-text">
                {gradeLabel(tier.grade)}
              </text>
              <line x1={mid} y1={y + 14} x2={mid} y2={y + 16 + BAR + 2} class="cg-axis" />
              <rect x={mid - left} y={y + 16} width={left} height={BAR} class="cg-bar" />
              <text x={mid - left - 4} y={y + 29} text-anchor="end" class="cg-chart-text">
                {T.countBar(tier.count)}
              </text>
              <rect
                x={mid}
                y={y + 16}
                width={right}
                height={BAR}
                class="cg-bar"
                fill={`url(#${id}-hatch)`}
              />
              <text x={mid + right + 4} y={y + 29} class="cg-chart-text">
                {percent(tier.share)}
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollBox labelledBy={`${id}-cap`}>
        <table>
          <caption id={`${id}-cap`}>{T.pyramidCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{LABELS.grade}</th>
              <th scope="col" class="ws-num">
                {T.count}
              </th>
              <th scope="col" class="ws-num">
                {LABELS.revenue}
              </th>
              <th scope="col" class="ws-num">
                {T.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {pyramid.tiers.map((tier) => (
              <tr key={tier.grade}>
                <th scope="row">{gradeLabel(tier.grade)}</th>
                <td class="ws-num">{tier.count}</td>
                <td class="ws-num">{formatFen(tier.revenue)}</td>
                <td class="ws-num">{percent(tier.share)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{T.total}</th>
              <td class="ws-num">{pyramid.graded}</td>
              <td class="ws-num">{formatFen(pyramid.revenue)}</td>
              <td class="ws-num">{pyramid.revenue > 0 ? '100.0%' : '—'}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </div>
  );
}
