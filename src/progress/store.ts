/**
 * Reading progress kept through the worksheets' storage layer (exercises/core/storage.ts):
 * localStorage when it works, memory otherwise (with a notice), never a throw. Data that
 * cannot be read is copied aside under progress:quarantine: (the backup exports it) before
 * the reader starts afresh, so nothing is silently lost.
 */
import { keepAside, type StorageEngine } from '../../exercises/core/storage';
import {
  emptyProgress,
  LAST_KEY,
  PAGES_KEY,
  parseLast,
  parseProgress,
  QUARANTINE_PREFIX,
  setRead,
  type LastPosition,
  type Parsed,
  type ProgressState,
} from './model';

export interface ProgressStore {
  pages(): ProgressState;
  setRead(path: string, read: boolean): ProgressState;
  last(): LastPosition | null;
  setLast(position: Omit<LastPosition, 'v' | 'at'>): void;
}

/** Copy unreadable text aside once (the same text is not copied twice). */
export function quarantine(engine: StorageEngine, name: string, raw: string, now: Date): void {
  try {
    keepAside(engine, `${QUARANTINE_PREFIX}${name}:`, raw, now);
  } catch {
    // A resilient engine does not throw; a plain one may. Reading goes on either way.
  }
}

export function createProgressStore(
  engine: StorageEngine,
  now: () => Date = () => new Date(),
): ProgressStore {
  function read<T>(key: string, name: string, parse: (raw: string | null) => Parsed<T>, empty: T) {
    const raw = engine.get(key);
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    if (raw !== null) quarantine(engine, name, raw, now());
    return empty;
  }
  function write(key: string, value: unknown) {
    try {
      engine.set(key, JSON.stringify(value));
    } catch {
      // Only a non-resilient engine throws; progress is a convenience and must not break reading.
    }
  }
  const pages = () => read(PAGES_KEY, 'pages', parseProgress, emptyProgress());
  const last = () => read(LAST_KEY, 'last', parseLast, null);
  return {
    pages,
    setRead(path, isRead) {
      const next = setRead(pages(), path, isRead, now());
      write(PAGES_KEY, next);
      return next;
    },
    last,
    setLast(position) {
      const next: LastPosition = { v: 1, ...position, at: now().toISOString() };
      const previous = last();
      if (
        previous &&
        previous.path === next.path &&
        previous.heading === next.heading &&
        previous.title === next.title
      )
        return;
      write(LAST_KEY, next);
    },
  };
}
