import { describe, expect, it } from 'vitest';
import { smartGoalDefinition } from '../../exercises/smart-goal/definition';
import { documentReader } from '../../exercises/core/read-document';
import { createDocumentStore } from '../../exercises/core/store';
import { createMemoryEngine, KEY_PREFIX, type StorageEngine } from '../../exercises/core/storage';
import { checkAnswer, emptyResult, quizKey } from '../quiz/model';
import {
  applyRestore,
  BACKUP_TEXT,
  collectBackup,
  describeSummary,
  parseBackup,
  planRestore,
  snapshot,
} from './backup';
import { emptyProgress, isRead, LAST_KEY, PAGES_KEY, parseProgress, setRead } from './model';
import { PLACEMENT_KEY } from '../placement/key';

const reader = documentReader(smartGoalDefinition);
const T1 = new Date('2026-11-01T08:00:00Z');
const T2 = new Date('2026-11-02T08:00:00Z');
const opts = { now: T2, random: () => 0.5 };

/** A browser with a SMART goal, two read pages, a last position and a quiz result. */
function browserWithData() {
  const engine = createMemoryEngine();
  const store = createDocumentStore(smartGoalDefinition, { engine, now: () => T1, reader });
  const doc = store.create('华东区新客户开发');
  let pages = setRead(emptyProgress(), '/role/duties/', true, T1);
  pages = setRead(pages, '/role/role/', true, T1);
  engine.set(PAGES_KEY, JSON.stringify(pages));
  engine.set(
    LAST_KEY,
    JSON.stringify({ v: 1, path: '/role/duties/', title: '核心职责', at: T1.toISOString() }),
  );
  const quiz = checkAnswer([{ id: 'q1', answer: ['a'] }], emptyResult(), 'q1', ['a'], T1);
  engine.set(quizKey('role'), JSON.stringify(quiz));
  engine.set(`${KEY_PREFIX}probe`, '1');
  return { engine, store, doc };
}

function restoreInto(engine: ReturnType<typeof createMemoryEngine>, text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const plan = planRestore(snapshot(engine), parsed.file, opts);
  for (const [k, v] of Object.entries(plan.writes)) engine.set(k, v);
  return plan;
}

describe('backup', () => {
  it('holds every key under the prefix except the probe, and nothing else', () => {
    const { engine } = browserWithData();
    engine.set('other-site-key', 'x');
    const file = collectBackup(engine, T2);
    expect(Object.keys(file.items).every((k) => k.startsWith(KEY_PREFIX))).toBe(true);
    expect(file.items[`${KEY_PREFIX}probe`]).toBeUndefined();
    expect(file.items[PAGES_KEY]).toBeDefined();
    expect(file.items[quizKey('role')]).toBeDefined();
  });

  it('round-trips into an empty browser: worksheets, progress and results come back', () => {
    const { engine, doc } = browserWithData();
    const text = JSON.stringify(collectBackup(engine, T2));
    const fresh = createMemoryEngine();
    const plan = restoreInto(fresh, text);
    expect(plan.summary.copies).toBe(0);
    expect(plan.summary.added).toBeGreaterThanOrEqual(4);
    const docs = createDocumentStore(smartGoalDefinition, { engine: fresh, reader }).list().docs;
    expect(docs.map((d) => d.title)).toEqual([doc.title]);
    const pages = parseProgress(fresh.get(PAGES_KEY));
    expect(pages.ok && isRead(pages.value, '/role/duties/')).toBe(true);
    expect(fresh.get(quizKey('role'))).toBe(engine.get(quizKey('role')));
  });

  it('restoring the same file twice changes nothing the second time', () => {
    const { engine } = browserWithData();
    const text = JSON.stringify(collectBackup(engine, T2));
    const plan = planRestore(
      snapshot(engine),
      parseBackup(text).ok ? JSON.parse(text) : null,
      opts,
    );
    expect(plan.writes).toEqual({});
    expect(plan.summary).toMatchObject({ added: 0, updated: 0, copies: 0 });
    expect(describeSummary(plan.summary)).toContain('保持不变');
  });
});

