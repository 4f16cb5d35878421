/**
 * Reading the document store: documents, the list, and quarantine. Reading never throws data
 * away (see store.ts); what the store did not write itself is checked by the reader, and
 * until there is one, such data is left out and the read says so (`skipped`).
 */
import type { WorksheetBasics, WorksheetDocument } from './document';
import type { DocumentReader } from './read-document';
import { keepAside, type ResilientEngine } from './storage';
import { parseJson } from './document';
import { createIndex, type StoreIndex, type StoreKeys } from './store-keys';
import type { LoadResult, StoreListing, StoreProblem } from './store';

/** Documents as the store last wrote or checked them, by id: raw text and value. */
export type KnownDocuments<T> = Map<string, { raw: string; doc: WorksheetDocument<T> }>;

export interface StoreReading<T> {
  index: StoreIndex;
  list(): StoreListing<T>;
  /** Read one document; anything unreadable is quarantined and reported. */
  load(id: string): LoadResult<T>;
  /** The quarantined copy at `key` as a problem, or null (gone, or no reader yet). */
  problemAt(key: string): StoreProblem | null;
  /** The revision stored for `id` (its `updatedAt`), or null. */
  storedRevision(id: string): string | null;
  hasReader(): boolean;
  setReader(reader: DocumentReader<T>): void;
}

export function createReading<T>(
  def: WorksheetBasics<T>,
  engine: ResilientEngine,
  keys: StoreKeys,
  known: KnownDocuments<T>,
  now: () => Date,
  initialReader: DocumentReader<T> | null,
): StoreReading<T> {
  let reader = initialReader;
  /** Set when a read met data it could not check for want of a reader. */
  let skipped = false;

  function quarantine(id: string, raw: string): string {
    return keepAside(engine, `${keys.quarantine}${id}:`, raw, now());
  }

  const index = createIndex(engine, keys, (raw) => void quarantine('index', raw));

  function problemAt(key: string): StoreProblem | null {
    const raw = engine.get(key);
    if (raw === null) return null;
    if (!reader) {
      skipped = true;
      return null;
    }
    const rest = key.slice(keys.quarantine.length);
    const cut = rest.lastIndexOf(':');
    const id = rest.slice(0, cut);
    const ms = Number(rest.slice(cut + 1));
    const at = Number.isFinite(ms) ? new Date(ms).toISOString() : '';
    return { key, id, raw, at, ...reader.problem(id, raw) };
  }

  /** Without a reader, only what this store wrote or checked before can be read. */
  function load(id: string): LoadResult<T> {
    const raw = engine.get(keys.docKey(id));
    if (raw === null) return { problem: null };
    const seen = known.get(id);
    if (seen?.raw === raw) return { doc: seen.doc };
    if (!reader) {
      skipped = true;
      return { problem: null };
    }
    const parsed = parseJson(raw);
    const read = parsed.ok ? reader(parsed.value) : null;
    if (read?.ok && read.doc.id === id) {
      known.set(id, { raw, doc: read.doc });
      return { doc: read.doc };
    }
    return { problem: problemAt(quarantine(id, raw)) };
  }

  function problems(): StoreProblem[] {
    return engine
      .keys()
      .filter((key) => key.startsWith(keys.quarantine))
      .sort()
      .map(problemAt)
      .filter((p): p is StoreProblem => p !== null);
  }

  return {
    index,
    list() {
      skipped = false;
      const docs: WorksheetDocument<T>[] = [];
      for (const id of index.read()) {
        const result = load(id);
        if ('doc' in result) docs.push(result.doc);
      }
      const found = problems();
      return { docs, problems: found, incomplete: skipped };
    },
    load,
    problemAt,
    storedRevision(id) {
      const raw = engine.get(keys.docKey(id));
      const seen = known.get(id);
      if (raw === null) return null;
      if (seen?.raw === raw) return seen.doc.updatedAt;
      const parsed = parseJson(raw);
      const value = parsed.ok ? (parsed.value as { updatedAt?: unknown } | null) : null;
      return typeof value?.updatedAt === 'string' ? value.updatedAt : null;
    },
    hasReader: () => reader !== null,
    setReader(next) {
      reader = next;
    },
  };
}
