/**
 * The team's score distribution as an inline SVG drawn here (no chart library): one column per
 * score band, its height the number of members in it, the count written above each column and
 * the band below it, so it reads without colour. Text uses currentColor and the columns a CSS
 * variable, so it follows dark mode and prints. The table after it carries the same figures,
 * with the names, for screen readers and paper.
 */
import { useId } from 'preact/hooks';
import { ScrollBox } from '../core/ui/ScrollBox';
import { BANDS } from './model';
import { RESULTS as T } from './results-strings';

const WIDTH = 320;
const HEIGHT = 160;
const TOP = 20;
const BOTTOM = 24;

/** Band edges in points: [from, to) with `to` null for the highest band. */
function edges(i: number): [number, number | null] {
  const from = BANDS[i]! / 100;
  return [from, i === 0 ? null : BANDS[i - 1]! / 100];
}

export function DistributionChart({ bands }: { bands: { from: number; names: string[] }[] }) {
  const id = useId();
  const max = Math.max(1, ...bands.map((b) => b.names.length));
  const total = bands.reduce((n, b) => n + b.names.length, 0);
  const slot = WIDTH / bands.length;
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <div class="sc-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{T.chartTitle(total)}</title>
        <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="sc-axis" />
        {bands.map((band, i) => {
          const h = (band.names.length / max) * plot;
          const x = i * slot + slot * 0.2;
          const [from, to] = edges(i);
          return (
            <g key={band.from}>
              <rect x={x} y={HEIGHT - BOTTOM - h} width={slot * 0.6} height={h} class="sc-bar" />
              <text
                x={i * slot + slot / 2}
                y={HEIGHT - BOTTOM - h - 5}
                text-anchor="middle"
                class="sc-chart-text"
              >
                {band.names.length}
              </text>
              <text
                x={i * slot + slot / 2}
                y={HEIGHT - 6}
                text-anchor="middle"
                class="sc-chart-text"
              >
                {T.bandShort(from, to)}
              </text>
            </g>
          );
        })}
      </svg>
      <ScrollBox labelledBy={`${id}-caption`}>
        <table class="sc-table">
          <caption id={`${id}-caption`}>{T.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{T.band}</th>
              <th scope="col" class="ws-num">
                {T.count}
              </th>
              <th scope="col">{T.names}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band, i) => {
              const [from, to] = edges(i);
              return (
                <tr key={band.from}>
                  <th scope="row">{T.bandName(from, to)}</th>
                  <td class="ws-num">{T.people(band.names.length)}</td>
                  <td>{band.names.join('、')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
