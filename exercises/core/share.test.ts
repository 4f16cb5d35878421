import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from './document';
import { decodeFragment, encodeNewLink, encodeShareLink, MAX_SHARE_LENGTH } from './share';
import { notesDefinition as def, type Notes, seededRandom, steppingClock } from './testing';

const DOC: WorksheetDocument<Notes> = {
  id: 'private-id',
  exercise: 'notes',
  schemaVersion: 2,
  title: '分享的笔记',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-02T00:00:00.000Z',
  data: { text: '内容 & 符号 #?', count: '3', items: [{ date: '2026-12-01', note: '一' }] },
};
const BASE = 'https://example.com/exercises/notes/?ns=ws1#old';
const options = { now: steppingClock(), random: seededRandom(3) };

describe('share links', () => {
  it('round-trips a document through #share= as a new copy', () => {
    const link = encodeShareLink(DOC, BASE);
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith('https://example.com/exercises/notes/?ns=ws1#share=')).toBe(true);
    expect(link.length).toBe(link.url.length);
    expect(link.url).not.toContain('private-id');

    const decoded = decodeFragment(new URL(link.url).hash, def, options);
    expect(decoded).toMatchObject({
      kind: 'share',
      result: { ok: true, doc: { title: '分享的笔记', data: DOC.data } },
    });
    if (decoded?.kind === 'share' && decoded.result.ok) {
      expect(decoded.result.doc.id).not.toBe('private-id');
    }
  });

  it('refuses to build a link over the length limit', () => {
    const noisy = Array.from({ length: 3000 }, (_, i) => `${i}${Math.sin(i)}`).join('');
    const link = encodeShareLink({ ...DOC, data: { ...DOC.data, text: noisy } }, BASE);
    expect(link.ok).toBe(false);
    expect(link.length).toBeGreaterThan(MAX_SHARE_LENGTH);
    if (!link.ok)
      expect(link.message).toMatch(/^内容太多，分享链接长度为 \d+ 个字符，超过了 8000 的上限/);
  });

  it('ignores fragments that are not ours', () => {
    expect(decodeFragment('', def)).toBeNull();
    expect(decodeFragment('#section-2', def)).toBeNull();
  });

  it.each([
    ['#share=', '分享链接不完整或已损坏，请向对方重新索取链接。'],
    ['#share=%%%garbage', '分享链接不完整或已损坏，请向对方重新索取链接。'],
    [
      `#share=${compressToEncodedURIComponent(JSON.stringify({ ...DOC, exercise: 'swot' }))}`,
      '这是「SWOT 分析矩阵」的文件，不能导入到「测试笔记」。',
    ],
    [
      `#share=${compressToEncodedURIComponent(JSON.stringify({ ...DOC, data: { text: 1 } }))}`,
      '「正文」不正确：应为文字',
    ],
  ])('validates %s like an import', (hash, message) => {
    expect(decodeFragment(hash, def, options)).toEqual({
      kind: 'share',
      result: { ok: false, message },
    });
  });

  it('prefills a new document from #new= over a fresh body', () => {
    const link = encodeNewLink('notes', 2, { text: '来自 SWOT 的策略' }, BASE);
    if (!link.ok) throw new Error(link.message);
    expect(decodeFragment(new URL(link.url).hash, def)).toEqual({
      kind: 'new',
      result: { ok: true, data: { text: '来自 SWOT 的策略', count: '', items: [] } },
    });
  });

  it('refuses a #new= body for another worksheet or with a bad field', () => {
    const other = encodeNewLink('swot', 1, {}, BASE);
    const bad = encodeNewLink('notes', 2, { count: 3 }, BASE);
    if (!other.ok || !bad.ok) throw new Error('links should fit');
    expect(decodeFragment(new URL(other.url).hash, def)).toEqual({
      kind: 'new',
      result: { ok: false, message: '这是「SWOT 分析矩阵」的文件，不能导入到「测试笔记」。' },
    });
    expect(decodeFragment(new URL(bad.url).hash, def)).toEqual({
      kind: 'new',
      result: { ok: false, message: '「数量」不正确：应为文字' },
    });
  });
});
