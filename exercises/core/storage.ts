/**
 * Storage engines. The browser's localStorage is used only after a write test succeeds
 * (it can be missing, blocked by privacy settings, throw SecurityError inside a
 * sandboxed or partitioned iframe, or be full). Any later failed write moves the session
 * to memory and raises a notice, so the page keeps working and can still export.
 */

export interface StorageEngine {
  /** bridge: kept by the host page of an embed (bridge.ts). */
  readonly kind: 'local' | 'memory' | 'bridge';
  get(key: string): string | null;
  /** May throw (quota, blocked storage). */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export interface StorageNotice {
  /** blocked: storage unavailable; full: quota exceeded. */
  kind: 'blocked' | 'full';
}

/** Prefix of every key this project writes. */
export const KEY_PREFIX = 'smc:v1:';
const PROBE_KEY = `${KEY_PREFIX}probe`;

export function createMemoryEngine(initial: Record<string, string> = {}): StorageEngine {
  const map = new Map(Object.entries(initial));
  return {
    kind: 'memory',
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

/**
 * The browser's localStorage as an engine, or null when it cannot be written to.
 * `getStorage` is injectable for tests; by default it reads `globalThis.localStorage`,
 * which itself can throw.
 */
export function createLocalStorageEngine(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
): StorageEngine | null {
  let storage: Storage | undefined;
  try {
    storage = getStorage();
    if (!storage) return null;
    storage.setItem(PROBE_KEY, '1');
    const ok = storage.getItem(PROBE_KEY) === '1';
    storage.removeItem(PROBE_KEY);
    if (!ok) return null;
  } catch {
    return null;
  }
  const s = storage;
  return {
    kind: 'local',
    get(key) {
      try {
        return s.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      s.setItem(key, value);
    },
    remove(key) {
      try {
        s.removeItem(key);
      } catch {
        // Nothing to do: a failed remove leaves stale data, never loses data.
      }
    },
    keys() {
      try {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key !== null) out.push(key);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

/**
 * Keep text that could not be read aside under `<prefix><ms>`, for export and backup, once: the
 * same text already kept is not copied again. Returns its key. A plain engine may throw when
 * storage is full; a resilient one does not.
 */
export function keepAside(engine: StorageEngine, prefix: string, raw: string, now: Date): string {
  const kept = engine.keys().find((key) => key.startsWith(prefix) && engine.get(key) === raw);
  if (kept) return kept;
  let key = prefix + now.getTime();
  for (let stamp = now.getTime(); engine.get(key) !== null;) key = prefix + ++stamp;
  engine.set(key, raw);
  return key;
}

/** True for the errors browsers throw when storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const e = error as { name?: string; code?: number };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  );
}

/** An engine that never throws: it falls back to memory on the first failed write. */
export interface ResilientEngine extends StorageEngine {
  notice(): StorageNotice | null;
  onNotice(listener: (notice: StorageNotice) => void): () => void;
  /**
   * Move to `primary` (storage the browser has just allowed): what is held now is copied
   * there first. False, and nothing changes, when that copy fails.
   */
  adopt(primary: StorageEngine): boolean;
}

/**
 * Wrap `primary` (null when localStorage failed its write test). When a write fails,
 * everything under our prefix is copied to memory and later reads and writes go there.
 */
export function createResilientEngine(
  primary: StorageEngine | null,
  fallback: { seed?: Record<string, string>; kind?: StorageNotice['kind'] } = {},
): ResilientEngine {
  let active: StorageEngine = primary ?? createMemoryEngine(fallback.seed);
  let notice: StorageNotice | null = primary ? null : { kind: fallback.kind ?? 'blocked' };
  const listeners = new Set<(notice: StorageNotice) => void>();

  function switchToMemory(kind: StorageNotice['kind']) {
    const copy: Record<string, string> = {};
    for (const key of safe(() => active.keys(), [])) {
      if (!key.startsWith(KEY_PREFIX)) continue;
      const value = safe(() => active.get(key), null);
      if (value !== null) copy[key] = value;
    }
    active = createMemoryEngine(copy);
    notice = { kind };
    for (const listener of listeners) listener(notice);
  }

  return {
    get kind() {
      return active.kind;
    },
    get: (key) => safe(() => active.get(key), null),
    set(key, value) {
      try {
        active.set(key, value);
      } catch (error) {
        switchToMemory(isQuotaError(error) ? 'full' : 'blocked');
        active.set(key, value);
      }
    },
    remove(key) {
      safe(() => active.remove(key), undefined);
    },
    keys: () => safe(() => active.keys(), []),
    notice: () => notice,
    onNotice(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    adopt(primary) {
      try {
        for (const key of active.keys())
          if (key.startsWith(KEY_PREFIX)) primary.set(key, active.get(key) ?? '');
      } catch {
        return false;
      }
      active = primary;
      notice = null;
      return true;
    },
  };
}

function safe<R>(fn: () => R, fallback: R): R {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/**
 * The engine a page should use: localStorage when it can be written, otherwise memory. When
 * writes fail but reads work (storage already full), what is stored is copied to memory so
 * the learner still sees, and can export, their documents.
 */
export function openBrowserStorage(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
): ResilientEngine {
  const local = createLocalStorageEngine(getStorage);
  if (local) return createResilientEngine(local);
  const seed: Record<string, string> = {};
  let kind: StorageNotice['kind'] = 'blocked';
  try {
    const storage = getStorage();
    if (storage) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        const value = key?.startsWith(KEY_PREFIX) ? storage.getItem(key) : null;
        if (key && value !== null) seed[key] = value;
      }
      try {
        storage.setItem(PROBE_KEY, '1');
        storage.removeItem(PROBE_KEY);
      } catch (error) {
        if (isQuotaError(error)) kind = 'full';
      }
    }
  } catch {
    // Not even readable: start empty.
  }
  return createResilientEngine(null, { seed, kind });
}
