import { describe, expect, it } from 'vitest';
import { sameJson } from './document';

describe('sameJson', () => {
  it('agrees with comparing the JSON text, fields in any order', () => {
    const pairs: [unknown, unknown][] = [
      [
        { a: '1', b: [{ x: '' }] },
        { b: [{ x: '' }], a: '1' },
      ],
      [
        { a: '1', b: [] },
        { a: '1', b: [{}] },
      ],
      [{ a: '' }, { a: '0' }],
      [{ a: 0 }, { a: '0' }],
      [{ a: null }, { a: {} }],
      [{ a: undefined, b: 1 }, { b: 1 }],
      [[undefined], [null]],
      [{ a: [1, 2] }, { a: { 0: 1, 1: 2 } }],
    ];
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort()
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    for (const [a, b] of pairs) {
      expect(sameJson(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)));
    }
    expect(sameJson(pairs[0][0], pairs[0][1])).toBe(true);
    expect(sameJson(pairs[1][0], pairs[1][1])).toBe(false);
  });

  it('tells a long list from a blank one', () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ id: `d${i}`, amount: '' }));
    expect(sameJson({ rows }, { rows: [] })).toBe(false);
    expect(sameJson({ rows }, { rows: rows.map((r) => ({ ...r })) })).toBe(true);
  });
});
