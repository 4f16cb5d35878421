import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exportDocument } from '../core/files';
import { parseImport } from '../core/import-export';
import { decodeFragment, encodeShareLink } from '../core/share';
import { validateData } from '../core/validate';
import { teamCompetencyDefinition as def } from './definition';
import { createData, exampleData, type TeamCompetencyData } from './model';

const EXAMPLE = exampleData('2026-11-28');
const DOC: WorksheetDocument<TeamCompetencyData> = {
  id: 'abc',
  exercise: 'team-competency',
  schemaVersion: 1,
  title: '华东区域销售一组',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  data: EXAMPLE,
};
const withData = (data: unknown) => JSON.stringify({ ...DOC, data });
const person = (patch: Record<string, unknown>) => ({ ...EXAMPLE.people[0], ...patch });

describe('the 团队能力评估 definition', () => {
  it('accepts a fresh body and the example; the fresh body is always the same', () => {
    expect(validateData(def, createData()).ok).toBe(true);
    expect(validateData(def, EXAMPLE)).toEqual({ ok: true, value: EXAMPLE });
    expect(def.createData()).toEqual(def.createData());
  });

  it('round-trips an export and a share link', () => {
    const file = exportDocument(DOC, new Date(2026, 10, 28));
    expect(file.filename).toBe('team-competency-华东区域销售一组-2026-11-28.json');
    expect(parseImport(file.text, def)).toMatchObject({ ok: true, doc: { data: EXAMPLE } });
    const link = encodeShareLink(DOC, 'https://course.example/exercises/team-competency/');
    if (!link.ok) throw new Error(link.message);
    expect(decodeFragment(new URL(link.url).hash, def)).toMatchObject({
      kind: 'share',
      result: { ok: true, doc: { data: EXAMPLE } },
    });
  });

  it('fills in what a hand-edited file may leave out: 评分人, the second rater, the plan', () => {
    const { id, name, scores } = EXAMPLE.people[0];
    const result = parseImport(withData({ ...EXAMPLE, people: [{ id, name, scores }] }), def);
    expect(result.ok && result.doc.data.people[0]).toEqual({
      id,
      name,
      scores,
      rater: 'self',
      second: false,
      others: Array(16).fill(0),
      plan: [],
    });
  });

  it.each([
    [
      'a rating of 6',
      person({ scores: [6, ...Array(15).fill(3)] }),
      '评分应为 0（未评）到 5 的整数',
    ],
    [
      'a rating of 2.5',
      person({ scores: [2.5, ...Array(15).fill(3)] }),
      '评分应为 0（未评）到 5 的整数',
    ],
    ['15 ratings', person({ scores: Array(15).fill(3) }), '应有 16 项能力的评分'],
    [
      'an unknown rater',
      person({ rater: 'hr' }),
      '「成员 › 第 1 项 › 评分人」不正确：评分人应为本人或经理',
    ],
    ['a plan for competency 16', person({ plan: [{ item: 16 }] }), '应为 0 到 15 的能力编号'],
  ])('refuses %s, saying where, in Chinese', (_, p, message) => {
    const result = parseImport(withData({ ...EXAMPLE, people: [p] }), def);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('refuses two people with one id', () => {
    const p = EXAMPLE.people[0];
    const result = parseImport(withData({ ...EXAMPLE, people: [p, p] }), def);
    expect(!result.ok && result.message).toContain('成员编号重复');
  });
});
