import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from './document';
import { mergeDocuments, mergeJson, sameJson } from './merge';

const goal = { name: '新客户', specific: '', baseline: '20', target: '35' };

describe('mergeJson', () => {
  it.each([
    {
      case: 'only this tab changed: mine',
      base: goal,
      theirs: goal,
      mine: { ...goal, specific: '华东区' },
      merged: { ...goal, specific: '华东区' },
    },
    {
      case: 'only the other tab changed: theirs',
      base: goal,
      theirs: { ...goal, name: '新客户 40 家' },
      mine: goal,
      merged: { ...goal, name: '新客户 40 家' },
    },
    {
      case: 'different fields: both changes kept',
      base: goal,
      theirs: { ...goal, name: '新客户 40 家' },
      mine: { ...goal, specific: '华东区' },
      merged: { ...goal, name: '新客户 40 家', specific: '华东区' },
    },
    {
      case: 'the same change on both sides',
      base: goal,
      theirs: { ...goal, target: '40' },
      mine: { ...goal, target: '40' },
      merged: { ...goal, target: '40' },
    },
    {
      case: 'nested fields of one object',
      base: { cascade: { mode: 'year', basis: 'target' } },
      theirs: { cascade: { mode: 'quarter', basis: 'target' } },
      mine: { cascade: { mode: 'year', basis: 'increase' } },
      merged: { cascade: { mode: 'quarter', basis: 'increase' } },
    },
    {
      case: 'a field added on one side, another changed on the other',
      base: { a: '1' },
      theirs: { a: '1', b: '2' },
      mine: { a: '3' },
      merged: { a: '3', b: '2' },
    },
    {
      case: 'a field removed on one side',
      base: { a: '1', b: '2' },
      theirs: { a: '1' },
      mine: { a: '1', b: '2', c: '3' },
      merged: { a: '1', c: '3' },
    },
    {
      case: 'lists of the same length merge place by place',
      base: { weights: ['1', '1', '1'] },
      theirs: { weights: ['2', '1', '1'] },
      mine: { weights: ['1', '1', '3'] },
      merged: { weights: ['2', '1', '3'] },
    },
    {
      case: 'entries with the same id merge inside',
      base: { items: [{ id: 'a', text: '渠道', note: '' }] },
      theirs: { items: [{ id: 'a', text: '渠道广', note: '' }] },
      mine: { items: [{ id: 'a', text: '渠道', note: '三省' }] },
      merged: { items: [{ id: 'a', text: '渠道广', note: '三省' }] },
    },
    {
      case: 'a list that grew on one side only',
      base: { items: ['x'] },
      theirs: { items: ['x'], other: '1' },
      mine: { items: ['x', 'y'] },
      merged: { items: ['x', 'y'], other: '1' },
    },
  ])('$case', ({ base, theirs, mine, merged }) => {
    expect(mergeJson<unknown>(base, theirs, mine)).toEqual({ ok: true, value: merged });
  });

  it.each([
    {
      case: 'the same field changed differently',
      base: goal,
      theirs: { ...goal, name: '甲' },
      mine: { ...goal, name: '乙' },
    },
    {
      case: 'a nested field changed differently',
      base: { cascade: { mode: 'year' } },
      theirs: { cascade: { mode: 'quarter' } },
      mine: { cascade: { mode: 'month' } },
    },
    {
      case: 'a list grown on both sides',
      base: { items: ['x'] },
      theirs: { items: ['x', 'y'] },
      mine: { items: ['x', 'z'] },
    },
    {
      case: 'entries without id are single values',
      base: { members: [{ name: '张', weight: '1' }] },
      theirs: { members: [{ name: '李', weight: '1' }] },
      mine: { members: [{ name: '张', weight: '2' }] },
    },
    {
      case: 'a reordered list edited on the other side',
      base: {
        items: [
          { id: 'a', t: '1' },
          { id: 'b', t: '2' },
        ],
      },
      theirs: {
        items: [
          { id: 'b', t: '2' },
          { id: 'a', t: '1' },
        ],
      },
      mine: {
        items: [
          { id: 'a', t: '9' },
          { id: 'b', t: '2' },
        ],
      },
    },
    {
      case: 'a field removed on one side and changed on the other',
      base: { a: '1' },
      theirs: {},
      mine: { a: '2' },
    },
  ])('conflict: $case', ({ base, theirs, mine }) => {
    expect(mergeJson<unknown>(base, theirs, mine)).toEqual({ ok: false });
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const base = JSON.parse('{"__proto__": {"x": 1}, "a": "1"}') as object;
    const theirs = JSON.parse('{"__proto__": {"x": 2}, "a": "1"}') as object;
    const mine = JSON.parse('{"__proto__": {"x": 1}, "a": "2"}') as object;
    const result = mergeJson(base, theirs, mine);
    expect(result.ok).toBe(true);
    const value = (result as { value: object }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(JSON.stringify(value)).toBe('{"__proto__":{"x":2},"a":"2"}');
  });

  it('compares JSON values deeply, ignoring key order', () => {
    expect(sameJson({ a: [1, { b: 2 }], c: '3' }, { c: '3', a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('mergeDocuments', () => {
  const doc = (title: string, data: typeof goal): WorksheetDocument<typeof goal> => ({
    id: 'g1',
    exercise: 'smart-goal',
    schemaVersion: 1,
    title,
    createdAt: '2026-11-28T08:00:00.000Z',
    updatedAt: '2026-11-28T08:00:00.000Z',
    data,
  });

  it('merges a rename in one tab with an edit in the other', () => {
    const result = mergeDocuments(
      doc('目标', goal),
      doc('华东目标', goal),
      doc('目标', { ...goal, specific: '华东区' }),
    );
    expect(result).toEqual({
      ok: true,
      value: { title: '华东目标', data: { ...goal, specific: '华东区' } },
    });
  });

  it('reports two renames as a conflict', () => {
    expect(mergeDocuments(doc('目标', goal), doc('甲', goal), doc('乙', goal)).ok).toBe(false);
  });
});
