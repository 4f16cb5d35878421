import { describe, expect, it } from 'vitest';
import { exampleLeft, examplePaths, rowsLeft } from './example-paths';
import { plainlyFromExample, rowHas, sameAsExample } from './example-values';

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

  it('leaves out a row’s id: it names the row, it is no value typed in', () => {
    const blank = { rows: [{ id: 'r1', v: '' }] };
    const example = {
      rows: [
        { id: 'r1', v: '6' },
        { id: 'r2', v: '7' },
      ],
    };
    expect(examplePaths(example, example, blank)).toEqual(['rows.r1.v', 'rows.r2.v']);
  });

  it('gives each row its fields left as one string that stays equal while unchanged', () => {
    const blank = { name: '', rows: [] as { id: string; a: string; b: string }[] };
    const example = {
      name: '华东',
      rows: [
        { id: 'r1', a: '1', b: '2' },
        { id: 'r2', a: '3', b: '4' },
      ],
    };
    const edited = { ...example, rows: [{ id: 'r1', a: '1', b: '5' }, example.rows[1]] };
    const before = rowsLeft(exampleLeft(example, example, blank), 'rows');
    const after = rowsLeft(exampleLeft(edited, example, blank), 'rows');
    expect(rowHas(after.get('r1'), 'a')).toBe(true);
    expect(rowHas(after.get('r1'), 'b')).toBe(false);
    expect(after.get('r2')).toBe(before.get('r2'));
    expect(rowHas(after.get('r3'), 'a')).toBe(false);
    // A filter leaves out choices; a document sharing one value only is not flagged.
    expect(exampleLeft(example, example, blank, (p) => !p.endsWith('.b')).size).toBe(3);
    expect(exampleLeft({ ...blank, name: '华东' }, example, blank).size).toBe(0);
  });
});
