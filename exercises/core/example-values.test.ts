import { describe, expect, it } from 'vitest';
import { examplePaths } from './example-paths';
import { plainlyFromExample, sameAsExample } from './example-values';

describe('example values', () => {
  it('counts a text only while it is filled in and exactly the example’s', () => {
    expect(sameAsExample('40', '40')).toBe(true);
    expect(sameAsExample('40 ', '40')).toBe(false);
    expect(sameAsExample('', '')).toBe(false);
    expect(sameAsExample('  ', '  ')).toBe(false);
    expect(sameAsExample('40', undefined)).toBe(false);
  });

  it('flags only a document that plainly came from the example (two or more places)', () => {
    expect(plainlyFromExample(['a'], 1, [])).toEqual([]);
    expect(plainlyFromExample(['a', 'b'], 2, [])).toEqual(['a', 'b']);
  });

  it('finds the example’s texts by path, rows by id, and leaves defaults out', () => {
    const blank = { vat: '13', cost: '', rows: [{ id: 'r1', v: '' }], list: [] as string[][] };
    const example = { vat: '13', cost: '40', rows: [{ id: 'r1', v: '6' }], list: [['5', '9']] };
    expect(examplePaths(example, example, blank)).toEqual([
      'cost',
      'rows.r1.v',
      'list.0.0',
      'list.0.1',
    ]);
    const edited = {
      vat: '13',
      cost: '42',
      rows: [
        { id: 'r2', v: '6' },
        { id: 'r1', v: '6' },
      ],
      list: [['5']],
    };
    expect(examplePaths(edited, example, blank)).toEqual(['rows.r1.v', 'list.0.0']);
  });
});