describe('merge rules', () => {
  it('progress: newer mark per page wins', () => {
    const { engine } = browserWithData();
    const file = collectBackup(engine, T2);
    // The backup says /role/role/ was marked unread later, and adds a page.
    let pages = setRead(emptyProgress(), '/role/role/', false, T2);
    pages = setRead(pages, '/team/daily/', true, T1);
    file.items[PAGES_KEY] = JSON.stringify(pages);
    const plan = restoreInto(engine, JSON.stringify(file));
    const merged = parseProgress(engine.get(PAGES_KEY));
    if (!merged.ok) throw new Error('unreadable');
    expect(isRead(merged.value, '/role/role/')).toBe(false);
    expect(isRead(merged.value, '/role/duties/')).toBe(true);
    expect(isRead(merged.value, '/team/daily/')).toBe(true);
    expect(plan.summary).toMatchObject({ added: 1, updated: 1 });
  });

  it('worksheets: a differing document is added as a copy, never overwriting', () => {
    const { engine, store, doc } = browserWithData();
    const file = collectBackup(engine, T2);
    store.save({ ...doc, title: '本机改过的标题' });
    const plan = restoreInto(engine, JSON.stringify(file));
    expect(plan.summary.copies).toBe(1);
    const titles = store.list().docs.map((d) => d.title);
    expect(titles).toEqual(['本机改过的标题', `华东区新客户开发${BACKUP_TEXT.copySuffix}`]);
    // Restoring again finds the copy and adds nothing.
    const again = restoreInto(engine, JSON.stringify(file));
    expect(again.summary.copies).toBe(0);
    expect(store.list().docs).toHaveLength(2);
  });

  it('last position: the newer one wins; quiz: the best score of both is kept', () => {
    const { engine } = browserWithData();
    const file = collectBackup(engine, T2);
    file.items[LAST_KEY] = JSON.stringify({
      v: 1,
      path: '/team/daily/',
      title: '日常管理',
      at: T2.toISOString(),
    });
    const worse = checkAnswer([{ id: 'q1', answer: ['a'] }], emptyResult(), 'q1', ['b'], T2);
    file.items[quizKey('role')] = JSON.stringify(worse);
    restoreInto(engine, JSON.stringify(file));
    expect(JSON.parse(engine.get(LAST_KEY)!).path).toBe('/team/daily/');
    const quiz = JSON.parse(engine.get(quizKey('role'))!);
    expect(quiz.last.correct).toBe(0);
    expect(quiz.best.correct).toBe(1);
  });
});

describe('入门自测 in a backup', () => {
  it('its answers come back in another browser; a damaged record is listed, not restored', () => {
    const { engine } = browserWithData();
    const record = JSON.stringify({
      v: 1,
      answers: { p1: 'b', p2: 'c' },
      submittedAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    });
    engine.set(PLACEMENT_KEY, record);
    const fresh = createMemoryEngine();
    restoreInto(fresh, JSON.stringify(collectBackup(engine, T2)));
    expect(fresh.get(PLACEMENT_KEY)).toBe(record);

    const file = collectBackup(engine, T2);
    file.items[PLACEMENT_KEY] = '{"v":1,"answ';
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.skipped.map((s) => [s.what, s.reason])).toEqual([
      ['入门自测的答案', BACKUP_TEXT.unreadable],
    ]);
    expect(parsed.file.items[PLACEMENT_KEY]).toBeUndefined();
  });
});

describe('refusing files that are not backups', () => {
  const good = () => collectBackup(browserWithData().engine, T2);

  it('a truncated file', () => {
    const text = JSON.stringify(good());
    const result = parseBackup(text.slice(0, text.length / 2));
    expect(result).toEqual({ ok: false, message: BACKUP_TEXT.notJson });
  });

  it('a JSON file that is not a backup, or from a newer version', () => {
    expect(parseBackup('{"exercise":"swot"}')).toEqual({
      ok: false,
      message: BACKUP_TEXT.notBackup,
    });
    expect(parseBackup(JSON.stringify({ ...good(), version: 9 }))).toEqual({
      ok: false,
      message: BACKUP_TEXT.newer(9),
    });
  });
});

const docKey = (id: string) => `${KEY_PREFIX}default:smart-goal:doc:${id}`;
const indexKey = `${KEY_PREFIX}default:smart-goal:index`;

