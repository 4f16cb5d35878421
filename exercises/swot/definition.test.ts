import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exportDocument } from '../core/files';
import { parseImport } from '../core/import-export';
import { decodeFragment, encodeShareLink } from '../core/share';
import { validateData } from '../core/validate';
import { swotDefinition as def } from './definition';
import { createData, exampleData, type SwotData } from './model';

const EXAMPLE = exampleData('2026-11-28');
const DOC: WorksheetDocument<SwotData> = {
  id: 'abc',
  exercise: 'swot',
  schemaVersion: 1,
  title: '某区域工业润滑油业务',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  data: EXAMPLE,
};
const withData = (data: unknown) => JSON.stringify({ ...DOC, data });
const item = (patch: Record<string, unknown>) => ({
  id: 'x',
  text: '条目',
  importance: 3,
  evidence: '',
  ...patch,
});

describe('the SWOT definition', () => {
  it('accepts a fresh body and the example; the fresh body is always the same', () => {
    expect(validateData(def, createData()).ok).toBe(true);
    expect(validateData(def, EXAMPLE)).toEqual({ ok: true, value: EXAMPLE });
    expect(def.createData()).toEqual(def.createData());
  });
});

describe('importing a hand-edited file', () => {
  it('round-trips an export', () => {
    const file = exportDocument(DOC, new Date(2026, 10, 28));
    expect(file.filename).toBe('swot-某区域工业润滑油业务-2026-11-28.json');
    expect(parseImport(file.text, def)).toMatchObject({
      ok: true,
      doc: { title: DOC.title, data: EXAMPLE },
    });
  });

  it('fills in what can safely be left out: 依据, 重要性 and 依据的条目', () => {
    const data = {
      ...EXAMPLE,
      items: { ...EXAMPLE.items, S: [{ id: 'hand', text: '手写的优势' }] },
      strategies: { ...EXAMPLE.strategies, SO: [{ id: 'so', text: '手写的策略' }] },
    };
    const result = parseImport(withData(data), def);
    expect(result.ok && result.doc.data.items.S).toEqual([
      { id: 'hand', text: '手写的优势', importance: 3, evidence: '' },
    ]);
    expect(result.ok && result.doc.data.strategies.SO).toEqual([
      { id: 'so', text: '手写的策略', refs: [] },
    ]);
  });

  it('keeps references to items that are not there (they show as deleted)', () => {
    const data = {
      ...EXAMPLE,
      strategies: { ...EXAMPLE.strategies, SO: [{ id: 'so', text: 't', refs: ['gone'] }] },
    };
    expect(parseImport(withData(data), def).ok).toBe(true);
  });

  it.each([
    [
      'a SMART file',
      JSON.stringify({ ...DOC, exercise: 'smart-goal' }),
      '这是「SMART 目标制定」的文件，不能导入到「SWOT 分析矩阵」。',
    ],
    [
      'a missing quadrant',
      withData({ ...EXAMPLE, items: { S: [], W: [], O: [] } }),
      '「条目 › 威胁」不正确：缺少此项',
    ],
    [
      'importance 6',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, W: [item({ importance: 6 })] } }),
      '「条目 › 劣势 › 第 1 项 › 重要性」不正确：应为 1 到 5 的整数',
    ],
    [
      'importance as text',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, W: [item({ importance: '4' })] } }),
      '「条目 › 劣势 › 第 1 项 › 重要性」不正确：应为 1 到 5 的整数',
    ],
    [
      'importance 2.5',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, O: [item({ importance: 2.5 })] } }),
      '「条目 › 机会 › 第 1 项 › 重要性」不正确：应为 1 到 5 的整数',
    ],
    [
      'an item without id',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, T: [{ text: 'x' }] } }),
      '「条目 › 威胁 › 第 1 项 › 编号」不正确：缺少此项',
    ],
    [
      'an empty id',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, T: [item({ id: '' })] } }),
      '「条目 › 威胁 › 第 1 项 › 编号」不正确：不能为空',
    ],
    [
      'a number as text',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, S: [item({ text: 42 })] } }),
      '「条目 › 优势 › 第 1 项 › 内容」不正确：应为文字',
    ],
    [
      'the same id twice',
      withData({ ...EXAMPLE, items: { ...EXAMPLE.items, T: [item({ id: 'ex-S1' })] } }),
      '条目编号「ex-S1」重复',
    ],
    [
      'refs that are not a list',
      withData({
        ...EXAMPLE,
        strategies: { ...EXAMPLE.strategies, WT: [{ id: 'w', text: '', refs: 'ex-W1' }] },
      }),
      '「TOWS 策略 › WT 策略 › 第 1 项 › 依据的条目」不正确：应为列表',
    ],
    [
      'two strategies with one id',
      withData({
        ...EXAMPLE,
        strategies: { ...EXAMPLE.strategies, WT: [{ id: 'ex-SO1', text: '' }] },
      }),
      '策略编号重复',
    ],
  ])('refuses %s, saying where', (_, text, message) => {
    const result = parseImport(text, def);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe('share links for SWOT analyses', () => {
  it('round-trip the example', () => {
    const link = encodeShareLink(DOC, 'https://course.example/exercises/swot/');
    if (!link.ok) throw new Error(link.message);
    expect(decodeFragment(new URL(link.url).hash, def)).toMatchObject({
      kind: 'share',
      result: { ok: true, doc: { data: EXAMPLE } },
    });
  });
});

describe('size limits (core/limits.ts)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => item({ id: `i${i}` }));
  const withS = (list: unknown[]) => ({ ...EXAMPLE, items: { ...EXAMPLE.items, S: list } });

  it('accepts 200 items in a quadrant and texts of 5,000 characters', () => {
    expect(validateData(def, withS(many(200))).ok).toBe(true);
    expect(validateData(def, withS([item({ text: 'x'.repeat(5_000) })])).ok).toBe(true);
  });

  it.each([
    ['201 items', withS(many(201)), '「条目 › 优势」不正确：最多 200 项'],
    [
      'a text of 5,001 characters',
      withS([item({ text: 'x'.repeat(5_001) })]),
      '「条目 › 优势 › 第 1 项 › 内容」不正确：最多 5,000 个字符',
    ],
    [
      'an evidence of 5,001 characters',
      withS([item({ evidence: 'x'.repeat(5_001) })]),
      '「条目 › 优势 › 第 1 项 › 依据」不正确：最多 5,000 个字符',
    ],
    ['an id of 101 characters', withS([item({ id: 'x'.repeat(101) })]), '最多 100 个字符'],
    ['a subject of 5,001 characters', { ...EXAMPLE, subject: 'x'.repeat(5_001) }, '最多 5,000'],
  ])('refuses %s with a Chinese message', (_, data, part) => {
    const result = validateData(def, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(part);
  });

  it('refuses an import of 18,000 items at once, with the reason', () => {
    const started = Date.now();
    const small = Array.from({ length: 18_000 }, (_, i) => ({ id: `i${i}`, text: `条目${i}` }));
    const text = withData(withS(small));
    expect(text.length).toBeGreaterThan(500_000);
    const result = parseImport(text, def);
    expect(result).toEqual({ ok: false, message: '「条目 › 优势」不正确：最多 200 项' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a title of more than 5,000 characters', () => {
    const result = parseImport(JSON.stringify({ ...DOC, title: 'x'.repeat(5_001) }), def);
    expect(result).toEqual({ ok: false, message: '「标题」不正确：最多 5,000 个字符' });
  });
});
