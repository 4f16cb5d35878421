import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exportDocument } from '../core/files';
import { parseImport } from '../core/import-export';
import { documentReader } from '../core/read-document';
import { decodeFragment, encodeNewLink, encodeShareLink } from '../core/share';
import { createDocumentStore } from '../core/store';
import { createMemoryEngine } from '../core/storage';
import { validateData } from '../core/validate';
import { smartGoalDefinition as def } from './definition';
import { createData, EXAMPLE } from './model';
import type { SmartGoalData } from './schema';

const DOC: WorksheetDocument<SmartGoalData> = {
  id: 'abc',
  exercise: 'smart-goal',
  schemaVersion: 2,
  title: '华东区新客户开发',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  data: EXAMPLE,
};

describe('the SMART definition', () => {
  it('accepts a fresh body and the example', () => {
    expect(validateData(def, createData()).ok).toBe(true);
    expect(validateData(def, EXAMPLE).ok).toBe(true);
  });

  it('creates the same fresh body every time (it is rendered on the server)', () => {
    expect(def.createData()).toEqual(def.createData());
  });
});

/** A version 1 document: no fiscal-year start, no actuals (periods were fixed 1–12 月). */
const { fiscalStart: _f, actuals: _a, ...V1_CASCADE } = EXAMPLE.cascade;
const V1_DOC = { ...DOC, schemaVersion: 1, data: { ...EXAMPLE, cascade: V1_CASCADE } };

describe('migrations', () => {
  it('loads a version 1 document with a fiscal year from January and no actuals', () => {
    const engine = createMemoryEngine({
      'smc:v1:default:smart-goal:index': '["abc"]',
      'smc:v1:default:smart-goal:doc:abc': JSON.stringify(V1_DOC),
    });
    const loaded = createDocumentStore(def, { engine, reader: documentReader(def) }).load('abc');
    expect('doc' in loaded && loaded.doc.schemaVersion).toBe(2);
    expect('doc' in loaded && loaded.doc.data).toEqual(EXAMPLE);
    expect('doc' in loaded && loaded.doc.data.cascade).toMatchObject({
      fiscalStart: 1,
      actuals: [],
    });
  });

  it('imports a version 1 file', () => {
    const result = parseImport(JSON.stringify(V1_DOC), def);
    expect(result).toMatchObject({ ok: true, doc: { schemaVersion: 2, data: EXAMPLE } });
  });

  // A pretend version 3 changes `parentGoal`; the hook must carry v2 data over.
  const v2 = {
    ...def,
    schemaVersion: 3,
    dataSchema: def.dataSchema,
    migrations: {
      ...def.migrations,
      2: (data: unknown) => {
        const { parentGoal, ...rest } = data as SmartGoalData;
        return { ...rest, parentGoal: `${parentGoal}（已迁移）` };
      },
    },
  };

  it('upgrades a stored older document on load', () => {
    const engine = createMemoryEngine({
      'smc:v1:default:smart-goal:index': '["abc"]',
      'smc:v1:default:smart-goal:doc:abc': JSON.stringify(DOC),
    });
    const store = createDocumentStore(v2, { engine, reader: documentReader(v2) });
    const loaded = store.load('abc');
    expect('doc' in loaded && loaded.doc.schemaVersion).toBe(3);
    expect('doc' in loaded && loaded.doc.data.parentGoal).toBe('公司年度增长战略（已迁移）');
  });

  it('upgrades an imported older file', () => {
    const result = parseImport(JSON.stringify(DOC), v2);
    expect(result).toMatchObject({ ok: true, doc: { schemaVersion: 3 } });
  });

  it('keeps a document from a newer version aside, untouched', () => {
    const newer = JSON.stringify({ ...DOC, schemaVersion: 3 });
    const engine = createMemoryEngine({
      'smc:v1:default:smart-goal:index': '["abc"]',
      'smc:v1:default:smart-goal:doc:abc': newer,
    });
    const listing = createDocumentStore(def, { engine, reader: documentReader(def) }).list();
    expect(listing.docs).toEqual([]);
    expect(listing.problems).toMatchObject([{ id: 'abc', kind: 'newer', raw: newer }]);
    expect(engine.get('smc:v1:default:smart-goal:doc:abc')).toBe(newer);
  });
});

