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
 */
import { cloneData, newDocument, type WorksheetBasics, type WorksheetDocument } from './document';
import { AUTHOR_MAX } from './limits';
import type { DocumentMerger } from './merge';
import type { DocumentReader, ReadProblemKind } from './read-document';
import {
  createResilientEngine,
  KEY_PREFIX,
  type ResilientEngine,
  type StorageEngine,
  type StorageNotice,
} from './storage';
import { STORE_TEXT } from './strings';
import { namespaceWorkshop } from './workshop';
import { adoptLegacyWorkshop } from './workshop-legacy';

export interface StoreOptions<T> {
  engine: StorageEngine | null;
  namespace?: string;
  now?: () => Date;
  random?: () => number;
  /** Checks stored data this store did not write; can also be set later (`setReader`). */
  reader?: DocumentReader<T>;
}

export type ProblemKind = ReadProblemKind | 'unreadable' | 'index';

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

/**
 * The storage namespace: `default` (the learner's own documents; also for no value) or a
 * workshop's `ws.<code>` (workshopNamespace in workshop.ts, after parseWorkshopCode). Taken as
 * given, never reshaped, so that no other value can reach the learner's own area or another
 * workshop's; anything else is a programming error.
 */
export function normalizeNamespace(namespace: string | undefined): string {
  const text = (namespace ?? '').trim();
  if (!text || text === 'default') return 'default';
  if (namespaceWorkshop(text) !== null) return text;
  throw new Error(`Not a storage namespace: ${JSON.stringify(namespace)}`);
}

