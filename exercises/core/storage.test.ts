import { describe, expect, it, vi } from 'vitest';
import {
  openBrowserStorage,
  createLocalStorageEngine,
  createMemoryEngine,
  createResilientEngine,
  isQuotaError,
  keepAside,
  type StorageEngine,
} from './storage';

/** A minimal Storage backed by a Map, with switches to make it misbehave. */
function fakeStorage(opts: { throwOnSet?: unknown; throwOnAccess?: boolean } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, val) {
      if (opts.throwOnSet) throw opts.throwOnSet;
      map.set(k, val);
    },
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function quotaError(): Error {
  return Object.assign(new Error('full'), { name: 'QuotaExceededError' });
}

describe('createLocalStorageEngine', () => {
  it('works when a write test succeeds and leaves no probe behind', () => {
    const storage = fakeStorage();
    const engine = createLocalStorageEngine(() => storage);
    expect(engine?.kind).toBe('local');
    engine!.set('smc:v1:a', '1');
    expect(engine!.get('smc:v1:a')).toBe('1');
    expect(engine!.keys()).toEqual(['smc:v1:a']);
  });

  it.each([
    ['storage is missing', () => undefined],
    [
      'reading localStorage throws SecurityError (sandboxed iframe)',
      () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
    ],
    ['every write throws (Safari private mode)', () => fakeStorage({ throwOnSet: quotaError() })],
  ])('returns null when %s', (_, getStorage) => {
    expect(createLocalStorageEngine(getStorage as () => Storage | undefined)).toBeNull();
  });

  it('swallows errors on reads', () => {
    const storage = fakeStorage();
    const engine = createLocalStorageEngine(() => storage)!;
    storage.getItem = () => {
      throw new Error('gone');
    };
    expect(engine.get('x')).toBeNull();
  });
});

describe('createResilientEngine', () => {
  it('starts in memory with a blocked notice when localStorage is unavailable', () => {
    const engine = createResilientEngine(null);
    expect(engine.kind).toBe('memory');
    expect(engine.notice()).toEqual({ kind: 'blocked' });
    engine.set('smc:v1:x', 'y');
    expect(engine.get('smc:v1:x')).toBe('y');
  });

  it('switches to memory on a failed write, keeps existing data and says the disk is full', () => {
    const primary: StorageEngine = {
      ...createMemoryEngine({ 'smc:v1:old': 'kept', 'other:key': 'ignored' }),
      kind: 'local',
    };
    const engine = createResilientEngine(primary);
    const listener = vi.fn();
    engine.onNotice(listener);
    primary.set = () => {
      throw quotaError();
    };
    engine.set('smc:v1:new', 'value');
    expect(engine.kind).toBe('memory');
    expect(engine.notice()).toEqual({ kind: 'full' });
    expect(listener).toHaveBeenCalledWith({ kind: 'full' });
    expect(engine.get('smc:v1:old')).toBe('kept');
    expect(engine.get('smc:v1:new')).toBe('value');
    expect(engine.get('other:key')).toBeNull();
  });

  it('calls any other write failure "blocked"', () => {
    const primary: StorageEngine = { ...createMemoryEngine(), kind: 'local' };
    primary.set = () => {
      throw new Error('SecurityError');
    };
    const engine = createResilientEngine(primary);
    engine.set('smc:v1:a', '1');
    expect(engine.notice()).toEqual({ kind: 'blocked' });
  });

  it('recognises quota errors across browsers', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('openBrowserStorage', () => {
  it('uses localStorage when it can be written', () => {
    const engine = openBrowserStorage(() => fakeStorage());
    expect(engine.kind).toBe('local');
    expect(engine.notice()).toBeNull();
  });

  it('keeps existing documents readable when storage is already full', () => {
    const storage = fakeStorage();
    storage.setItem('smc:v1:default:notes:doc:a', '{"kept":true}');
    storage.setItem('unrelated', 'x');
    storage.setItem = () => {
      throw quotaError();
    };
    const engine = openBrowserStorage(() => storage);
    expect(engine.kind).toBe('memory');
    expect(engine.notice()).toEqual({ kind: 'full' });
    expect(engine.get('smc:v1:default:notes:doc:a')).toBe('{"kept":true}');
    expect(engine.keys()).toEqual(['smc:v1:default:notes:doc:a']);
  });

  it('starts empty and blocked when storage cannot even be reached', () => {
    const engine = openBrowserStorage(() => {
      throw Object.assign(new Error('denied'), { name: 'SecurityError' });
    });
    expect(engine.notice()).toEqual({ kind: 'blocked' });
    expect(engine.keys()).toEqual([]);
  });
});

describe('keepAside', () => {
  it('keeps unreadable text once, under the next free time stamp', () => {
    const engine = createMemoryEngine({ 'p:1000': 'other' });
    const now = new Date(1000);
    expect(keepAside(engine, 'p:', '{bad', now)).toBe('p:1001');
    expect(keepAside(engine, 'p:', '{bad', now)).toBe('p:1001');
    expect(keepAside(engine, 'p:', 'other', now)).toBe('p:1000');
    expect(engine.keys().sort()).toEqual(['p:1000', 'p:1001']);
  });
});