describe('importing SMART files', () => {
  it('round-trips an export', () => {
    const file = exportDocument(DOC, new Date(2026, 10, 28));
    expect(file.filename).toBe('smart-goal-华东区新客户开发-2026-11-28.json');
    const result = parseImport(file.text, def);
    expect(result).toMatchObject({ ok: true, doc: { title: DOC.title, data: EXAMPLE } });
    expect(result.ok && result.doc.id).not.toBe('abc');
  });

  it.each([
    ['bad JSON', '{ "exercise": smart', '文件内容不完整或不是 JSON'],
    ['a truncated file', JSON.stringify(DOC).slice(0, -40), '文件内容不完整或不是 JSON'],
    [
      'a SWOT file',
      JSON.stringify({ ...DOC, exercise: 'swot' }),
      '这是「SWOT 分析矩阵」的文件，不能导入到「SMART 目标制定」。',
    ],
    [
      'a newer version',
      JSON.stringify({ ...DOC, schemaVersion: 3 }),
      '这个文件来自更新版本的练习（版本 3，本页只支持到版本 2）。请刷新页面后再试。',
    ],
    [
      'a non-text target',
      JSON.stringify({ ...DOC, data: { ...EXAMPLE, target: 35 } }),
      '「目标值」不正确：应为文字',
    ],
    [
      'a milestone without a date',
      JSON.stringify({ ...DOC, data: { ...EXAMPLE, milestones: [{ description: 'x' }] } }),
      '「里程碑 › 第 1 项 › 日期」不正确：缺少此项',
    ],
    [
      'an unknown direction',
      JSON.stringify({ ...DOC, data: { ...EXAMPLE, direction: 'up' } }),
      '「方向」不正确：只能是 "increase"、"decrease" 之一',
    ],
    [
      'a member weight as a number',
      JSON.stringify({
        ...DOC,
        data: {
          ...EXAMPLE,
          cascade: { ...EXAMPLE.cascade, members: [{ name: 'a', weight: 1, override: '' }] },
        },
      }),
      '「目标分解 › 成员 › 第 1 项 › 权重」不正确：应为文字',
    ],
    [
      'a fiscal-year start of 13',
      JSON.stringify({
        ...DOC,
        data: { ...EXAMPLE, cascade: { ...EXAMPLE.cascade, fiscalStart: 13 } },
      }),
      '「目标分解 › 财年起始月」不正确',
    ],
  ])('refuses %s', (_, text, message) => {
    const result = parseImport(text, def);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.startsWith(message)).toBe(true);
  });
});

describe('share links for SMART goals', () => {
  it('round-trips the example', () => {
    const link = encodeShareLink(DOC, 'https://course.example/exercises/smart-goal/');
    if (!link.ok) throw new Error(link.message);
    expect(link.length).toBeLessThan(2500);
    const decoded = decodeFragment(new URL(link.url).hash, def);
    expect(decoded).toMatchObject({ kind: 'share', result: { ok: true, doc: { data: EXAMPLE } } });
  });

  it('prefills a new goal from a SWOT strategy (#new=)', () => {
    const link = encodeNewLink(
      'smart-goal',
      1,
      { name: '抢占华东经销商空白', specific: 'SO 策略' },
      'https://x/',
    );
    if (!link.ok) throw new Error(link.message);
    const decoded = decodeFragment(new URL(link.url).hash, def);
    expect(decoded).toEqual({
      kind: 'new',
      result: {
        ok: true,
        data: { ...createData(), name: '抢占华东经销商空白', specific: 'SO 策略' },
      },
    });
  });
});

describe('size limits (core/limits.ts)', () => {
  it.each([
    [
      '具体描述 of 5,001 characters',
      { ...EXAMPLE, specific: 'x'.repeat(5_001) },
      '最多 5,000 个字符',
    ],
    [
      '201 milestones',
      {
        ...EXAMPLE,
        milestones: Array.from({ length: 201 }, () => ({ date: '', description: '' })),
      },
      '最多 200 项',
    ],
    [
      '201 members',
      {
        ...EXAMPLE,
        cascade: {
          ...EXAMPLE.cascade,
          members: Array.from({ length: 201 }, () => ({ name: '', weight: '1', override: '' })),
        },
      },
      '最多 200 项',
    ],
  ])('refuses %s', (_, data, part) => {
    const result = validateData(def, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(part);
  });

  it('accepts 200 milestones and a text of 5,000 characters', () => {
    const data = {
      ...EXAMPLE,
      specific: 'x'.repeat(5_000),
      milestones: Array.from({ length: 200 }, () => ({ date: '', description: '' })),
    };
    expect(validateData(def, data).ok).toBe(true);
  });
});
