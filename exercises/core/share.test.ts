import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from './document';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { decodeFragment, encodeNewLink, encodeShareLink, MAX_SHARE_LENGTH } from './share';
import {
  craftedLinkPayload,
  notesDefinition as def,
  type Notes,
  seededRandom,
  steppingClock,
} from './testing';

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

describe('links from elsewhere are bounded before they are read', () => {
  const refused = (hash: string) => {
    const fragment = decodeFragment(hash, def, options);
    if (!fragment || fragment.result.ok) throw new Error('accepted');
    return fragment.result.message;
  };

  it('the crafted payload really decodes to megabytes', () => {
    expect(decompressFromEncodedURIComponent(craftedLinkPayload(7_000))?.length).toBeGreaterThan(
      5_000_000,
    );
  });

  it('refuses a payload longer than any link this site makes, without decoding it', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ date: '', note: `条目${i}` }));
    const payload = compressToEncodedURIComponent(
      JSON.stringify({ ...DOC, data: { ...DOC.data, items: many } }),
    );
    expect(payload.length).toBeGreaterThan(MAX_SHARE_LENGTH);
    expect(refused(`#share=${payload}`)).toBe(
      `链接太长（${payload.length} 个字符，本站的链接不超过 8000 个字符），可能不完整或被改动过，没有打开。请向对方索取练习文件（练习页「保存为文件」保存的文件）。`,
    );
  });

  it('answers a crafted 96 KB link with a message, not an exception', () => {
    for (const kind of ['share', 'new']) {
      expect(refused(`#${kind}=${craftedLinkPayload(96_000)}`)).toMatch(/^链接太长/);
    }
  });

  it('refuses a short link that decodes to more than 1 MB, for #share= and #new=', () => {
    const expected =
      '链接中的内容太大（解开后超过 1 MB），可能被改动过，没有打开。请向对方索取练习文件（练习页「保存为文件」保存的文件）。';
    expect(refused(`#share=${craftedLinkPayload(7_000)}`)).toBe(expected);
    expect(refused(`#new=${craftedLinkPayload(7_000)}`)).toBe(expected);
  });

  it('still opens a link with a long text within the limits', () => {
    const payload = compressToEncodedURIComponent(
      JSON.stringify({ ...DOC, data: { ...DOC.data, text: 'x'.repeat(200_000) } }),
    );
    expect(decodeFragment(`#share=${payload}`, def, options)?.result.ok).toBe(true);
  });
});
