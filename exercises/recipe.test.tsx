/**
 * The recipe in exercises/README.md (“Adding a worksheet”) at work: a throw-away worksheet in
 * `__fixtures__/memo/` (never shipped) is its folder, one registry line (below) and one MDX
 * page, and passes the checks every worksheet of the course passes.
 */
import { readFileSync } from 'node:fs';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { documentReader } from './core/read-document';
import { createMemoryEngine } from './core/storage';
import { createDocumentStore } from './core/store';
import { requireWorksheet, WORKSHEETS, type WorksheetEntry } from './registry';
import { itIsACompleteWorksheet } from './registry-checks';
import Memo from './__fixtures__/memo/Memo';
import { memoEntry } from './__fixtures__/memo/worksheet';

const folder = new URL('./__fixtures__/memo/', import.meta.url);
// The registry line.
const REGISTRY: readonly WorksheetEntry[] = [...WORKSHEETS, memoEntry];

describe('a worksheet added by the recipe (fixture)', () => {
  itIsACompleteWorksheet(memoEntry, folder);

  it('is found in the registry by its id, as its page asks', () => {
    expect(requireWorksheet('memo', REGISTRY)).toBe(memoEntry);
    const page = readFileSync(new URL('memo.mdx', folder), 'utf8');
    expect(page).toContain('<Worksheet id="memo" />');
    expect(page).toContain('<EmbedPanel id="memo" />');
  });

  it('renders its fields on the server, in the worksheet shell', () => {
    const html = renderToString(<Memo />);
    expect(html).toContain('会议主题');
    expect(html).toContain(memoEntry.contract.field);
    expect(renderToString(<Memo />)).toBe(html);
  });

  it('stores, reads back and exports a document through the core', async () => {
    const parts = await memoEntry.parts();
    const def = await parts.definition();
    const engine = createMemoryEngine();
    const data = await parts.example();
    createDocumentStore(def, { engine }).create('复盘', data);
    const fresh = createDocumentStore(def, { engine, reader: documentReader(def) });
    const [doc] = fresh.list().docs;
    expect(doc.data).toEqual(data);
    const sheets = (await parts.sheets())(doc, new Date('2026-12-06T08:00:00Z'));
    expect(sheets[0].rows.flat().map((c) => c?.value)).toContain('华东区季度复盘');
  });
});
