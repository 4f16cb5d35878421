import { describe, expect, it, vi } from 'vitest';
import { mergeDocuments } from './merge';
import { documentReader } from './read-document';
import { createDocumentStore, normalizeNamespace, storePrefix } from './store';
import { createMemoryEngine, type StorageEngine } from './storage';
import { workshopNamespace } from './workshop';
import { notesDefinition as def, seededRandom, steppingClock } from './testing';

function setup(engine: StorageEngine = createMemoryEngine(), namespace?: string) {
  const store = createDocumentStore(def, {
    engine,
    namespace,
    now: steppingClock(),
    random: seededRandom(),
    reader: documentReader(def),
  });
  return { engine, store };
}

const P = 'smc:v1:default:notes:';

describe('document store basics', () => {
  it('creates, lists in order and loads documents', () => {
    const { store, engine } = setup();
    const a = store.create('甲');
    const b = store.create('乙', { text: 'hello', count: '3', items: [] });
    expect(store.list().docs.map((d) => d.title)).toEqual(['甲', '乙']);
    expect(JSON.parse(engine.get(`${P}index`)!)).toEqual([a.id, b.id]);
    expect(engine.get(`${P}doc:${b.id}`)).toContain('"hello"');
    expect(store.load(b.id)).toEqual({ doc: b });
  });

  it('gives a new document the default title and empty data', () => {
    const { store } = setup();
    const doc = store.create();
    expect(doc).toMatchObject({
      exercise: 'notes',
      schemaVersion: 2,
      title: '未命名笔记',
      data: { text: '', count: '', items: [] },
    });
  });

  it('does not store a draft until it is saved', () => {
    const { store, engine } = setup();
    const draft = store.draft();
    expect(engine.keys()).toEqual([]);
    store.save({ ...draft, data: { ...draft.data, text: 'x' } });
    expect(store.list().docs).toHaveLength(1);
  });

  it('stamps updatedAt on save', () => {
    const { store } = setup();
    const doc = store.create();
    const saved = store.save({ ...doc, data: { ...doc.data, text: 'x' } });
    expect(saved.updatedAt > doc.updatedAt).toBe(true);
  });

  it('renames and duplicates next to the original', () => {
    const { store } = setup();
    const a = store.create('甲');
    store.create('乙');
    store.save({ ...a, title: '  甲方案 ' });
    const copy = store.duplicate(a.id)!;
    expect(copy.id).not.toBe(a.id);
    expect(store.list().docs.map((d) => d.title)).toEqual(['甲方案', '甲方案（副本）', '乙']);
  });

  it('reads back what it wrote without a reader, and waits for one for anything else', () => {
    const engine = createMemoryEngine();
    const earlier = setup(engine).store.create('上次写的');
    const store = createDocumentStore(def, {
      engine,
      now: steppingClock(),
      random: seededRandom(9),
    });
    expect(store.holdsData()).toBe(true);
    const mine = store.create('这次写的');
    const listing = store.list();
    expect(listing.docs.map((d) => d.title)).toEqual(['这次写的']);
    expect(listing).toMatchObject({ incomplete: true, problems: [] });
    expect(store.load(earlier.id)).toEqual({ problem: null });
    // Nothing was set aside while it could not be checked.
    expect(engine.keys().filter((k) => k.includes('quarantine'))).toEqual([]);
    store.setReader(documentReader(def));
    expect(store.list()).toMatchObject({ incomplete: false, problems: [] });
    expect(store.list().docs.map((d) => d.id)).toEqual([earlier.id, mine.id]);
  });

  it('holds no data when only its meta is stored', () => {
    const { store, engine } = setup();
    expect(store.holdsData()).toBe(false);
    store.setLastOpened('x');
    expect(engine.keys()).toEqual([`${P}meta`]);
    expect(store.holdsData()).toBe(false);
  });

  it('does not check its own writes, but the next visit sets invalid data aside', () => {
    const engine = createMemoryEngine();
    const { store } = setup(engine);
    const doc = store.create();
    store.save({ ...doc, data: { ...doc.data, count: 5 as unknown as string } });
    expect(store.list().docs[0].data.count).toBe(5);
    const next = setup(engine).store.list();
    expect(next.docs).toEqual([]);
    expect(next.problems).toMatchObject([
      { id: doc.id, kind: 'invalid', message: expect.stringContaining('「数量」不正确：应为文字') },
    ]);
  });

  it('reads migrated documents from older versions', () => {
    const { store, engine } = setup();
    const old = {
      id: 'old1',
      exercise: 'notes',
      schemaVersion: 1,
      title: '旧',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      data: { body: '旧正文', count: '2' },
    };
    engine.set(`${P}doc:old1`, JSON.stringify(old));
    engine.set(`${P}index`, '["old1"]');
    const loaded = store.load('old1');
    expect(loaded).toEqual({
      doc: { ...old, schemaVersion: 2, data: { text: '旧正文', count: '2', items: [] } },
    });
  });
});

