/**
 * Pay against attainment from 0% to 200% of the 测算目标, as an inline SVG drawn here (no chart
 * library): 累进 as a solid line, 全额 as a dashed one, each named at its end; every cliff of
 * 全额 is marked with its jump and the cap with a labelled line, so it reads without colour.
 * Text and lines use currentColor (dark mode, print). The table after it carries the pay every
 * 10% for screen readers and paper.
 */
import type Big from 'big.js';
import { useId } from 'preact/hooks';
import { formatAmount, formatRate } from '../core/big-format';
import { ScrollBox } from '../core/ui/ScrollBox';
import { cliffs, curveSegments, curveTable, type Curve, type Plan } from './pay';
import { RESULTS as T } from './results-strings';

const WIDTH = 360;
const HEIGHT = 240;
const LEFT = 56;
const RIGHT = 44;
const TOP = 16;
const BOTTOM = 32;

export function PayChart({ plan, curve }: { plan: Plan; curve: Curve }) {
  const id = useId();
  const progressive = curveSegments(plan, 'progressive', curve);
  const flat = curveSegments(plan, 'flat', curve);
  const table = curveTable(plan, curve);
  const flatCliffs = cliffs(plan, 'flat', curve).filter((c) => c.at.lte(2));
  const peak = [...progressive, ...flat]
    .flat()
    .map(([, pay]) => pay)
    .reduce((m, pay) => (pay.gt(m) ? pay : m));
  const top = Math.max(1, peak.toNumber());
  const x = (a: Big) => LEFT + (a.toNumber() / 2) * (WIDTH - LEFT - RIGHT);
  const y = (pay: Big | number) =>
    TOP +
    (1 - (typeof pay === 'number' ? pay : pay.toNumber()) / (top * 1.05)) * (HEIGHT - TOP - BOTTOM);
  const path = (segments: [Big, Big][][]) =>
    segments
      .map((points) =>
        points
          .map(([a, pay], i) => `${i ? 'L' : 'M'}${x(a).toFixed(1)},${y(pay).toFixed(1)}`)
          .join(''),
      )
      .join('');
  const end = (segments: [Big, Big][][]) => segments.at(-1)?.at(-1);
  const pEnd = end(progressive);
  const fEnd = end(flat);
  const capPay = plan.cap ? plan.baseSalary.plus(plan.cap).toNumber() : null;
  const baseY = HEIGHT - BOTTOM;
  return (
    <div class="cp-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{T.chartTitle(formatAmount(curve.target))}</title>
        <line x1={LEFT} y1={baseY} x2={WIDTH - RIGHT} y2={baseY} class="cp-axis" />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={baseY} class="cp-axis" />
        {[0, 0.5, 1, 1.5, 2].map((a) => {
          const px = LEFT + (a / 2) * (WIDTH - LEFT - RIGHT);
          return (
            <g key={a}>
              <line x1={px} y1={baseY} x2={px} y2={baseY + 4} class="cp-axis" />
              <text x={px} y={baseY + 16} text-anchor="middle" class="cp-chart-text">
                {`${a * 100}%`}
              </text>
            </g>
          );
        })}
        <text x={LEFT - 4} y={baseY} text-anchor="end" class="cp-chart-text">
          0
        </text>
        <text x={LEFT - 4} y={y(top) + 4} text-anchor="end" class="cp-chart-text">
          {formatAmount(peak)}
        </text>
        <text x={WIDTH - RIGHT} y={HEIGHT - 2} text-anchor="end" class="cp-chart-text">
          {T.axisAttainment}
        </text>
        {capPay !== null && capPay <= top * 1.05 && (
          <g>
            <line x1={LEFT} y1={y(capPay)} x2={WIDTH - RIGHT} y2={y(capPay)} class="cp-cap" />
            <text x={LEFT + 4} y={y(capPay) - 4} class="cp-chart-text">
              {T.capLabel(formatAmount(plan.cap!))}
            </text>
          </g>
        )}
        <path d={path(progressive)} class="cp-line" />
        <path d={path(flat)} class="cp-line cp-line-flat" />
        {flatCliffs.map((c) => (
          <g key={c.at.toString()}>
            <line x1={x(c.at)} y1={y(c.before)} x2={x(c.at)} y2={y(c.after)} class="cp-cliff" />
            <text
              x={x(c.at) - 3}
              y={(y(c.before) + y(c.after)) / 2}
              text-anchor="end"
              class="cp-chart-text"
            >
              {T.cliffLabel(`${c.jump.gt(0) ? '+' : '−'}${formatAmount(c.jump.abs())}`)}
            </text>
          </g>
        ))}
        {pEnd && (
          <text x={x(pEnd[0]) + 3} y={y(pEnd[1]) + 12} class="cp-chart-text">
            {T.progressive}
          </text>
        )}
        {fEnd && (
          <text x={x(fEnd[0]) + 3} y={y(fEnd[1]) - 2} class="cp-chart-text">
            {T.flat}
          </text>
        )}
      </svg>
      <ScrollBox labelledBy={`${id}-cap`}>
        <table>
          <caption id={`${id}-cap`}>{T.chartCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.attainment}</th>
              <th scope="col" class="ws-num">
                {T.progressive}
              </th>
              <th scope="col" class="ws-num">
                {T.flat}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.map((row) => (
              <tr key={row.a.toString()}>
                <th scope="row">{formatRate(row.a)}</th>
                <td class="ws-num">{formatAmount(row.progressive)}</td>
                <td class="ws-num">{formatAmount(row.flat)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
