import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWorksheetController,
  type WorksheetLocation,
  type WorksheetState,
} from './controller';
import { documentReader } from './read-document';
import { decodeFragment, encodeNewLink, encodeShareLink } from './share';
import { createMemoryEngine, createResilientEngine, type StorageEngine } from './storage';
import { notesDefinition as def, type Notes, seededRandom, steppingClock } from './testing';

const BASE = 'https://course.example/exercises/notes/';

function fakeLocation(initial = '') {
  const location = {
    hash: initial,
    href: `${BASE}${initial}`,
    cleared: 0,
    clearHash() {
      location.cleared += 1;
      location.hash = '';
    },
  };
  return location satisfies WorksheetLocation;
}

const EXAMPLE = () => ({ data: { text: '示例：华东区' } as Notes, title: '示例' });

function setup(
  opts: {
    engine?: StorageEngine | null;
    hash?: string;
    now?: () => Date;
    example?: () => { data: Notes; title?: string };
  } = {},
) {
  const engine = opts.engine === undefined ? createMemoryEngine() : opts.engine;
  const location = fakeLocation(opts.hash);
  const download = vi.fn();
  let state!: WorksheetState<Notes>;
  const c = createWorksheetController(
    def,
    {
      engine,
      location,
      download,
      now: opts.now ?? steppingClock(),
      random: seededRandom(5),
      reader: documentReader(def),
      example: opts.example,
    },
    (s) => (state = s),
  );
  const started = c.start();
  return { c, engine, location, download, started, state: () => state };
}

const text = (t: string) => (d: Notes) => ({ ...d, text: t });