describe('undo', () => {
  it('restores a removed document exactly, in its place', () => {
    const { store, engine } = setup();
    const [a, b, c] = [store.create('a'), store.create('b'), store.create('c')];
    const before = Object.fromEntries(engine.keys().map((k) => [k, engine.get(k)]));
    const undo = store.remove(b.id);
    expect(store.list().docs.map((d) => d.id)).toEqual([a.id, c.id]);
    undo();
    expect(Object.fromEntries(engine.keys().map((k) => [k, engine.get(k)]))).toEqual(before);
    expect(store.list().docs.map((d) => d.id)).toEqual([a.id, b.id, c.id]);
  });

  it('clears one namespace only, and undo brings it all back', () => {
    const engine = createMemoryEngine();
    const { store: mine } = setup(engine);
    const { store: workshop } = setup(engine, 'ws.sh-2026');
    mine.create('mine');
    workshop.create('workshop');
    const dump = () => Object.fromEntries(engine.keys().map((k) => [k, engine.get(k)]));
    const before = dump();
    const undo = mine.clearAll();
    expect(mine.list().docs).toEqual([]);
    expect(workshop.list().docs.map((d) => d.title)).toEqual(['workshop']);
    undo();
    expect(dump()).toEqual(before);
  });
});

describe('namespaces', () => {
  it('keep documents apart', () => {
    const engine = createMemoryEngine();
    setup(engine, 'ws.ws1').store.create('one');
    setup(engine, 'ws.ws2').store.create('two');
    expect(
      setup(engine, 'ws.ws1')
        .store.list()
        .docs.map((d) => d.title),
    ).toEqual(['one']);
    expect(setup(engine).store.list().docs).toEqual([]);
    expect(engine.keys().some((k) => k.startsWith('smc:v1:ws.ws2:notes:doc:'))).toBe(true);
  });

  it.each([
    [undefined, 'default'],
    ['', 'default'],
    [' default ', 'default'],
    [workshopNamespace('sh-2026'), 'ws.sh-2026'],
    [workshopNamespace('default_x'), 'ws.default_x'],
  ])('takes %j as %j', (input, expected) => {
    expect(normalizeNamespace(input)).toBe(expected);
    expect(storePrefix(input, 'notes')).toBe(`smc:v1:${expected}:notes:`);
  });

  it.each([
    '-',
    '--',
    'default-',
    '-default-',
    'abc',
    'ws.',
    'ws.-abc',
    'ws.DEFAULT',
    'a:b',
    '上海',
  ])('refuses %j instead of reshaping it (it could land in another area)', (input) => {
    expect(() => normalizeNamespace(input)).toThrow();
  });

  it('keeps one participant name per namespace, cleared with its workshop', () => {
    const engine = createMemoryEngine();
    const { store: a } = setup(engine, 'ws.sh-2026');
    const { store: other } = setup(engine, 'ws.sh-2027');
    const { store: mine } = setup(engine);
    a.setParticipant('李娜');
    expect(setup(engine, 'ws.sh-2026').store.participant()).toBe('李娜');
    expect(other.participant()).toBe('');
    expect(mine.participant()).toBe('');
    a.clearNamespace();
    expect(a.participant()).toBe('');
    expect(engine.keys()).toEqual([]);
  });

  it('clears only a workshop, never the learner’s own area', () => {
    const engine = createMemoryEngine();
    const { store: mine } = setup(engine);
    mine.create('mine');
    expect(() => mine.clearNamespace()).toThrow();
    expect(mine.list().docs.map((d) => d.title)).toEqual(['mine']);
  });
});