/** A browser with three good SMART goals, one damaged and one from a newer version. */
function browserWithDamage() {
  const engine = createMemoryEngine();
  const store = createDocumentStore(smartGoalDefinition, { engine, now: () => T1, reader });
  const good = ['甲', '乙', '丙'].map((t) => store.create(t));
  const bad = '{"id":"bad","exercise":"smart-goal","sche';
  const newer = JSON.stringify({ ...good[0], id: 'newer', title: '新版', schemaVersion: 99 });
  engine.set(docKey('bad'), bad);
  engine.set(docKey('newer'), newer);
  engine.set(docKey('nul'), 'null');
  engine.set(indexKey, JSON.stringify([...good.map((d) => d.id), 'bad', 'newer', 'nul']));
  return { engine, good, bad, newer };
}

describe('damaged items never stop a restore', () => {
  it('a backup keeps unreadable and newer items verbatim in their own section', () => {
    const { engine, bad, newer } = browserWithDamage();
    const file = collectBackup(engine, T2);
    expect(file.unreadable).toEqual({
      [docKey('bad')]: bad,
      [docKey('newer')]: newer,
      [docKey('nul')]: 'null',
    });
    expect(Object.keys(file.items).filter((k) => k.includes(':doc:'))).toHaveLength(3);
  });

  it('restores every valid item and lists the others, with why', () => {
    const { engine, good, bad, newer } = browserWithDamage();
    const parsed = parseBackup(JSON.stringify(collectBackup(engine, T2)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.skipped.map((s) => [s.key, s.raw, s.what])).toEqual([
      [docKey('bad'), bad, '练习文档「bad」'],
      [docKey('newer'), newer, '练习文档「新版」'],
      [docKey('nul'), 'null', '练习文档「nul」'],
    ]);
    expect(parsed.skipped[0].reason).toBe(BACKUP_TEXT.unreadable);
    expect(parsed.skipped[1].reason).toContain('更新版本');
    const fresh = createMemoryEngine();
    const plan = planRestore(snapshot(fresh), parsed.file, opts);
    expect(applyRestore(plan, fresh).failed).toEqual([]);
    const docs = createDocumentStore(smartGoalDefinition, { engine: fresh, reader }).list();
    expect(docs.docs.map((d) => d.title)).toEqual(good.map((d) => d.title));
    expect(docs.problems).toEqual([]);
  });

  it('an older file with a damaged item among the others restores the rest', () => {
    const { engine, bad } = browserWithDamage();
    const file = collectBackup(engine, T2);
    // As the site wrote files before: everything in one section.
    const old = { ...file, items: { ...file.items, ...file.unreadable } };
    delete old.unreadable;
    old.items[PAGES_KEY] = '{"v":1,"pages":{"/role/duties/":{"read":"yes"}}}';
    old.items[quizKey('team')] = '{"v":1,"answers":{},"che';
    old.items[quizKey('data')] = '{"v":7}';
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.message);
    const why = Object.fromEntries(parsed.skipped.map((s) => [s.what, s.reason]));
    expect(why).toMatchObject({
      阅读进度: BACKUP_TEXT.unreadable,
      '知识自测成绩（team）': BACKUP_TEXT.unreadable,
      '知识自测成绩（data）': BACKUP_TEXT.newerItem,
      '练习文档「bad」': BACKUP_TEXT.unreadable,
    });
    expect(parsed.skipped.find((s) => s.key === docKey('bad'))?.raw).toBe(bad);
    expect(Object.keys(parsed.file.items).filter((k) => k.includes(':doc:'))).toHaveLength(3);
  });

  it('items of another site, or not text, are skipped, not refused; the normal part wins a duplicate', () => {
    const file = collectBackup(browserWithData().engine, T2) as unknown as {
      items: Record<string, unknown>;
      unreadable: Record<string, unknown>;
    };
    file.items['someone-else'] = 'x';
    file.items[`${KEY_PREFIX}odd`] = { nested: true };
    file.unreadable = { [PAGES_KEY]: JSON.stringify(emptyProgress()) };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.skipped.map((s) => [s.key, s.reason])).toEqual([
      ['someone-else', BACKUP_TEXT.notOurs],
      [`${KEY_PREFIX}odd`, BACKUP_TEXT.notText],
      [PAGES_KEY, BACKUP_TEXT.duplicate],
    ]);
    expect(parsed.skipped[1].raw).toBe('{"nested":true}');
    expect(parsed.file.items[PAGES_KEY]).toBe(file.items[PAGES_KEY]);
  });

  it('a last position elsewhere than this site is skipped', () => {
    for (const path of ['//evil.example/x/', '/\\evil.example/', 'javascript:alert(1)//']) {
      const file = collectBackup(browserWithData().engine, T2);
      file.items[LAST_KEY] = JSON.stringify({ v: 1, path, title: 'x', at: T2.toISOString() });
      const parsed = parseBackup(JSON.stringify(file));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.skipped).toMatchObject([
        { what: '“继续阅读”位置', reason: BACKUP_TEXT.badPath },
      ]);
      expect(parsed.file.items[LAST_KEY]).toBeUndefined();
    }
  });

  it('plans around a local document stored as null', () => {
    const { engine } = browserWithData();
    const file = collectBackup(engine, T2);
    const local = createMemoryEngine({ [docKey('x')]: 'null', [indexKey]: '["x"]' });
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(() => planRestore(snapshot(local), parsed.file, opts)).not.toThrow();
  });
});

