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
 */
import {
  cloneData,
  newDocument,
  type ExerciseDefinition,
  type WorksheetDocument,
} from './document';
import { readDocument, type ReadProblemKind } from './read-document';
import {
  createResilientEngine,
  KEY_PREFIX,
  type ResilientEngine,
  type StorageEngine,
  type StorageNotice,
} from './storage';
import { STORE_TEXT } from './strings';
import { validateData } from './validate';

export interface StoreOptions {
  engine: StorageEngine | null;
  namespace?: string;
  now?: () => Date;
  random?: () => number;
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
}

export type LoadResult<T> = { doc: WorksheetDocument<T> } | { problem: StoreProblem | null };

export type SaveResult<T> =
  { ok: true; doc: WorksheetDocument<T> } | { ok: false; message: string };

export interface StoreMeta {
  /** Document id → ISO date of its last export. */
  exported: Record<string, string>;
  /** ISO date the export reminder was dismissed. */
  reminderDismissedAt?: string;
  /** Document the user had open last. */
  lastOpened?: string;
}

export type StoreChange = { source: 'local' | 'external' };

export interface DocumentStore<T> {
  readonly prefix: string;
  list(): StoreListing<T>;
  load(id: string): LoadResult<T>;
  /** An unsaved document; it is stored by its first `save`. */
  draft(title?: string, data?: T): WorksheetDocument<T>;
  create(title?: string, data?: T): WorksheetDocument<T>;
  /** Validate and write; sets `updatedAt` and adds the id to the index if new. */
  save(doc: WorksheetDocument<T>): SaveResult<T>;
  rename(id: string, title: string): SaveResult<T>;
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
  /** Drop a quarantined copy (and the unreadable original); returns an undo. */
  discardProblem(key: string): () => void;
  meta(): StoreMeta;
  markExported(id: string): void;
  dismissReminder(): void;
  setLastOpened(id: string): void;
  /** 'memory' once writes fall back to memory for this session. */
  mode(): 'local' | 'memory';
  notice(): StorageNotice | null;
  subscribe(listener: (change: StoreChange) => void): () => void;
  /** Feed `storage` events from other tabs (`window.addEventListener('storage', …)`). */
  handleStorageEvent(event: { key: string | null; newValue?: string | null }): void;
}

/** Namespaces come from URLs (`?ns=<workshop code>`): keep them short and key-safe. */
export function normalizeNamespace(namespace: string | undefined): string {
  const clean = (namespace ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return clean || 'default';
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
  def: ExerciseDefinition<T>,
  options: StoreOptions,
): DocumentStore<T> {
  const engine: ResilientEngine =
    options.engine && 'onNotice' in options.engine
      ? (options.engine as ResilientEngine)
      : createResilientEngine(options.engine);
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const prefix = storePrefix(options.namespace, def.id);
  const INDEX = `${prefix}index`;
  const META = `${prefix}meta`;
  const DOC = `${prefix}doc:`;
  const QUARANTINE = `${prefix}quarantine:`;
  const docKey = (id: string) => `${DOC}${id}`;
  const listeners = new Set<(change: StoreChange) => void>();

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

  function diagnose(id: string, raw: string): { kind: ProblemKind; message: string } {
    if (id === 'index') return { kind: 'index', message: STORE_TEXT.problem.index };
    const parsed = parseJson(raw);
    if (!parsed.ok) return { kind: 'unreadable', message: STORE_TEXT.problem.unreadable };
    const read = readDocument(def, parsed.value);
    if (read.ok) return { kind: 'invalid', message: STORE_TEXT.problem.invalid('') };
    switch (read.kind) {
      case 'newer':
        return {
          kind: 'newer',
          message: STORE_TEXT.problem.newer(read.version ?? 0, def.schemaVersion),
        };
      case 'wrong-exercise':
        return { kind: read.kind, message: STORE_TEXT.problem.wrongExercise };
      case 'migration':
        return { kind: read.kind, message: STORE_TEXT.problem.migrationFailed };
      default:
        return { kind: read.kind, message: STORE_TEXT.problem.invalid(read.message) };
    }
  }

  function problemAt(key: string): StoreProblem | null {
    const raw = engine.get(key);
    if (raw === null) return null;
    const rest = key.slice(QUARANTINE.length);
    const cut = rest.lastIndexOf(':');
    const id = rest.slice(0, cut);
    const ms = Number(rest.slice(cut + 1));
    const at = Number.isFinite(ms) ? new Date(ms).toISOString() : '';
    return { key, id, raw, at, ...diagnose(id, raw) };
  }

  /** Read one stored document; anything unreadable is quarantined and reported. */
  function readStored(id: string): LoadResult<T> {
    const raw = engine.get(docKey(id));
    if (raw === null) return { problem: null };
    const parsed = parseJson(raw);
    const read = parsed.ok ? readDocument(def, parsed.value) : null;
    if (read?.ok && read.doc.id === id) return { doc: read.doc };
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
    const docs: WorksheetDocument<T>[] = [];
    for (const id of readIndex()) {
      const result = readStored(id);
      if ('doc' in result) docs.push(result.doc);
    }
    return { docs, problems: problems() };
  }

  function draft(title?: string, data?: T): WorksheetDocument<T> {
    return newDocument(def, { title, data: data && cloneData(data), now: now(), random });
  }

  function save(doc: WorksheetDocument<T>): SaveResult<T> {
    const valid = validateData(def, doc.data);
    if (!valid.ok) return { ok: false, message: valid.message };
    const saved: WorksheetDocument<T> = {
      ...doc,
      exercise: def.id,
      schemaVersion: def.schemaVersion,
      title: doc.title.trim() || def.defaultTitle,
      updatedAt: now().toISOString(),
      data: valid.value,
    };
    const ids = readIndex();
    // Document first, index second: a crash in between leaves an orphan we still list.
    engine.set(docKey(saved.id), JSON.stringify(saved));
    const next = ids.includes(saved.id) ? ids : [...ids, saved.id];
    if (engine.get(INDEX) !== JSON.stringify(next)) writeIndex(next);
    emit('local');
    return { ok: true, doc: saved };
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
      const doc = draft(title, data);
      const result = save(doc);
      return result.ok ? result.doc : doc;
    },
    save,
    rename(id, title) {
      const loaded = readStored(id);
      if (!('doc' in loaded)) return { ok: false, message: '' };
      return save({ ...loaded.doc, title });
    },
    duplicate(id) {
      const loaded = readStored(id);
      if (!('doc' in loaded)) return null;
      const copy = draft(`${loaded.doc.title}${STORE_TEXT.copySuffix}`, loaded.doc.data);
      const result = save(copy);
      if (!result.ok) return null;
      // Place the copy right after its original.
      const ids = readIndex().filter((x) => x !== copy.id);
      ids.splice(ids.indexOf(id) + 1, 0, copy.id);
      writeIndex(ids);
      emit('local');
      return result.doc;
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
      const all = `${KEY_PREFIX}${normalizeNamespace(options.namespace)}:`;
      for (const key of engine.keys().filter((k) => k.startsWith(all))) engine.remove(key);
      emit('local');
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
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    handleStorageEvent(event) {
      // After falling back to memory we work on a private copy: other tabs no longer apply.
      if (engine.notice()) return;
      if (event.key === null || event.key.startsWith(prefix)) emit('external');
    },
  };
}
