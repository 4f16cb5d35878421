/**
 * A radar chart's geometry, drawn from the data: `n` axes from the top, clockwise, values from
 * 0 at the centre to `max` at `radius`. Coordinates are relative to the centre and rounded to
 * a tenth of a unit (the SVG needs no more). Pure; loads with the results.
 */
export interface Point {
  x: number;
  y: number;
}

const round = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // no 「-0」 in the markup
};

/** The point at `value` on axis `axis` of `n`. Values are clamped to 0…max. */
export function radarPoint(
  axis: number,
  n: number,
  value: number,
  max: number,
  radius: number,
): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / n;
  const r = (Math.min(Math.max(value, 0), max) / max) * radius;
  return { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) };
}

/** The polygon through `values` (one per axis), as an SVG `points` attribute. */
export function radarPolygon(values: readonly number[], max: number, radius: number): string {
  return values
    .map((v, i) => radarPoint(i, values.length, v, max, radius))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** The grid: one ring per whole value 1…max, as `points` attributes. */
export function radarRings(n: number, max: number, radius: number): string[] {
  return Array.from({ length: max }, (_, k) =>
    radarPolygon(
      Array.from({ length: n }, () => k + 1),
      max,
      radius,
    ),
  );
}

/** Where an axis's label goes (`gap` beyond the outer ring) and which way its text runs. */
export function radarLabel(
  axis: number,
  n: number,
  radius: number,
  gap: number,
): Point & { anchor: 'start' | 'middle' | 'end' } {
  const p = radarPoint(axis, n, 1, 1, radius + gap);
  const anchor = Math.abs(p.x) < 1 ? 'middle' : p.x > 0 ? 'start' : 'end';
  return { ...p, anchor };
}
