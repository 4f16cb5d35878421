import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_ENTRIES_MAX,
  BRIDGE_TYPE,
  BRIDGE_VALUE_MAX,
  courseKey,
  createBridgeEngine,
  hostKey,
  readBridgeReply,
  readBridgeRequest,
  type BridgeRequest,
} from './bridge';
import { createLocalStorageEngine, createMemoryEngine, createResilientEngine } from './storage';

const COURSE = 'https://course.example';

describe('key namespacing', () => {
  it('puts the host prefix and the course origin before the key, and reads it back', () => {
    const stored = hostKey(COURSE, 'smc:v1:default:swot:index');
    expect(stored).toBe('smc-embed:https://course.example|smc:v1:default:swot:index');
    expect(courseKey(COURSE, stored)).toBe('smc:v1:default:swot:index');
  });

  it('ignores the host page’s own keys, another course’s and keys outside the project', () => {
    expect(courseKey(COURSE, 'smc:v1:default:swot:index')).toBeNull();
    expect(courseKey(COURSE, hostKey('https://other.example', 'smc:v1:x'))).toBeNull();
    expect(courseKey(COURSE, hostKey(COURSE, 'session-token'))).toBeNull();
  });
});

describe('readBridgeRequest (what the host accepts)', () => {
  it('accepts load, set and remove of the project’s keys', () => {
    expect(readBridgeRequest({ type: BRIDGE_TYPE, op: 'load', id: 'a1' })).toEqual({
      type: BRIDGE_TYPE,
      op: 'load',
      id: 'a1',
    });
    expect(
      readBridgeRequest({ type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:k', value: 'v' }),
    ).toEqual({ type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:k', value: 'v' });
    expect(readBridgeRequest({ type: BRIDGE_TYPE, op: 'remove', key: 'smc:v1:k' })).toEqual({
      type: BRIDGE_TYPE,
      op: 'remove',
      key: 'smc:v1:k',
    });
  });

  it.each([
    ['not an object', 'smc:v1:k'],
    ['an array', [BRIDGE_TYPE]],
    ['another type', { type: 'smc-embed-height', op: 'load', id: 'a' }],
    ['an unknown op', { type: BRIDGE_TYPE, op: 'clear' }],
    ['a load without id', { type: BRIDGE_TYPE, op: 'load' }],
    ['a long id', { type: BRIDGE_TYPE, op: 'load', id: 'x'.repeat(65) }],
    ['a foreign key', { type: BRIDGE_TYPE, op: 'set', key: 'token', value: 'v' }],
    ['a long key', { type: BRIDGE_TYPE, op: 'remove', key: `smc:v1:${'k'.repeat(300)}` }],
    ['a value that is no string', { type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:k', value: 1 }],
    [
      'an oversized value',
      { type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:k', value: 'x'.repeat(BRIDGE_VALUE_MAX + 1) },
    ],
  ])('refuses %s', (_, data) => {
    expect(readBridgeRequest(data)).toBeNull();
  });
});

describe('readBridgeReply (what the iframe accepts)', () => {
  it('takes the answer to its own request, keeping only the project’s keys', () => {
    const reply = readBridgeReply(
      {
        type: BRIDGE_TYPE,
        op: 'loaded',
        id: 'r1',
        entries: { 'smc:v1:a': '1', other: '2', 'smc:v1:b': 3 },
      },
      'r1',
    );
    expect(reply).toEqual({
      type: BRIDGE_TYPE,
      op: 'loaded',
      id: 'r1',
      entries: { 'smc:v1:a': '1' },
    });
  });

  it('refuses an answer to another request, bad entries and too many entries', () => {
    const entries = { 'smc:v1:a': '1' };
    expect(
      readBridgeReply({ type: BRIDGE_TYPE, op: 'loaded', id: 'r2', entries }, 'r1'),
    ).toBeNull();
    expect(
      readBridgeReply({ type: BRIDGE_TYPE, op: 'loaded', id: 'r1', entries: [] }, 'r1'),
    ).toBeNull();
    const many = Object.fromEntries(
      Array.from({ length: BRIDGE_ENTRIES_MAX + 1 }, (_, i) => [`smc:v1:${i}`, 'v']),
    );
    expect(
      readBridgeReply({ type: BRIDGE_TYPE, op: 'loaded', id: 'r1', entries: many }, 'r1'),
    ).toBeNull();
  });
});

describe('createBridgeEngine', () => {
  it('reads what the host handed back and passes every write on', () => {
    const posted: BridgeRequest[] = [];
    const engine = createBridgeEngine({ 'smc:v1:a': 'A' }, (r) => posted.push(r));
    expect(engine.kind).toBe('bridge');
    expect(engine.get('smc:v1:a')).toBe('A');
    engine.set('smc:v1:b', 'B');
    engine.remove('smc:v1:a');
    expect(engine.keys()).toEqual(['smc:v1:b']);
    expect(posted).toEqual([
      { type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:b', value: 'B' },
      { type: BRIDGE_TYPE, op: 'remove', key: 'smc:v1:a' },
    ]);
    expect(engine.notice()).toBeNull();
  });

  it('falls back to memory with the notice once the host cannot keep writes, losing nothing', () => {
    const engine = createBridgeEngine({}, () => undefined);
    engine.set('smc:v1:a', 'A');
    engine.fail();
    engine.set('smc:v1:b', 'B');
    expect(engine.notice()).toEqual({ kind: 'blocked' });
    expect(engine.kind).toBe('memory');
    expect(engine.get('smc:v1:a')).toBe('A');
    expect(engine.get('smc:v1:b')).toBe('B');
  });

  it('a value too large for the host falls back to memory as "full"', () => {
    const engine = createBridgeEngine({}, () => undefined);
    engine.set('smc:v1:a', 'x'.repeat(BRIDGE_VALUE_MAX + 1));
    expect(engine.notice()).toEqual({ kind: 'full' });
  });
});

describe('ResilientEngine.adopt (storage allowed later)', () => {
  it('copies what memory holds into the allowed storage and clears the notice', () => {
    const engine = createResilientEngine(null, { seed: { 'smc:v1:a': 'A', other: 'x' } });
    const primary = createMemoryEngine();
    expect(engine.adopt(primary)).toBe(true);
    expect(engine.notice()).toBeNull();
    expect(primary.get('smc:v1:a')).toBe('A');
    expect(primary.get('other')).toBeNull();
    engine.set('smc:v1:b', 'B');
    expect(primary.get('smc:v1:b')).toBe('B');
  });

  it('stays in memory when the copy fails', () => {
    const engine = createResilientEngine(null, { seed: { 'smc:v1:a': 'A' } });
    const broken = {
      ...createMemoryEngine(),
      set() {
        throw new Error('blocked');
      },
    };
    expect(engine.adopt(broken)).toBe(false);
    expect(engine.notice()).toEqual({ kind: 'blocked' });
    expect(createLocalStorageEngine(() => undefined)).toBeNull();
  });
});

/** public/embed.js run in a small fake page: one course iframe, one foreign frame. */
function hostPage() {
  const store = new Map<string, string>();
  const localStorage = {
    get length() {
      return store.size;
    },
    key: (i: number) => [...store.keys()][i] ?? null,
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  const sent: { data: unknown; origin: string }[] = [];
  const courseWindow = {
    postMessage: (data: unknown, origin: string) => sent.push({ data, origin }),
  };
  const foreignWindow = {
    postMessage: (data: unknown, origin: string) => sent.push({ data, origin }),
  };
  const frames = [
    { contentWindow: courseWindow, src: `${COURSE}/embed/swot/?ns=a`, style: {} },
    { contentWindow: foreignWindow, src: 'https://evil.example/page', style: {} },
  ];
  let listener: ((event: unknown) => void) | null = null;
  const window = {
    addEventListener: (_: string, fn: (event: unknown) => void) => void (listener = fn),
  };
  runInNewContext(readFileSync('public/embed.js', 'utf8'), {
    window,
    localStorage,
    location: { href: 'https://trainer.example/page' },
    URL,
    document: {
      currentScript: { src: `${COURSE}/embed.js` },
      getElementsByTagName: () => frames,
    },
  });
  const post = (data: unknown, source: unknown, origin: string) =>
    listener!({ data, source, origin });
  return { store, sent, post, courseWindow, foreignWindow };
}

describe('public/embed.js storage', () => {
  it('stores a course iframe’s keys under its prefix and hands them back to that iframe only', () => {
    const host = hostPage();
    host.post(
      { type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:a', value: 'A' },
      host.courseWindow,
      COURSE,
    );
    expect(host.store.get(hostKey(COURSE, 'smc:v1:a'))).toBe('A');
    host.store.set('host-own', 'secret');
    host.post({ type: BRIDGE_TYPE, op: 'load', id: 'r1' }, host.courseWindow, COURSE);
    expect(host.sent).toEqual([
      {
        data: { type: BRIDGE_TYPE, op: 'loaded', id: 'r1', entries: { 'smc:v1:a': 'A' } },
        origin: COURSE,
      },
    ]);
    host.post({ type: BRIDGE_TYPE, op: 'remove', key: 'smc:v1:a' }, host.courseWindow, COURSE);
    expect(host.store.has(hostKey(COURSE, 'smc:v1:a'))).toBe(false);
  });

  it('ignores other origins, other windows, foreign keys and oversized values', () => {
    const host = hostPage();
    const set = { type: BRIDGE_TYPE, op: 'set', key: 'smc:v1:a', value: 'A' };
    host.post(set, host.foreignWindow, 'https://evil.example');
    host.post(set, host.foreignWindow, COURSE);
    host.post(set, {}, COURSE);
    host.post({ ...set, key: 'host-own' }, host.courseWindow, COURSE);
    host.post({ ...set, value: 'x'.repeat(BRIDGE_VALUE_MAX + 1) }, host.courseWindow, COURSE);
    host.post(
      { type: BRIDGE_TYPE, op: 'load', id: 'r1' },
      host.foreignWindow,
      'https://evil.example',
    );
    host.post(
      { type: BRIDGE_TYPE, op: 'load', id: 'r1' },
      host.courseWindow,
      'https://evil.example',
    );
    expect(host.store.size).toBe(0);
    expect(host.sent).toEqual([]);
  });
});