/** A new document kept in storage as a learner keeps one: made, typed, named, saved. */
function keep(c: ReturnType<typeof setup>['c'], data: Notes, title?: string) {
  c.actions.create();
  c.actions.update(() => data);
  if (title) c.actions.rename(title);
  c.actions.flush();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('worksheet controller', () => {
  it('starts on an unsaved draft and stores it after the first edit', () => {
    const { c, engine, state } = setup();
    expect(state()).toMatchObject({ ready: true, isDraft: true, docs: [] });
    expect(engine?.keys()).toEqual([]);
    c.actions.update(text('hello'));
    expect(state().status).toBe('saving');
    vi.advanceTimersByTime(400);
    expect(state()).toMatchObject({ isDraft: false, status: 'saved' });
    expect(state().docs.map((d) => d.data.text)).toEqual(['hello']);
  });

  it('reopens the document used last', () => {
    const engine = createMemoryEngine();
    const first = setup({ engine });
    first.c.actions.create();
    first.c.actions.create();
    const second = first.state().current.id;
    first.c.actions.select(first.state().docs[0].id);
    first.c.actions.select(second);
    expect(setup({ engine }).state().current.id).toBe(second);
  });

  it('deletes with an undo that brings the document back', () => {
    const { c, state } = setup();
    c.actions.update(text('keep me'), '要删除的');
    c.actions.flush();
    c.actions.create();
    c.actions.select(state().docs[0].id);
    c.actions.remove();
    expect(state().docs.map((d) => d.title)).toEqual(['未命名笔记']);
    expect(state().message?.text).toBe('已删除「要删除的」。');
    state().message!.undo!();
    expect(state().docs.map((d) => d.title)).toEqual(['要删除的', '未命名笔记']);
    expect(state().current.data.text).toBe('keep me');
    expect(state().message?.text).toBe('已恢复「要删除的」。');
  });

  it('saves pending edits before deleting so undo restores them too', () => {
    const { c, state } = setup();
    c.actions.update(text('first'));
    c.actions.flush();
    c.actions.update(text('last words'));
    c.actions.remove();
    state().message!.undo!();
    expect(state().current.data.text).toBe('last words');
  });

  it('clears everything with an undo', () => {
    const { c, state } = setup();
    c.actions.create();
    c.actions.create();
    c.actions.clearAll();
    expect(state()).toMatchObject({ docs: [], isDraft: true });
    state().message!.undo!();
    expect(state().docs).toHaveLength(2);
  });

  it('renames and duplicates', () => {
    const { c, state } = setup();
    c.actions.update(text('x'));
    c.actions.rename('季度目标');
    c.actions.duplicate();
    expect(state().docs.map((d) => d.title)).toEqual(['季度目标', '季度目标（副本）']);
    expect(state().current.title).toBe('季度目标（副本）');
  });

  it('imports a file as a new document and changes nothing on error', async () => {
    const { c, state } = setup();
    c.actions.update(text('mine'));
    c.actions.flush();
    const before = state().docs;
    expect(await c.actions.importText('{"broken')).toMatchObject({ ok: false });
    expect(state().docs).toBe(before);
    expect(state().transferMessage).toEqual({
      tone: 'error',
      text: '文件内容不完整或不是 JSON，请确认选择的是本站导出的 .json 文件，且下载完整。',
    });

    const file = JSON.stringify({
      ...state().current,
      title: '导入的',
      data: { text: 'in', count: '', items: [] },
    });
    await c.actions.importText(file);
    expect(state().docs.map((d) => d.title)).toEqual(['未命名笔记', '导入的']);
    expect(state().current.title).toBe('导入的');
    expect(state().docs[0].data.text).toBe('mine');
    expect(state().transferMessage?.text).toBe('已导入为新文档「导入的」。');
  });

  it('refuses files over 1 MB without reading them', async () => {
    const { c, state } = setup();
    const blob = { size: 2 * 1024 * 1024, text: vi.fn() } as unknown as Blob;
    await c.actions.importFile(blob);
    expect(blob.text).not.toHaveBeenCalled();
    expect(state().transferMessage?.text).toBe('文件过大（2.0 MB），练习文件不应超过 1 MB。');
  });

  it('exports the open document and remembers it was exported', () => {
    const { c, download, state } = setup({ now: () => new Date('2026-11-28T10:00:00Z') });
    c.actions.update(text('x'), '我的笔记');
    c.actions.exportCurrent();
    expect(download).toHaveBeenCalledWith(
      expect.objectContaining({ filename: 'notes-我的笔记-2026-11-28.json' }),
    );
    expect(c.store.meta().exported[state().current.id]).toBeDefined();
  });

  it('reminds to export documents older than a few days, until dismissed', () => {
    let now = new Date('2026-11-01T00:00:00Z');
    const engine = createMemoryEngine();
    setup({ engine, now: () => now }).c.actions.create();
    now = new Date('2026-11-05T00:00:00Z');
    const { c, state } = setup({ engine, now: () => now });
    expect(state().reminder).toBe(true);
    c.actions.dismissReminder();
    expect(state().reminder).toBe(false);
    expect(setup({ engine, now: () => now }).state().reminder).toBe(false);
  });

  it('shows data it cannot read, and exports the raw text', () => {
    const engine = createMemoryEngine({
      'smc:v1:default:notes:index': '["bad"]',
      'smc:v1:default:notes:doc:bad': '{"half a doc',
    });
    const { c, state, download } = setup({ engine });
    expect(state().problems).toHaveLength(1);
    c.actions.exportProblem(state().problems[0]);
    expect(download).toHaveBeenCalledWith(
      expect.objectContaining({ text: '{"half a doc', mimeType: 'text/plain' }),
    );
  });

  it('falls back to memory with a notice', () => {
    const { c, state } = setup({ engine: null });
    expect(state().notice).toEqual({ kind: 'blocked' });
    c.actions.update(text('x'));
    c.actions.flush();
    expect(state().status).toBe('memory');
  });
});

describe('other tabs', () => {
  it('follows a change made in another tab to the open document', () => {
    const engine = createMemoryEngine();
    const here = setup({ engine });
    here.c.actions.update(text('v1'));
    here.c.actions.flush();
    const other = setup({ engine });
    other.c.actions.update(text('v2 from the other tab'));
    other.c.actions.flush();
    const key = `smc:v1:default:notes:doc:${here.state().current.id}`;
    here.c.handleStorageEvent({ key, newValue: engine.get(key) });
    expect(here.state().current.data.text).toBe('v2 from the other tab');
  });

  it('keeps local edits that are not saved yet', () => {
    const engine = createMemoryEngine();
    const here = setup({ engine });
    here.c.actions.update(text('v1'));
    here.c.actions.flush();
    here.c.actions.update(text('typing…'));
    here.c.handleStorageEvent({ key: 'smc:v1:default:notes:index', newValue: '[]' });
    expect(here.state().current.data.text).toBe('typing…');
  });
});

describe('the same document edited in two tabs', () => {
  function twoTabs() {
    const engine = createMemoryEngine();
    const a = setup({ engine });
    a.c.actions.update(text('v1'));
    a.c.actions.flush();
    const b = setup({ engine });
    const id = a.state().current.id;
    const key = `smc:v1:default:notes:doc:${id}`;
    const tell = (tab: typeof a) => tab.c.handleStorageEvent({ key, newValue: engine.get(key) });
    return { engine, a, b, id, tell };
  }

  it('merges an edit saved in one tab into the stale copy of the other', async () => {
    const { a, b, tell } = twoTabs();
    // B types (not saved yet) while A changes another field and saves.
    b.c.actions.update((d) => ({ ...d, count: '7' }));
    a.c.actions.update(text('A 的修改'));
    a.c.actions.flush();
    tell(b);
    await vi.dynamicImportSettled();
    expect(b.state().current.data).toMatchObject({ text: 'v1', count: '7' });
    b.c.actions.flush();
    expect(b.state().current.data).toMatchObject({ text: 'A 的修改', count: '7' });
    expect(b.state().message?.text).toContain('已合并');
    tell(a);
    expect(a.state().current.data).toMatchObject({ text: 'A 的修改', count: '7' });
    expect(a.state().docs).toHaveLength(1);
  });

  it('keeps both versions when both tabs changed the same field, and says so', async () => {
    const { a, b, id, tell } = twoTabs();
    b.c.actions.update(text('B 的版本'));
    a.c.actions.update(text('A 的版本'));
    a.c.actions.flush();
    tell(b);
    await vi.dynamicImportSettled();
    b.c.actions.flush();
    const copy = b.state().current;
    expect(copy.id).not.toBe(id);
    expect(copy.title).toBe('未命名笔记（另一标签页的副本）');
    expect(copy.data.text).toBe('B 的版本');
    expect(b.state().message?.text).toContain('另存为「未命名笔记（另一标签页的副本）」');
    expect(b.state().docs.map((d) => d.data.text)).toEqual(['A 的版本', 'B 的版本']);
    // Later edits in B go to the copy; A keeps its own version.
    b.c.actions.update(text('B 继续'));
    b.c.actions.flush();
    tell(a);
    expect(a.state().current.data.text).toBe('A 的版本');
    expect(a.state().docs.map((d) => d.data.text)).toEqual(['A 的版本', 'B 继续']);
  });

  it('keeps both when a rename meets one from another tab it has not seen yet', () => {
    const { a, b } = twoTabs();
    a.c.actions.rename('甲');
    b.c.actions.rename('乙');
    expect(b.state().current.title).toBe('乙（另一标签页的副本）');
    expect(b.state().docs.map((d) => d.title)).toEqual(['甲', '乙（另一标签页的副本）']);
  });

  it('keeps both when the merge could not be loaded before the write', () => {
    const { a, b, tell } = twoTabs();
    b.c.actions.update((d) => ({ ...d, count: '7' }));
    a.c.actions.update(text('A 的修改'));
    a.c.actions.flush();
    tell(b);
    b.c.actions.flush();
    expect(b.state().docs.map((d) => d.data)).toEqual([
      { text: 'A 的修改', count: '', items: [] },
      { text: 'v1', count: '7', items: [] },
    ]);
  });
});

describe('work that exists only in memory', () => {
  it('counts as unsaved once something is typed after storage fell back to memory', () => {
    const { c, state } = setup({ engine: createResilientEngine(null) });
    expect(state().status).toBe('memory');
    expect(c.hasUnsavedWork()).toBe(false);
    c.actions.update(text('x'));
    expect(c.hasUnsavedWork()).toBe(true);
    c.actions.flush();
    expect(c.hasUnsavedWork()).toBe(true);
  });

  it('does not count what was already in storage when it filled up', () => {
    const full = createResilientEngine(null, {
      seed: { 'smc:v1:default:notes:index': '[]' },
      kind: 'full',
    });
    const { c } = setup({ engine: full });
    expect(c.hasUnsavedWork()).toBe(false);
  });

  it('moves to storage the browser allows later, keeping what was typed', () => {
    const { c, state } = setup({ engine: createResilientEngine(null) });
    c.actions.update(text('在内存中写的'));
    c.actions.flush();
    const allowed = createMemoryEngine();
    expect(c.actions.adoptStorage(allowed, '已允许保存')).toBe(true);
    expect(state().notice).toBeNull();
    expect(state().status).toBe('saved');
    expect(state().message?.text).toBe('已允许保存');
    expect(c.hasUnsavedWork()).toBe(false);
    expect(allowed.keys().some((k) => allowed.get(k)?.includes('在内存中写的'))).toBe(true);
    c.actions.update(text('之后写的'));
    c.actions.flush();
    expect(allowed.keys().some((k) => allowed.get(k)?.includes('之后写的'))).toBe(true);
  });

  it('never asks while storage works', () => {
    const { c } = setup();
    c.actions.update(text('x'));
    expect(c.hasUnsavedWork()).toBe(false);
  });
});

describe('links', () => {
  it('opens #share= read-only and saves a copy on request', async () => {
    const doc = {
      id: 'theirs',
      exercise: 'notes',
      schemaVersion: 2,
      title: '同事的笔记',
      createdAt: '',
      updatedAt: '',
      data: { text: 'shared', count: '', items: [] },
    };
    const link = encodeShareLink(doc, BASE);
    if (!link.ok) throw new Error('link');
    const { c, state, location, started } = setup({ hash: new URL(link.url).hash });
    await started;
    const shared = state().shared;
    expect(shared && 'doc' in shared && shared.doc.title).toBe('同事的笔记');
    c.actions.update(text('edit attempt'));
    expect(state().docs).toEqual([]);
    c.actions.saveSharedCopy();
    expect(state().shared).toBeNull();
    expect(state().docs.map((d) => d.title)).toEqual(['同事的笔记']);
    expect(state().current.id).not.toBe('theirs');
    expect(location.cleared).toBe(1);
    expect(state().message?.text).toBe('已保存为你的文档「同事的笔记」。');
  });

  it('explains a broken share link', async () => {
    const { state, started } = setup({ hash: '#share=garbage' });
    await started;
    expect(state().shared).toEqual({ error: '分享链接不完整或已损坏，请向对方重新索取链接。' });
  });

  it('shows what #new= would create and stores nothing until asked', async () => {
    const link = encodeNewLink('notes', 2, { text: '来自 SWOT' }, BASE);
    if (!link.ok) throw new Error('link');
    const { c, engine, state, location, started } = setup({ hash: new URL(link.url).hash });
    await started;
    expect(state().shared).toMatchObject({
      fromNewLink: true,
      doc: { data: { text: '来自 SWOT' } },
    });
    expect(engine!.keys().filter((k) => k.includes(':doc:'))).toEqual([]);
    c.actions.update(text('改不了'));
    expect(state().shared).toMatchObject({ doc: { data: { text: '来自 SWOT' } } });

    c.actions.saveSharedCopy();
    expect(state().shared).toBeNull();
    expect(state().current.data.text).toBe('来自 SWOT');
    expect(state().isDraft).toBe(false);
    expect(state().message?.text).toBe('已根据链接新建文档。');
    expect(location.cleared).toBe(1);
  });

  it('creates nothing when #new= is declined', async () => {
    const link = encodeNewLink('notes', 2, { text: '来自 SWOT' }, BASE);
    if (!link.ok) throw new Error('link');
    const { c, engine, state, location, started } = setup({ hash: new URL(link.url).hash });
    await started;
    c.actions.closeShared();
    expect(state().shared).toBeNull();
    expect(state().docs).toEqual([]);
    expect(state().current.data.text).toBe('');
    expect(engine!.keys().filter((k) => k.includes(':doc:'))).toEqual([]);
    expect(location.cleared).toBe(1);
  });

  it('signs exports and share links with the participant’s name, kept per namespace', async () => {
    const { c, engine, download, state } = setup({ now: () => new Date('2026-11-28T10:00:00Z') });
    c.actions.update(text('x'), '我的笔记');
    c.actions.setParticipant('张伟');
    expect(state().participant).toBe('张伟');
    c.actions.exportCurrent();
    const file = JSON.parse(download.mock.calls[0][0].text);
    expect(file.author).toBe('张伟');
    const link = await c.actions.shareLink();
    if (!link.ok) throw new Error(link.message);
    const shared = decodeFragment(link.url.slice(link.url.indexOf('#')), def);
    expect(shared?.kind === 'share' && shared.result.ok && shared.result.doc.author).toBe('张伟');
    // The stored document itself carries no name; another worksheet of the namespace sees it.
    expect(engine!.keys()).toContain('smc:v1:default:participant');
    expect(state().current.author).toBeUndefined();
    // Cleared name: nothing signed; a name is cut at 50 characters.
    c.actions.setParticipant('  ');
    expect(engine!.keys()).not.toContain('smc:v1:default:participant');
    c.actions.exportCurrent();
    expect(JSON.parse(download.mock.calls[1][0].text).author).toBeUndefined();
    c.actions.setParticipant('名'.repeat(80));
    expect(state().participant).toHaveLength(50);
  });

  it('builds a share link from the open document', async () => {
    const { c } = setup();
    c.actions.update(text('to share'));
    const link = await c.actions.shareLink();
    expect(link.ok && link.url.startsWith(`${BASE}#share=`)).toBe(true);
  });
});

describe("#example (a chapter's link with the worked example)", () => {
  it('fills the unsaved first document when nothing is stored, and clears the address', async () => {
    const { state, location, started, engine } = setup({ hash: '#example', example: EXAMPLE });
    await started;
    expect(state()).toMatchObject({ isDraft: true, current: { title: '示例' } });
    expect(state().current.data.text).toBe('示例：华东区');
    expect(state().message?.text).toContain('已载入示例');
    expect(location.hash).toBe('');
    expect(engine?.keys()).toEqual([]);
  });

  it("never touches the learner's work: the example goes into a new document", async () => {
    const engine = createMemoryEngine();
    const mine = setup({ engine });
    mine.c.actions.update(text('我的分析'));
    vi.advanceTimersByTime(400);
    mine.c.dispose();

    const linked = setup({ engine, hash: '#example', example: EXAMPLE });
    await linked.started;
    expect(
      linked
        .state()
        .docs.map((d) => d.data.text)
        .sort(),
    ).toEqual(['我的分析', '示例：华东区']);
    expect(linked.state().current.data.text).toBe('示例：华东区');
    expect(linked.state().message?.text).toContain('你原来的文档都还在');
    linked.c.dispose();

    // Following the link again opens the same example document instead of a third one.
    const again = setup({ engine, hash: '#example', example: EXAMPLE });
    await again.started;
    expect(again.state().docs).toHaveLength(2);
    expect(again.state().current.data.text).toBe('示例：华东区');
  });

  it('leaves the page as it was when the worksheet has no example to give', async () => {
    const { state, location, started } = setup({ hash: '#example' });
    await started;
    expect(state().current.data.text).toBe('');
    expect(location.hash).toBe('');
  });
});

describe('loading the schema in stages', () => {
  const loadFailed = '这部分功能没能加载，请检查网络后刷新页面。本机保存的内容没有任何改动。';

  /** The notes worksheet as a page sees it: basics now, the schema through `load`. */
  function lazyNotes(load: () => Promise<typeof def> = async () => def) {
    const { dataSchema, migrations, fieldLabels, ...basics } = def;
    (void dataSchema, migrations, fieldLabels);
    return { ...basics, load: vi.fn(load) };
  }

  function open(engine: StorageEngine, lazy: ReturnType<typeof lazyNotes>) {
    let state!: WorksheetState<Notes>;
    const c = createWorksheetController(
      lazy,
      { engine, location: fakeLocation(), download: vi.fn(), random: seededRandom(8) },
      (s) => (state = s),
    );
    return { c, started: c.start(), state: () => state };
  }

  it('does not load it for a first visit that types and saves', async () => {
    const engine = createMemoryEngine();
    const lazy = lazyNotes();
    const { c, started, state } = open(engine, lazy);
    expect(state()).toMatchObject({ ready: true, isDraft: true });
    c.actions.update(text('第一次'));
    c.actions.flush();
    c.actions.create();
    c.actions.select(state().docs[0].id);
    c.actions.duplicate();
    await started;
    expect(state().docs.map((d) => d.data.text)).toEqual(['第一次', '第一次', '']);
    expect(lazy.load).not.toHaveBeenCalled();
  });

  it('loads it before ready when storage already holds documents', async () => {
    const engine = createMemoryEngine();
    keep(setup({ engine }).c, { text: '上次', count: '', items: [] }, '上次的笔记');
    const lazy = lazyNotes();
    const { started, state } = open(engine, lazy);
    expect(state()).toBeUndefined();
    await started;
    expect(lazy.load).toHaveBeenCalledTimes(1);
    expect(state()).toMatchObject({ ready: true, isDraft: false });
    expect(state().current.title).toBe('上次的笔记');
  });

  it("loads it for another tab's document and then lists it", async () => {
    const engine = createMemoryEngine();
    const lazy = lazyNotes();
    const { c, state } = open(engine, lazy);
    c.actions.update(text('这一页'));
    c.actions.flush();
    const other = setup({ engine }).c;
    keep(other, { text: '另一页', count: '', items: [] }, '另一页的笔记');
    c.handleStorageEvent({ key: null });
    await vi.waitFor(() => expect(state().docs).toHaveLength(2));
    expect(lazy.load).toHaveBeenCalledTimes(1);
    expect(state().current.data.text).toBe('这一页');
    expect(state().problems).toEqual([]);
  });

  it('says so and stays read-only when it cannot be loaded', async () => {
    const engine = createMemoryEngine();
    keep(setup({ engine }).c, { text: '上次', count: '', items: [] });
    const { c, started, state } = open(
      engine,
      lazyNotes(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await started;
    expect(state()).toMatchObject({ ready: false, message: { text: loadFailed, tone: 'error' } });
    c.actions.update(text('不会保存'));
    expect(engine.keys().filter((k) => k.includes(':doc:'))).toHaveLength(1);
  });

  it('refuses an import, with a message, when the schema cannot be loaded', async () => {
    const engine = createMemoryEngine();
    const { c, state } = open(
      engine,
      lazyNotes(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await c.actions.importText('{}');
    expect(result).toEqual({ ok: false, message: loadFailed });
    expect(state().transferMessage).toEqual({ text: loadFailed, tone: 'error' });
    expect(state().docs).toEqual([]);
  });
});

describe('载入示例 (loadExample)', () => {
  it('puts the example in the open document while it is blank, named after the example', async () => {
    const { c, state, started } = setup({ example: EXAMPLE });
    await started;
    c.actions.loadExample();
    expect(state().current.data.text).toBe('示例：华东区');
    expect(state().current.title).toBe('示例');
    expect(state().docs).toHaveLength(0);
    expect(state().message?.text).toContain('已载入示例');
  });

  it('keeps a blank document’s own name', async () => {
    const { c, state, started } = setup({ example: EXAMPLE });
    await started;
    c.actions.create();
    c.actions.rename('周会');
    c.actions.loadExample();
    expect(state().current.title).toBe('周会');
    expect(state().current.data.text).toBe('示例：华东区');
  });

  it('never replaces work: a filled document keeps it, the example opens in a new document', async () => {
    const { c, state, started } = setup({ example: EXAMPLE });
    await started;
    c.actions.update(text('我的笔记'));
    c.actions.flush();
    const mine = state().current.id;
    c.actions.loadExample();
    expect(state().current.id).not.toBe(mine);
    expect(state().current.data.text).toBe('示例：华东区');
    expect(state().docs.find((d) => d.id === mine)?.data.text).toBe('我的笔记');
    expect(state().message?.text).toContain('新文档');
  });
});

describe('a title that follows a field (titleFrom)', () => {
  it('changes with the field until the learner renames the document', async () => {
    const followed = { ...def, titleFrom: (d: Notes) => d.text };
    let state!: WorksheetState<Notes>;
    const c = createWorksheetController(
      followed,
      {
        engine: createMemoryEngine(),
        location: fakeLocation(),
        download: vi.fn(),
        now: steppingClock(),
        random: seededRandom(5),
      },
      (s) => (state = s),
    );
    await c.start();
    c.actions.update(text('华东'));
    expect(state.current.title).toBe('华东');
    c.actions.update(text('华东区'));
    expect(state.current.title).toBe('华东区');
    c.actions.update(text(''));
    expect(state.current.title).toBe(def.defaultTitle);
    c.actions.update(text('华南'));
    c.actions.rename('我的笔记');
    c.actions.update(text('华南区'));
    expect(state.current.title).toBe('我的笔记');
  });
});
