/**
 * Splitting a total into parts by weight so that the rounded parts add up exactly to the
 * rounded total (largest-remainder method, also called Hamilton's method).
 */

export type AllocateResult =
  { ok: true; parts: number[] } | { ok: false; reason: 'no-weight' | 'invalid' };

/**
 * Split `total` by `weights`, each part rounded to `decimals` digits. Parts first get the
 * rounded-down share; the units left over go one each to the parts with the largest
 * remainders (earlier parts first on ties).
 */
export function allocate(total: number, weights: readonly number[], decimals = 0): AllocateResult {
  if (!Number.isFinite(total) || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    return { ok: false, reason: 'invalid' };
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return { ok: false, reason: 'no-weight' };
  const scale = 10 ** decimals;
  const units = Math.round(Math.abs(total) * scale);
  const sign = total < 0 ? -1 : 1;
  const exact = weights.map((w) => (units * w) / sum);
  // The small epsilon keeps 33.99999999 from flooring to 33.
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - floors[i] }))
    .filter(({ i }) => weights[i] > 0)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  // Float noise can make the floors overshoot by a unit: take it back from the smallest rest.
  for (const { i } of [...order].reverse()) {
    if (left >= 0) break;
    if (floors[i] > 0) {
      floors[i] -= 1;
      left += 1;
    }
  }
  return { ok: true, parts: floors.map((u) => (sign * u) / scale + 0) };
}

/** Total of numbers rounded to `decimals`, computed in whole units to avoid float drift. */
export function sumAt(values: readonly number[], decimals: number): number {
  const scale = 10 ** decimals;
  return values.reduce((a, v) => a + Math.round(v * scale), 0) / scale + 0;
}
