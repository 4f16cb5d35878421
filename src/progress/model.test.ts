import { describe, expect, it } from 'vitest';
import { createMemoryEngine, createResilientEngine } from '../../exercises/core/storage';
import {
  continueHref,
  countRead,
  currentHeading,
  emptyProgress,
  isRead,
  isSitePath,
  LAST_KEY,
  PAGES_KEY,
  parseLast,
  parseProgress,
  pathWithoutBase,
  QUARANTINE_PREFIX,
  setRead,
} from './model';
import { createProgressStore } from './store';
import { mergeProgress } from './merge';

const T1 = new Date('2026-11-01T08:00:00Z');
const T2 = new Date('2026-11-02T08:00:00Z');

describe('page marks', () => {
  it('marks a page read and unread, keeping the time of the change', () => {
    let s = setRead(emptyProgress(), '/role/duties/', true, T1);
    expect(isRead(s, '/role/duties/')).toBe(true);
    s = setRead(s, '/role/duties/', false, T2);
    expect(isRead(s, '/role/duties/')).toBe(false);
    expect(s.pages['/role/duties/']).toEqual({ read: false, at: T2.toISOString() });
  });

  it('counts read pages of a module', () => {
    let s = setRead(emptyProgress(), '/role/duties/', true, T1);
    s = setRead(s, '/role/role/', true, T1);
    s = setRead(s, '/role/profile/', false, T1);
    expect(
      countRead(s, ['/role/role/', '/role/duties/', '/role/profile/', '/role/pitfalls/']),
    ).toBe(2);
  });
});

describe('parsing stored progress', () => {
  it('reads nothing stored as empty progress', () => {
    expect(parseProgress(null)).toEqual({ ok: true, value: emptyProgress() });
    expect(parseLast(null)).toEqual({ ok: true, value: null });
  });

  it('round-trips what it writes', () => {
    const s = setRead(emptyProgress(), '/role/duties/', true, T1);
    expect(parseProgress(JSON.stringify(s))).toEqual({ ok: true, value: s });
  });

  it('refuses truncated, wrongly shaped and newer data, saying which', () => {
    expect(parseProgress('{"v":1,"pages":{"/a/')).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseProgress('{"v":1,"pages":{"/a/":{"read":"yes","at":"x"}}}').ok).toBe(false);
    expect(parseProgress('{"v":1,"pages":{"not a path":{"read":true,"at":"x"}}}').ok).toBe(false);
    expect(parseProgress('{"v":2,"pages":{}}')).toEqual({ ok: false, reason: 'newer' });
    expect(parseLast('{"v":1,"path":"/a/","title":"A"}').ok).toBe(false);
  });

  it('keeps the heading of the last position only with its id', () => {
    const raw = JSON.stringify({ v: 1, path: '/a/b/', title: 'B', at: 'x', headingText: '小节' });
    expect(parseLast(raw)).toEqual({
      ok: true,
      value: { v: 1, path: '/a/b/', title: 'B', at: 'x' },
    });
  });
});

describe('merging two copies of the progress', () => {
  it('takes the newer mark per page and adds pages only one side has', () => {
    const local = setRead(setRead(emptyProgress(), '/a/x/', true, T2), '/a/y/', true, T1);
    const incoming = setRead(setRead(emptyProgress(), '/a/x/', false, T1), '/a/y/', false, T2);
    const withNew = setRead(incoming, '/a/z/', true, T1);
    const { state, added, updated } = mergeProgress(local, withNew);
    expect(isRead(state, '/a/x/')).toBe(true); // local is newer
    expect(isRead(state, '/a/y/')).toBe(false); // incoming is newer
    expect(isRead(state, '/a/z/')).toBe(true);
    expect({ added, updated }).toEqual({ added: 1, updated: 1 });
  });

  it('is a no-op when merging a state into itself', () => {
    const s = setRead(emptyProgress(), '/a/x/', true, T1);
    expect(mergeProgress(s, s)).toEqual({ state: s, added: 0, updated: 0 });
  });
});

