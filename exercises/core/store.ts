/**
 * The document store of one worksheet in one namespace.
 *
 * Keys (all under `smc:v1:<namespace>:<exercise>:`):
 *   index                  JSON array of document ids, in display order
 *   doc:<id>               one document
 *   quarantine:<id>:<ms>   raw text of data that could not be read, kept for export
 *   meta                   export dates and the dismissed reminder
 *
 * Reading never throws data away: a document that is not JSON, fails its schema or comes
 * from a newer version is copied aside (and left where it was, so a newer page can still
 * read it) and reported as a problem; the other documents load normally.
 *
 * What this store wrote itself comes back as it went in; everything else (an earlier visit,
 * another tab) is checked by the `reader`. The reader carries the schema and the validation
 * library, so a page loads it only when there is such data: until it is set, `list` leaves
 * unchecked documents out and says so (`incomplete`), and nothing is quarantined.
 *
 * In parts: the key layout and index (store-keys.ts), reading and quarantine (store-read.ts),
 * writes and merge (store-write.ts); this file puts them together with the metadata, the
 * participant's name and change notifications.
 */
import { parseJson, type WorksheetBasics, type WorksheetDocument } from './document';
import { AUTHOR_MAX } from './limits';
import type { DocumentMerger } from './merge';
import type { DocumentReader, StoredProblemKind } from './read-document';
import {
  createResilientEngine,
  type ResilientEngine,
  type StorageEngine,
  type StorageNotice,
} from './storage';
import { storeKeys } from './store-keys';
import { createReading, type KnownDocuments } from './store-read';
import { createWrites } from './store-write';
import { adoptLegacyWorkshop } from './workshop-legacy';

export { normalizeNamespace, storePrefix } from './store-keys';

export interface StoreOptions<T> {
  engine: StorageEngine | null;
  namespace?: string;
  now?: () => Date;
  random?: () => number;
  /** Checks stored data this store did not write; can also be set later (`setReader`). */
  reader?: DocumentReader<T>;
}

export type ProblemKind = StoredProblemKind;

/** Data kept aside because it could not be read. */
export interface StoreProblem {
  /** Storage key of the quarantined copy. */
  key: string;
  /** Document id (or `index`). */
  id: string;
  kind: ProblemKind;
  message: string;
  /** The text exactly as it was stored. */
  raw: string;
  /** When it was set aside (ISO). */
  at: string;
}

export interface StoreListing<T> {
  docs: WorksheetDocument<T>[];
  problems: StoreProblem[];
  /** Stored data was left out because no reader is set yet. */
  incomplete: boolean;
}

export type LoadResult<T> = { doc: WorksheetDocument<T> } | { problem: StoreProblem | null };

export interface StoreMeta {
  /** Document id → ISO date of its last export. */
  exported: Record<string, string>;
  /** ISO date the export reminder was dismissed. */
  reminderDismissedAt?: string;
  /** Document the user had open last. */
  lastOpened?: string;
}

export type StoreChange = { source: 'local' | 'external' };

/**
 * What `saveEdit` did: wrote the page's version (`saved`), merged it with another tab's
 * (`merged`), or, when both changed the same field, kept the other tab's version and stored
 * the page's as a new document (`copied`, `doc` is the copy).
 */
export type SaveOutcome<T> = { kind: 'saved' | 'merged' | 'copied'; doc: WorksheetDocument<T> };

