import { describe, expect, it } from 'vitest';
import { smartGoalDefinition } from '../../exercises/smart-goal/definition';
import { documentReader } from '../../exercises/core/read-document';
import { createDocumentStore } from '../../exercises/core/store';
import { createMemoryEngine, KEY_PREFIX } from '../../exercises/core/storage';
import { checkAnswer, emptyResult, quizKey } from '../quiz/model';
import {
  BACKUP_TEXT,
  collectBackup,
  describeSummary,
  parseBackup,
  planRestore,
  snapshot,
} from './backup';
import { emptyProgress, isRead, LAST_KEY, PAGES_KEY, parseProgress, setRead } from './model';

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

describe('refusing bad files', () => {
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
    const foreign = good();
    foreign.items['someone-else'] = 'x';
    expect(parseBackup(JSON.stringify(foreign)).ok).toBe(false);
  });

  it('a hand-edited item, naming what is broken', () => {
    const file = good();
    file.items[PAGES_KEY] = '{"v":1,"pages":{"/role/duties/":{"read":"yes"}}}';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('阅读进度');

    const docs = good();
    const key = Object.keys(docs.items).find((k) => k.includes(':doc:'))!;
    const doc = JSON.parse(docs.items[key]);
    doc.data = 'not an object';
    docs.items[key] = JSON.stringify(doc);
    const bad = parseBackup(JSON.stringify(docs));
    expect(!bad.ok && bad.message).toContain('练习文档「华东区新客户开发」');
    expect(!bad.ok && bad.message).toContain('本机数据没有任何改动');
  });
});
