import { describe, expect, it } from 'vitest';
import { exportDocument } from './files';
import { parseImport } from './import-export';
import type { WorksheetDocument } from './document';
import { notesDefinition as def, type Notes, seededRandom, steppingClock } from './testing';

const DOC: WorksheetDocument<Notes> = {
  id: 'orig-id',
  exercise: 'notes',
  schemaVersion: 2,
  title: '华东区 新客户/开发',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-02T00:00:00.000Z',
  data: { text: '正文', count: '12', items: [{ date: '2026-12-01', note: '第一步' }] },
};

const options = { now: steppingClock('2026-11-28T09:00:00.000Z'), random: seededRandom(7) };

describe('exportDocument', () => {
  it('writes pretty JSON and a safe, dated file name', () => {
    const file = exportDocument(DOC, new Date(2026, 10, 28, 12));
    expect(file.filename).toBe('notes-华东区-新客户-开发-2026-11-28.json');
    expect(file.text).toContain('\n  "title": "华东区 新客户/开发",\n');
    expect(JSON.parse(file.text)).toEqual(DOC);
  });
});

describe('parseImport', () => {
  it('round-trips an export into a NEW document', () => {
    const result = parseImport(exportDocument(DOC).text, def, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.id).not.toBe('orig-id');
    expect(result.doc).toMatchObject({ title: DOC.title, data: DOC.data, schemaVersion: 2 });
    expect(result.doc.createdAt).toBe('2026-11-28T09:00:00.000Z');
  });

  it('migrates an older file to the current version', () => {
    const old = { ...DOC, schemaVersion: 1, data: { body: '旧', count: '1' } };
    const result = parseImport(JSON.stringify(old), def, options);
    expect(result).toMatchObject({
      ok: true,
      doc: { schemaVersion: 2, data: { text: '旧', count: '1', items: [] } },
    });
  });

  it('accepts a hand-made file without id, title or dates', () => {
    const text = JSON.stringify({ exercise: 'notes', schemaVersion: 2, data: DOC.data });
    expect(parseImport(text, def, options)).toMatchObject({
      ok: true,
      doc: { title: '未命名笔记', data: DOC.data },
    });
  });

  it('falls back to the default title when the title is not text', () => {
    const text = JSON.stringify({ ...DOC, title: 42 });
    expect(parseImport(text, def, options)).toMatchObject({
      ok: true,
      doc: { title: '未命名笔记' },
    });
  });

  it('ignores a byte-order mark', () => {
    expect(parseImport(`\uFEFF${JSON.stringify(DOC)}`, def, options).ok).toBe(true);
  });

  it.each([
    [
      'not JSON',
      'hello',
      '文件内容不完整或不是 JSON，请确认选择的是本站导出的 .json 文件，且下载完整。',
    ],
    [
      'truncated',
      JSON.stringify(DOC).slice(0, 80),
      '文件内容不完整或不是 JSON，请确认选择的是本站导出的 .json 文件，且下载完整。',
    ],
    ['empty', '', '文件内容不完整或不是 JSON，请确认选择的是本站导出的 .json 文件，且下载完整。'],
    ['a JSON array', '[1,2]', '这不是本站的练习文件：缺少练习类型（exercise）。'],
    [
      'another worksheet',
      JSON.stringify({ ...DOC, exercise: 'swot' }),
      '这是「SWOT 分析矩阵」的文件，不能导入到「测试笔记」。',
    ],
    [
      'an unknown worksheet',
      JSON.stringify({ ...DOC, exercise: 'mystery' }),
      '这是「mystery」的文件，不能导入到「测试笔记」。',
    ],
    [
      'a newer version',
      JSON.stringify({ ...DOC, schemaVersion: 5 }),
      '这个文件来自更新版本的练习（版本 5，本页只支持到版本 2）。请刷新页面后再试。',
    ],
    ['a broken version', JSON.stringify({ ...DOC, schemaVersion: '2' }), '文件中的版本号不正确。'],
    [
      'an invalid field',
      JSON.stringify({ ...DOC, data: { ...DOC.data, items: [{ date: 1, note: '' }] } }),
      '「条目 › 第 1 项 › 日期」不正确：应为文字',
    ],
    ['a missing field', JSON.stringify({ ...DOC, data: { text: '' } }), '「数量」不正确：缺少此项'],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(parseImport(text, def, options)).toEqual({ ok: false, message });
  });

  it('refuses files over 1 MB before parsing', () => {
    const big = JSON.stringify({ ...DOC, data: { ...DOC.data, text: '字'.repeat(400_000) } });
    expect(parseImport(big, def, options)).toEqual({
      ok: false,
      message: '文件过大（1.1 MB），练习文件不应超过 1 MB。',
    });
  });
});