describe('paths and continue links', () => {
  it('strips the base path', () => {
    expect(pathWithoutBase('/course/role/duties/', '/course/')).toBe('/role/duties/');
    expect(pathWithoutBase('/role/duties/', '/')).toBe('/role/duties/');
    expect(pathWithoutBase('/course/role/duties', '/course')).toBe('/role/duties/');
    // The LMS package's pages are files: a page's path is its folder's.
    expect(pathWithoutBase('/lms/42/role/duties/index.html', '/lms/42/')).toBe('/role/duties/');
    expect(pathWithoutBase('/lms/42/index.html', '/lms/42/')).toBe('/');
  });

  it('links to the last page and heading, not to the page being read', () => {
    const last = { v: 1 as const, path: '/role/duties/', title: '核心职责', at: 'x' };
    expect(continueHref(last, '/', '/course/')).toBe('/course/role/duties/');
    expect(continueHref({ ...last, heading: '团队管理' }, '/', '/')).toBe(
      `/role/duties/#${encodeURIComponent('团队管理')}`,
    );
    expect(continueHref(last, '/role/duties/', '/')).toBeNull();
    expect(continueHref(null, '/', '/')).toBeNull();
  });

  it('never leads to another site, only to known pages when they are given', () => {
    const at = (path: string) => ({ v: 1 as const, path, title: 'x', at: 'x' });
    for (const path of [
      '//evil.example/x/',
      '/\\evil.example/',
      '/\\/evil.example/',
      '\\\\evil/',
      'javascript:alert(1)//',
      'https://evil.example/',
      '/%2F%2Fevil.example/',
      '/ROLE/duties/',
      '/role/../x/',
    ]) {
      expect(isSitePath(path), path).toBe(false);
      expect(continueHref(at(path), '/', '/'), path).toBeNull();
      expect(parseLast(JSON.stringify(at(path))).ok, path).toBe(false);
    }
    expect(continueHref(at('/role/duties/'), '/', '/', ['/role/duties/'])).toBe('/role/duties/');
    expect(continueHref(at('/no/page/'), '/', '/', ['/role/duties/'])).toBeNull();
  });

  it('finds the heading at the reading line', () => {
    const hs = [
      { id: 'a', top: -900 },
      { id: 'b', top: -20 },
      { id: 'c', top: 400 },
    ];
    expect(currentHeading(hs, 80)?.id).toBe('b');
    expect(currentHeading(hs, -1000)).toBeNull();
  });
});

describe('the progress store', () => {
  it('saves marks and the last position through the storage engine', () => {
    const engine = createMemoryEngine();
    const store = createProgressStore(engine, () => T1);
    store.setRead('/role/duties/', true);
    store.setLast({ path: '/role/duties/', title: '核心职责', heading: 'x' });
    const again = createProgressStore(engine);
    expect(isRead(again.pages(), '/role/duties/')).toBe(true);
    expect(again.last()).toMatchObject({
      path: '/role/duties/',
      heading: 'x',
      at: T1.toISOString(),
    });
  });

  it('keeps unreadable data aside once and starts afresh', () => {
    const engine = createMemoryEngine({ [PAGES_KEY]: '{"v":1,"pa', [LAST_KEY]: '[]' });
    const store = createProgressStore(engine, () => T1);
    expect(store.pages()).toEqual(emptyProgress());
    expect(store.last()).toBeNull();
    store.pages();
    const aside = engine.keys().filter((k) => k.startsWith(QUARANTINE_PREFIX));
    expect(aside).toHaveLength(2);
    expect(aside.map((k) => engine.get(k)).sort()).toEqual(['[]', '{"v":1,"pa']);
    store.setRead('/a/b/', true);
    expect(isRead(store.pages(), '/a/b/')).toBe(true);
  });

  it('falls back to memory when storage is blocked, without throwing', () => {
    const engine = createResilientEngine(null);
    const store = createProgressStore(engine);
    expect(() => store.setRead('/a/b/', true)).not.toThrow();
    expect(isRead(store.pages(), '/a/b/')).toBe(true);
    expect(engine.notice()).toEqual({ kind: 'blocked' });
  });
});
