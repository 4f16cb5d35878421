/**
 * A radar chart drawn here from the data (no chart library; geometry in radar.ts): one axis
 * per dimension, a ring per whole score, one polygon per rater. Lines use currentColor and CSS
 * variables (dark mode, print), and the raters differ by line style and point marks, not by
 * colour alone. The caller puts the data table beside it.
 *
 * The worksheet draws one axis per dimension (4), not per competency (16): sixteen labels of up
 * to eight characters do not fit around a chart 300 px wide at a readable size, and a 16-point
 * outline says little at that size; the sixteen ratings are in the rating table.
 */
import { useId } from 'preact/hooks';
import { radarLabel, radarPoint, radarPolygon, radarRings } from './radar';
import './radar.css';

export interface Series {
  label: string;
  values: readonly number[];
}

const SIZE = 300;
const RADIUS = 82;
const CENTRE = { x: SIZE / 2, y: 128 };

export function RadarChart({
  title,
  axes,
  series,
  max = 5,
}: {
  /** The chart's accessible name (with its values). */
  title: string;
  axes: readonly string[];
  series: readonly Series[];
  max?: number;
}) {
  const id = useId();
  const n = axes.length;
  const at = (p: { x: number; y: number }) => ({ x: CENTRE.x + p.x, y: CENTRE.y + p.y });
  const height = series.length > 1 ? 290 : 262;
  return (
    <svg
      class="tc-radar"
      viewBox={`0 0 ${SIZE} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-t`}
    >
      <title id={`${id}-t`}>{title}</title>
      <g transform={`translate(${CENTRE.x} ${CENTRE.y})`} class="tc-radar-grid">
        {radarRings(n, max, RADIUS).map((points, k) => (
          <polygon key={k} points={points} />
        ))}
        {axes.map((_, i) => {
          const end = radarPoint(i, n, max, max, RADIUS);
          return <line key={i} x1="0" y1="0" x2={end.x} y2={end.y} />;
        })}
      </g>
      {Array.from({ length: max }, (_, k) => {
        const p = at(radarPoint(0, n, k + 1, max, RADIUS));
        return (
          <text key={k} x={p.x + 3} y={p.y + 4} class="tc-radar-tick">
            {k + 1}
          </text>
        );
      })}
      {series.map((s, k) => (
        <g
          key={k}
          transform={`translate(${CENTRE.x} ${CENTRE.y})`}
          class={`tc-radar-series tc-radar-s${k}`}
        >
          {/* Nothing rated yet: the grid alone, room to draw by hand on paper. */}
          {s.values.some((v) => v > 0) && <polygon points={radarPolygon(s.values, max, RADIUS)} />}
          {s.values.map((v, i) => {
            if (v <= 0) return null;
            const p = radarPoint(i, n, v, max, RADIUS);
            return k === 0 ? (
              <circle key={i} cx={p.x} cy={p.y} r="3.5" />
            ) : (
              <rect key={i} x={p.x - 3} y={p.y - 3} width="6" height="6" />
            );
          })}
        </g>
      ))}
      {axes.map((label, i) => {
        const p = radarLabel(i, n, RADIUS, 14);
        const { x, y } = at(p);
        return (
          <text
            key={label}
            x={x}
            y={y + (p.y > 1 ? 12 : p.y < -1 ? -2 : 5)}
            text-anchor={p.anchor}
            class="tc-radar-label"
          >
            {label}
          </text>
        );
      })}
      {series.length > 1 && (
        <g class="tc-radar-legend">
          {series.map((s, k) => (
            <g key={k} transform={`translate(${20 + k * 140} ${height - 14})`}>
              <line x1="0" y1="-4" x2="26" y2="-4" class={`tc-radar-s${k}`} />
              <text x="32" y="0">
                {s.label}
              </text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}