describe('workshop documents of the earlier key layout', () => {
  const doc = (id: string, title: string) =>
    JSON.stringify({
      id,
      exercise: 'notes',
      schemaVersion: 2,
      title,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: { text: '', count: '', items: [] },
    });

  it('are moved under the workshop’s namespace, every worksheet at once', () => {
    const engine = createMemoryEngine({
      'smc:v1:abc:notes:index': '["a"]',
      'smc:v1:abc:notes:doc:a': doc('a', '旧的'),
      'smc:v1:abc:notes:quarantine:b:1': 'raw',
      'smc:v1:abc:swot:doc:s': '{"kept":1}',
    });
    const { store } = setup(engine, workshopNamespace('abc'));
    expect(store.list().docs.map((d) => d.title)).toEqual(['旧的']);
    expect(engine.keys().sort()).toEqual([
      'smc:v1:ws.abc:notes:doc:a',
      'smc:v1:ws.abc:notes:index',
      'smc:v1:ws.abc:notes:quarantine:b:1',
      'smc:v1:ws.abc:swot:doc:s',
    ]);
    expect(engine.get('smc:v1:ws.abc:swot:doc:s')).toBe('{"kept":1}');
  });

  it('leave the own area, other workshops, reading progress and quiz results alone', () => {
    const initial = {
      'smc:v1:default:notes:doc:a': doc('a', '我的'),
      'smc:v1:abcd:notes:doc:b': doc('b', '另一场'),
      'smc:v1:progress:pages': '{}',
      'smc:v1:progress:quarantine:1:2': 'raw',
      'smc:v1:quiz:role': '{}',
    };
    const engine = createMemoryEngine(initial);
    for (const code of ['abc', 'progress', 'quiz']) setup(engine, workshopNamespace(code));
    expect(Object.fromEntries(engine.keys().map((k) => [k, engine.get(k)]))).toEqual(initial);
  });

  it('never overwrite a document of the new layout', () => {
    const engine = createMemoryEngine({
      'smc:v1:abc:notes:doc:a': doc('a', '旧的'),
      'smc:v1:abc:notes:index': '["a"]',
      'smc:v1:ws.abc:notes:doc:a': doc('a', '新的'),
      'smc:v1:ws.abc:notes:index': '["a"]',
    });
    const { store } = setup(engine, workshopNamespace('abc'));
    expect(store.list().docs.map((d) => d.title)).toEqual(['新的']);
    expect(engine.get('smc:v1:abc:notes:doc:a')).toBe(doc('a', '旧的'));
    expect(engine.get('smc:v1:abc:notes:index')).toBeNull();
  });

  it('stay where they are when the copy cannot be written', () => {
    const raw = createMemoryEngine({ 'smc:v1:abc:notes:doc:a': doc('a', '旧的') });
    const full = {
      ...raw,
      set() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const { store } = setup(full, workshopNamespace('abc'));
    expect(store.list().docs.map((d) => d.title)).toEqual(['旧的']);
    expect(raw.get('smc:v1:abc:notes:doc:a')).toBe(doc('a', '旧的'));
  });
});

describe('reading never throws away what it cannot parse', () => {
  const good = (id: string) =>
    JSON.stringify({
      id,
      exercise: 'notes',
      schemaVersion: 2,
      title: id,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: { text: '', count: '', items: [] },
    });

  it.each([
    ['unparseable JSON', '{"id":"bad","exer', 'unreadable'],
    ['schema-invalid data', good('bad').replace('"count":""', '"count":7'), 'invalid'],
    [
      'a newer schemaVersion',
      good('bad').replace('"schemaVersion":2', '"schemaVersion":9'),
      'newer',
    ],
  ])('quarantines %s and still loads the rest', (_, raw, kind) => {
    const { store, engine } = setup();
    engine.set(`${P}doc:ok`, good('ok'));
    engine.set(`${P}doc:bad`, raw);
    engine.set(`${P}index`, '["ok","bad"]');

    const listing = store.list();
    expect(listing.docs.map((d) => d.id)).toEqual(['ok']);
    expect(listing.problems).toHaveLength(1);
    const [problem] = listing.problems;
    expect(problem).toMatchObject({ id: 'bad', kind, raw });
    expect(problem.key).toBe(`${P}quarantine:bad:${Date.parse('2026-11-28T08:00:00.000Z')}`);
    expect(engine.get(problem.key)).toBe(raw);
    // The original stays where it was (a newer page may still read it) …
    expect(engine.get(`${P}doc:bad`)).toBe(raw);
    // … and listing again does not pile up copies.
    store.list();
    expect(engine.keys().filter((k) => k.includes('quarantine'))).toHaveLength(1);
    expect(store.load('bad')).toEqual({ problem });
  });

  it('explains a newer version in Chinese', () => {
    const { store, engine } = setup();
    engine.set(`${P}doc:n`, good('n').replace('"schemaVersion":2', '"schemaVersion":3'));
    expect(store.list().problems[0].message).toBe(
      '这份数据来自更新版本的练习（版本 3，本页支持到版本 2），本页不会修改它。请刷新页面。',
    );
  });

  it('rebuilds a broken index from the documents and keeps the broken one', () => {
    const { store, engine } = setup();
    engine.set(`${P}doc:a`, good('a'));
    engine.set(`${P}doc:b`, good('b'));
    engine.set(`${P}index`, 'not json');
    const listing = store.list();
    expect(listing.docs.map((d) => d.id)).toEqual(['a', 'b']);
    expect(listing.problems).toMatchObject([{ id: 'index', kind: 'index', raw: 'not json' }]);
  });

  it('lists documents that are missing from the index', () => {
    const { store, engine } = setup();
    engine.set(`${P}doc:a`, good('a'));
    engine.set(`${P}doc:z`, good('z'));
    engine.set(`${P}index`, '["z","ghost"]');
    expect(store.list().docs.map((d) => d.id)).toEqual(['z', 'a']);
  });

  it('discards a problem with an undo', () => {
    const { store, engine } = setup();
    engine.set(`${P}doc:bad`, '{oops');
    engine.set(`${P}index`, '["bad"]');
    const [problem] = store.list().problems;
    const undo = store.discardProblem(problem.key);
    expect(store.list()).toEqual({ docs: [], problems: [], incomplete: false });
    expect(engine.get(`${P}doc:bad`)).toBeNull();
    undo();
    expect(engine.get(`${P}doc:bad`)).toBe('{oops');
    expect(engine.get(problem.key)).toBe('{oops');
  });
});

describe('storage failures', () => {
  it('falls back to memory when the engine throws on write, and raises a notice', () => {
    const engine: StorageEngine = {
      ...createMemoryEngine(),
      kind: 'local',
      set() {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const { store } = setup(engine);
    expect(store.mode()).toBe('local');
    const doc = store.create('still works');
    expect(store.mode()).toBe('memory');
    expect(store.notice()).toEqual({ kind: 'full' });
    expect(store.load(doc.id)).toEqual({ doc });
  });

  it('uses memory with a blocked notice when there is no storage at all', () => {
    const store = createDocumentStore(def, { engine: null });
    expect(store.notice()).toEqual({ kind: 'blocked' });
    store.create('x');
    expect(store.list().docs).toHaveLength(1);
  });
});

describe('changes and other tabs', () => {
  it('notifies subscribers of local changes', () => {
    const { store } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.create();
    expect(listener).toHaveBeenLastCalledWith({ source: 'local' });
    unsubscribe();
    store.create();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows a storage event from another tab', () => {
    const shared = createMemoryEngine();
    const here = setup(shared).store;
    const otherTab = setup(shared).store;
    const listener = vi.fn();
    here.subscribe(listener);

    const doc = otherTab.create('来自另一个标签页');
    here.handleStorageEvent({
      key: `${P}doc:${doc.id}`,
      newValue: shared.get(`${P}doc:${doc.id}`),
    });
    expect(listener).toHaveBeenCalledWith({ source: 'external' });
    expect(here.list().docs.map((d) => d.title)).toEqual(['来自另一个标签页']);
  });

  it('ignores events for other namespaces and worksheets, but not a full clear', () => {
    const { store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    store.handleStorageEvent({ key: 'smc:v1:ws.other:notes:index', newValue: '[]' });
    store.handleStorageEvent({ key: 'smc:v1:default:swot:index', newValue: '[]' });
    store.handleStorageEvent({ key: 'theme', newValue: 'dark' });
    expect(listener).not.toHaveBeenCalled();
    store.handleStorageEvent({ key: null });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('records exports and the dismissed reminder', () => {
    const { store } = setup();
    const doc = store.create();
    store.markExported(doc.id);
    store.dismissReminder();
    store.setLastOpened(doc.id);
    expect(store.meta()).toEqual({
      exported: { [doc.id]: expect.any(String) },
      reminderDismissedAt: expect.any(String),
      lastOpened: doc.id,
    });
  });
});

describe('edits from two tabs (saveEdit)', () => {
  function twoTabs() {
    const shared = createMemoryEngine();
    const a = setup(shared).store;
    const b = setup(shared).store;
    const base = a.create('目标', { text: '', count: '1', items: [] });
    return { shared, a, b, base };
  }

  it('gives every write a revision of its own, even on a stopped clock', () => {
    const engine = createMemoryEngine();
    const store = createDocumentStore(def, {
      engine,
      now: () => new Date('2026-11-28T08:00:00.000Z'),
      reader: documentReader(def),
    });
    const first = store.create();
    const second = store.save(first);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it('writes plainly when nobody else wrote since the base', () => {
    const { a, base } = twoTabs();
    const out = a.saveEdit({ ...base, data: { ...base.data, text: 'x' } }, base, mergeDocuments);
    expect(out.kind).toBe('saved');
    expect(a.list().docs).toHaveLength(1);
  });

  it('merges edits of different fields made in two tabs', () => {
    const { a, b, base } = twoTabs();
    a.saveEdit({ ...base, data: { ...base.data, count: '2' } }, base, mergeDocuments);
    const out = b.saveEdit({ ...base, data: { ...base.data, text: '乙' } }, base, mergeDocuments);
    expect(out.kind).toBe('merged');
    expect(out.doc.data).toEqual({ text: '乙', count: '2', items: [] });
    expect(a.load(base.id)).toEqual({ doc: out.doc });
    expect(a.list().docs).toHaveLength(1);
  });

  it('keeps both versions when both tabs changed the same field', () => {
    const { a, b, base } = twoTabs();
    const theirs = a.saveEdit({ ...base, data: { ...base.data, text: '甲' } }, base, null).doc;
    const out = b.saveEdit({ ...base, data: { ...base.data, text: '乙' } }, base, mergeDocuments);
    expect(out.kind).toBe('copied');
    expect(out.doc.id).not.toBe(base.id);
    expect(out.doc.title).toBe('目标（另一标签页的副本）');
    expect(out.doc.data.text).toBe('乙');
    const docs = b.list().docs;
    expect(docs.map((d) => d.title)).toEqual(['目标', '目标（另一标签页的副本）']);
    expect(docs[0]).toEqual(theirs);
  });

  it('keeps both when the merge is not loaded yet', () => {
    const { a, b, base } = twoTabs();
    a.saveEdit({ ...base, data: { ...base.data, count: '2' } }, base, null);
    const out = b.saveEdit({ ...base, data: { ...base.data, text: '乙' } }, base, null);
    expect(out.kind).toBe('copied');
    expect(b.list().docs.map((d) => d.data)).toEqual([
      { text: '', count: '2', items: [] },
      { text: '乙', count: '1', items: [] },
    ]);
  });

  it('writes again a document another tab deleted', () => {
    const { a, b, base } = twoTabs();
    a.remove(base.id);
    const out = b.saveEdit({ ...base, data: { ...base.data, text: '乙' } }, base, mergeDocuments);
    expect(out.kind).toBe('saved');
    expect(b.list().docs.map((d) => d.data.text)).toEqual(['乙']);
  });
});