export function storePrefix(namespace: string | undefined, exercise: string): string {
  return `${KEY_PREFIX}${normalizeNamespace(namespace)}:${exercise}:`;
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
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
  const random = options.random ?? Math.random;
  const prefix = storePrefix(options.namespace, def.id);
  adoptLegacyWorkshop(engine, normalizeNamespace(options.namespace));
  const INDEX = `${prefix}index`;
  const META = `${prefix}meta`;
  const DOC = `${prefix}doc:`;
  const QUARANTINE = `${prefix}quarantine:`;
  // One name per namespace, not per worksheet: `smc:v1:<namespace>:participant`.
  const PARTICIPANT = `${KEY_PREFIX}${normalizeNamespace(options.namespace)}:participant`;
  const docKey = (id: string) => `${DOC}${id}`;
  const listeners = new Set<(change: StoreChange) => void>();
  let reader = options.reader ?? null;
  /** Documents as this store last wrote or checked them, by id: raw text and value. */
  const known = new Map<string, { raw: string; doc: WorksheetDocument<T> }>();
  /** Set when a read met data it could not check for want of a reader. */
  let skipped = false;

  function emit(source: StoreChange['source']) {
    for (const listener of [...listeners]) listener({ source });
  }

  function quarantine(id: string, raw: string): string {
    const existing = engine
      .keys()
      .filter((key) => key.startsWith(`${QUARANTINE}${id}:`))
      .find((key) => engine.get(key) === raw);
    if (existing) return existing;
    let stamp = now().getTime();
    while (engine.get(`${QUARANTINE}${id}:${stamp}`) !== null) stamp++;
    const key = `${QUARANTINE}${id}:${stamp}`;
    engine.set(key, raw);
    return key;
  }

  function readIndex(): string[] {
    const raw = engine.get(INDEX);
    const docIds = engine
      .keys()
      .filter((key) => key.startsWith(DOC))
      .map((key) => key.slice(DOC.length))
      .sort();
    let ids: string[] = [];
    if (raw !== null) {
      const parsed = parseJson(raw);
      if (
        parsed.ok &&
        Array.isArray(parsed.value) &&
        parsed.value.every((x) => typeof x === 'string')
      ) {
        ids = parsed.value as string[];
      } else {
        quarantine('index', raw);
      }
    }
    // Documents whose index entry was lost (a crash between two writes, a broken index).
    const listed = new Set(ids);
    return [
      ...new Set(ids.filter((id) => docIds.includes(id))),
      ...docIds.filter((id) => !listed.has(id)),
    ];
  }

  function writeIndex(ids: string[]) {
    engine.set(INDEX, JSON.stringify(ids));
  }

  function diagnose(
    id: string,
    raw: string,
    read: DocumentReader<T>,
  ): { kind: ProblemKind; message: string } {
    if (id === 'index') return { kind: 'index', message: STORE_TEXT.problem.index };
    const parsed = parseJson(raw);
    if (!parsed.ok) return { kind: 'unreadable', message: STORE_TEXT.problem.unreadable };
    const result = read(parsed.value);
    if (result.ok) return { kind: 'invalid', message: STORE_TEXT.problem.invalid('') };
    switch (result.kind) {
      case 'newer':
        return {
          kind: 'newer',
          message: STORE_TEXT.problem.newer(result.version ?? 0, def.schemaVersion),
        };
      case 'wrong-exercise':
        return { kind: result.kind, message: STORE_TEXT.problem.wrongExercise };
      case 'migration':
        return { kind: result.kind, message: STORE_TEXT.problem.migrationFailed };
      default:
        return { kind: result.kind, message: STORE_TEXT.problem.invalid(result.message) };
    }
  }

  function problemAt(key: string): StoreProblem | null {
    const raw = engine.get(key);
    if (raw === null) return null;
    if (!reader) {
      skipped = true;
      return null;
    }
    const rest = key.slice(QUARANTINE.length);
    const cut = rest.lastIndexOf(':');
    const id = rest.slice(0, cut);
    const ms = Number(rest.slice(cut + 1));
    const at = Number.isFinite(ms) ? new Date(ms).toISOString() : '';
    return { key, id, raw, at, ...diagnose(id, raw, reader) };
  }

  /**
   * Read one stored document; anything unreadable is quarantined and reported. Without a
   * reader, only what this store wrote or checked before can be read.
   */
  function readStored(id: string): LoadResult<T> {
    const raw = engine.get(docKey(id));
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
      .filter((key) => key.startsWith(QUARANTINE))
      .sort()
      .map(problemAt)
      .filter((p): p is StoreProblem => p !== null);
  }

  function list(): StoreListing<T> {
    skipped = false;
    const docs: WorksheetDocument<T>[] = [];
    for (const id of readIndex()) {
      const result = readStored(id);
      if ('doc' in result) docs.push(result.doc);
    }
    const found = problems();
    return { docs, problems: found, incomplete: skipped };
  }

  function draft(title?: string, data?: T): WorksheetDocument<T> {
    return newDocument(def, { title, data: data && cloneData(data), now: now(), random });
  }

  /** The revision stored for `id` (its `updatedAt`), or null. */
  function storedRevision(id: string): string | null {
    const raw = engine.get(docKey(id));
    const seen = known.get(id);
    if (raw === null) return null;
    if (seen?.raw === raw) return seen.doc.updatedAt;
    const parsed = parseJson(raw);
    const value = parsed.ok ? (parsed.value as { updatedAt?: unknown } | null) : null;
    return typeof value?.updatedAt === 'string' ? value.updatedAt : null;
  }

  /** Now, or just after the stored revision: every write gets a revision of its own. */
  function nextRevision(id: string): string {
    const stamp = now().getTime();
    const prev = Date.parse(storedRevision(id) ?? '');
    return new Date(Number.isFinite(prev) && prev >= stamp ? prev + 1 : stamp).toISOString();
  }

  function save(doc: WorksheetDocument<T>): WorksheetDocument<T> {
    const saved: WorksheetDocument<T> = {
      ...doc,
      exercise: def.id,
      schemaVersion: def.schemaVersion,
      title: doc.title.trim() || def.defaultTitle,
      updatedAt: nextRevision(doc.id),
    };
    const raw = JSON.stringify(saved);
    // Read back through JSON, as a later visit would: no shared objects with the page.
    known.set(saved.id, { raw, doc: JSON.parse(raw) as WorksheetDocument<T> });
    const ids = readIndex();
    // Document first, index second: a crash in between leaves an orphan we still list.
    engine.set(docKey(saved.id), raw);
    const next = ids.includes(saved.id) ? ids : [...ids, saved.id];
    if (engine.get(INDEX) !== JSON.stringify(next)) writeIndex(next);
    emit('local');
    return saved;
  }

  /** Store `doc` as a new document right after `afterId`. */
  function saveCopy(doc: WorksheetDocument<T>, title: string, afterId: string) {
    let fresh = draft(title, doc.data);
    // Ids are random; never let a copy land on a stored document.
    while (engine.get(docKey(fresh.id)) !== null) fresh = draft(title, doc.data);
    const copy = save(fresh);
    const ids = readIndex().filter((x) => x !== copy.id);
    const at = ids.indexOf(afterId);
    ids.splice(at < 0 ? ids.length : at + 1, 0, copy.id);
    writeIndex(ids);
    emit('local');
    return copy;
  }

  function saveEdit(
    doc: WorksheetDocument<T>,
    base: WorksheetDocument<T> | null,
    merge: DocumentMerger | null,
  ): SaveOutcome<T> {
    const revision = storedRevision(doc.id);
    // New, deleted elsewhere, or unchanged since this page read it: a plain write.
    if (!base || revision === null || revision === base.updatedAt) {
      return { kind: 'saved', doc: save(doc) };
    }
    const stored = readStored(doc.id);
    // Unreadable data was set aside in quarantine by the read: this page's version replaces it.
    if ('problem' in stored && stored.problem) return { kind: 'saved', doc: save(doc) };
    if ('doc' in stored && merge) {
      const merged = merge(base, stored.doc, doc);
      if (merged.ok) return { kind: 'merged', doc: save({ ...doc, ...merged.value }) };
    }
    const title = doc.title.trim() || def.defaultTitle;
    return { kind: 'copied', doc: saveCopy(doc, `${title}${STORE_TEXT.otherTabSuffix}`, doc.id) };
  }

  function snapshot(keys: string[]): Map<string, string> {
    const saved = new Map<string, string>();
    for (const key of keys) {
      const value = engine.get(key);
      if (value !== null) saved.set(key, value);
    }
    return saved;
  }

  /** Undo for a change that touched `keys`: put every value back, drop keys that were new. */
  function restorer(saved: Map<string, string>, keys: string[]): () => void {
    return () => {
      for (const key of keys) {
        const value = saved.get(key);
        if (value === undefined) engine.remove(key);
        else engine.set(key, value);
      }
      emit('local');
    };
  }

  function meta(): StoreMeta {
    const raw = engine.get(META);
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
    engine.set(META, JSON.stringify(next));
    if (notify) emit('local');
  }

  return {
    prefix,
    list,
    load: readStored,
    draft,
    create(title, data) {
      return save(draft(title, data));
    },
    save,
    saveEdit,
    duplicate(id) {
      const loaded = readStored(id);
      if (!('doc' in loaded)) return null;
      return saveCopy(loaded.doc, `${loaded.doc.title}${STORE_TEXT.copySuffix}`, id);
    },
    remove(id) {
      const keys = [INDEX, docKey(id)];
      const saved = snapshot(keys);
      writeIndex(readIndex().filter((x) => x !== id));
      engine.remove(docKey(id));
      emit('local');
      return restorer(saved, keys);
    },
    clearAll() {
      const keys = engine.keys().filter((key) => key.startsWith(prefix));
      const saved = snapshot(keys);
      for (const key of keys) engine.remove(key);
      emit('local');
      return restorer(saved, keys);
    },
    clearNamespace() {
      const namespace = normalizeNamespace(options.namespace);
      // Only a workshop is cleared whole, never the learner's own documents.
      if (namespaceWorkshop(namespace) === null) throw new Error('Not a workshop namespace');
      const all = `${KEY_PREFIX}${namespace}:`;
      for (const key of engine.keys().filter((k) => k.startsWith(all))) engine.remove(key);
      emit('local');
    },
    participant: () => engine.get(PARTICIPANT) ?? '',
    setParticipant(name) {
      const value = name.slice(0, AUTHOR_MAX);
      if (value.trim()) engine.set(PARTICIPANT, value);
      else engine.remove(PARTICIPANT);
    },
    discardProblem(key) {
      const problem = problemAt(key);
      if (!problem) return () => {};
      const keys = [key];
      // The original stays only while it is readable by some version; drop it with its copy.
      if (engine.get(docKey(problem.id)) === problem.raw) keys.push(docKey(problem.id), INDEX);
      const saved = snapshot(keys);
      engine.remove(key);
      if (keys.length > 1) {
        engine.remove(docKey(problem.id));
        writeIndex(readIndex().filter((x) => x !== problem.id));
      }
      emit('local');
      return restorer(saved, keys);
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
      if (event.key === null || event.key.startsWith(prefix)) emit('external');
    },
    holdsData: () => engine.keys().some((key) => key.startsWith(prefix) && key !== META),
    hasReader: () => reader !== null,
    setReader(next) {
      reader = next;
    },
  };
}