export interface DocumentStore<T> {
  readonly prefix: string;
  list(): StoreListing<T>;
  load(id: string): LoadResult<T>;
  /** An unsaved document; it is stored by its first `save`. */
  draft(title?: string, data?: T): WorksheetDocument<T>;
  create(title?: string, data?: T): WorksheetDocument<T>;
  /**
   * Write; sets `updatedAt` and adds the id to the index if new. The data is the page's own
   * (typed, or checked on its way in by import and share links), so it is not checked again.
   */
  save(doc: WorksheetDocument<T>): WorksheetDocument<T>;
  /**
   * Write an edit of `base` (the version the page last read or wrote; null for a new
   * document). If another tab stored a newer revision since (its `updatedAt` differs), the
   * two are merged field by field with `merge`; when they conflict, or `merge` is not at hand,
   * or the other version cannot be read yet, both are kept.
   */
  saveEdit(
    doc: WorksheetDocument<T>,
    base: WorksheetDocument<T> | null,
    merge: DocumentMerger | null,
  ): SaveOutcome<T>;
  duplicate(id: string): WorksheetDocument<T> | null;
  /** Delete; the returned function restores exactly what was there. */
  remove(id: string): () => void;
  /** Delete every key of this worksheet in this namespace; returns an undo. */
  clearAll(): () => void;
  /**
   * Delete every key of every worksheet in this namespace (a workshop's data on a shared
   * device); other namespaces are untouched. No undo: the point is that nothing is left.
   */
  clearNamespace(): void;
  /** The participant's name in this namespace (a workshop), shared by its worksheets; '' if none. */
  participant(): string;
  setParticipant(name: string): void;
  /** Drop a quarantined copy (and the unreadable original); returns an undo. */
  discardProblem(key: string): () => void;
  meta(): StoreMeta;
  markExported(id: string): void;
  dismissReminder(): void;
  setLastOpened(id: string): void;
  /** 'memory' once writes fall back to memory for this session. */
  mode(): StorageEngine['kind'];
  notice(): StorageNotice | null;
  /** Keep the data in `primary` from now on (see ResilientEngine.adopt). */
  adoptStorage(primary: StorageEngine): boolean;
  subscribe(listener: (change: StoreChange) => void): () => void;
  /** Feed `storage` events from other tabs (`window.addEventListener('storage', …)`). */
  handleStorageEvent(event: { key: string | null; newValue?: string | null }): void;
  /** Anything besides `meta` is stored: reading it needs the reader. */
  holdsData(): boolean;
  hasReader(): boolean;
  setReader(reader: DocumentReader<T>): void;
}

export function createDocumentStore<T>(
  def: WorksheetBasics<T>,
  options: StoreOptions<T>,
): DocumentStore<T> {
  const engine: ResilientEngine =
    options.engine && 'onNotice' in options.engine
      ? (options.engine as ResilientEngine)
      : createResilientEngine(options.engine);
  const now = options.now ?? (() => new Date());
  const keys = storeKeys(options.namespace, def.id);
  adoptLegacyWorkshop(engine, keys.name);
  const listeners = new Set<(change: StoreChange) => void>();
  const known: KnownDocuments<T> = new Map();
  const reading = createReading(def, engine, keys, known, now, options.reader ?? null);

  function emit(source: StoreChange['source']) {
    for (const listener of [...listeners]) listener({ source });
  }

  const writes = createWrites({
    def,
    engine,
    keys,
    known,
    reading,
    now,
    random: options.random ?? Math.random,
    emit,
  });

  function meta(): StoreMeta {
    const raw = engine.get(keys.meta);
    const parsed = raw === null ? null : parseJson(raw);
    const value = parsed?.ok ? (parsed.value as Partial<StoreMeta>) : null;
    if (!value || typeof value !== 'object') return { exported: {} };
    return {
      exported: value.exported && typeof value.exported === 'object' ? { ...value.exported } : {},
      reminderDismissedAt:
        typeof value.reminderDismissedAt === 'string' ? value.reminderDismissedAt : undefined,
      lastOpened: typeof value.lastOpened === 'string' ? value.lastOpened : undefined,
    };
  }

  function updateMeta(change: (meta: StoreMeta) => void, notify = true) {
    const next = meta();
    change(next);
    engine.set(keys.meta, JSON.stringify(next));
    if (notify) emit('local');
  }

  return {
    prefix: keys.prefix,
    list: reading.list,
    load: reading.load,
    ...writes,
    participant: () => engine.get(keys.participant) ?? '',
    setParticipant(name) {
      const value = name.slice(0, AUTHOR_MAX);
      if (value.trim()) engine.set(keys.participant, value);
      else engine.remove(keys.participant);
    },
    meta,
    markExported(id) {
      updateMeta((m) => {
        m.exported[id] = now().toISOString();
      });
    },
    dismissReminder() {
      updateMeta((m) => {
        m.reminderDismissedAt = now().toISOString();
      });
    },
    setLastOpened(id) {
      if (meta().lastOpened !== id) updateMeta((m) => void (m.lastOpened = id), false);
    },
    mode: () => engine.kind,
    notice: () => engine.notice(),
    adoptStorage: (primary) => engine.adopt(primary),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    handleStorageEvent(event) {
      // After falling back to memory we work on a private copy: other tabs no longer apply.
      if (engine.notice()) return;
      if (event.key === null || event.key.startsWith(keys.prefix)) emit('external');
    },
    holdsData: () => engine.keys().some((key) => key.startsWith(keys.prefix) && key !== keys.meta),
    hasReader: reading.hasReader,
    setReader: reading.setReader,
  };
}