/** A storage that refuses writes once it holds more than `limit` characters. */
function smallStorage(limit: number): StorageEngine {
  const inner = createMemoryEngine();
  const size = () => inner.keys().reduce((n, k) => n + k.length + (inner.get(k)?.length ?? 0), 0);
  return {
    ...inner,
    set(key, value) {
      const before = (inner.get(key)?.length ?? 0) + key.length;
      if (size() - before + key.length + value.length > limit)
        throw new DOMException('full', 'QuotaExceededError');
      inner.set(key, value);
    },
  };
}

describe('restoring into a nearly full storage', () => {
  function fiveDocuments() {
    const engine = createMemoryEngine();
    const store = createDocumentStore(smartGoalDefinition, { engine, now: () => T1, reader });
    const docs = ['一', '二', '三', '四', '五'].map((t) => {
      const doc = store.create(`目标${t}`);
      return store.save({ ...doc, data: { ...doc.data, specific: '细'.repeat(600) } });
    });
    const parsed = parseBackup(JSON.stringify(collectBackup(engine, T2)));
    if (!parsed.ok) throw new Error(parsed.message);
    return { docs, file: parsed.file };
  }

  it('reads every item back and reports exactly what was not stored', () => {
    const { docs, file } = fiveDocuments();
    const target = smallStorage(2500);
    const plan = planRestore(snapshot(target), file, opts);
    const outcome = applyRestore(plan, target);
    const listed = createDocumentStore(smartGoalDefinition, { engine: target, reader }).list();
    const failedDocs = outcome.failed.filter((f) => f.key.includes(':doc:'));
    expect(failedDocs.length).toBeGreaterThan(0);
    expect(listed.docs.length + failedDocs.length).toBe(docs.length);
    expect(failedDocs.map((f) => f.what).sort()).toEqual(
      docs
        .filter((d) => !listed.docs.some((l) => l.id === d.id))
        .map((d) => `练习文档「${d.title}」`)
        .sort(),
    );
    // The index lists only documents that are there.
    const index = target.get(indexKey);
    if (index) expect(JSON.parse(index)).toEqual(listed.docs.map((d) => d.id));
    for (const key of outcome.stored.filter((k) => k !== indexKey))
      expect(target.get(key)).toBe(plan.writes[key]);
  });

  it('nothing is stored when storage cannot be written at all', () => {
    const { file } = fiveDocuments();
    const plan = planRestore({}, file, opts);
    const outcome = applyRestore(plan, null);
    expect(outcome.stored).toEqual([]);
    // Every item; the index is left alone, as none of its new documents is there.
    expect(outcome.failed.map((f) => f.key).sort()).toEqual(
      Object.keys(plan.writes)
        .filter((k) => k !== indexKey)
        .sort(),
    );
  });

  it('a second try with the same file stores the rest', () => {
    const { docs, file } = fiveDocuments();
    const target = smallStorage(2500);
    applyRestore(planRestore(snapshot(target), file, opts), target);
    const roomy = createMemoryEngine(snapshot(target));
    const again = applyRestore(planRestore(snapshot(roomy), file, opts), roomy);
    expect(again.failed).toEqual([]);
    const listed = createDocumentStore(smartGoalDefinition, { engine: roomy, reader }).list();
    expect(listed.docs.map((d) => d.title).sort()).toEqual(docs.map((d) => d.title).sort());
  });
});
