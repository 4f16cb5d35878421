/**
 * The heart of the worksheet controller: its state, the document list read from the store,
 * the open document and its autosaved writes (merged with other tabs' when they overlap).
 * The controller's other parts (controller-*.ts) act through this.
 */
import { createAutosave } from './autosave';
import type { ExerciseDefinition, WorksheetDocument } from './document';
import type { ImportResult } from './import-export';
import type { DocumentMerger } from './merge';
import { needsExportReminder } from './reminder';
import {
  createDocumentStore,
  type DocumentStore,
  type SaveOutcome,
  type StoreChange,
} from './store';
import { SHELL_TEXT } from './strings';
import {
  initialState,
  type ControllerOptions,
  type WorksheetDefinition,
  type WorksheetMessage,
  type WorksheetState,
} from './controller';

export interface Session<T> {
  readonly def: WorksheetDefinition<T>;
  readonly options: ControllerOptions<T>;
  readonly store: DocumentStore<T>;
  now(): Date;
  state(): WorksheetState<T>;
  /** Change the state and tell the page. */
  set(patch: Partial<WorksheetState<T>>): void;
  /** Change the state quietly: the `open` or `refresh` that follows tells the page. */
  patch(patch: Partial<WorksheetState<T>>): void;
  disposed(): boolean;
  /** The full definition (schema and all), loaded when the worksheet's is lazy. */
  fullDefinition(): Promise<ExerciseDefinition<T>>;
  /** Load the schema and reader once; false (and a message) when they cannot be loaded. */
  ensureReader(): Promise<boolean>;
  /** Re-read the list; after another tab's change, also the open document (if untouched here). */
  refresh(change?: StoreChange, current?: WorksheetDocument<T>): void;
  open(doc: WorksheetDocument<T>, message?: WorksheetMessage | null): void;
  /** Write the open document as an edit of the version it was read from. */
  writeCurrent(doc: WorksheetDocument<T>): SaveOutcome<T>;
  /** Change the open document's data (and title); saved after a short pause. */
  edit(doc: WorksheetDocument<T>): void;
  /** Write pending edits now. */
  flush(): void;
  /** Persist the open document now if it exists only in memory (before copying it, say). */
  ensureStored(): WorksheetDocument<T>;
  /** An unsaved first document: the frame's starting content, or an empty one. */
  freshDraft(): WorksheetDocument<T>;
  /** A document as handed in: with the participant's name when one is given. */
  signed(doc: WorksheetDocument<T>): WorksheetDocument<T>;
  hasUnsavedWork(): boolean;
  dispose(): void;
}

export function info(text: string, undo?: () => void): WorksheetMessage {
  return { text, tone: 'info', undo };
}

/** An import that failed: the page says why, and nothing changes. */
export function importFailed<T>(s: Session<T>, message: string): ImportResult<T> {
  s.set({ transferMessage: { text: message, tone: 'error' } });
  return { ok: false, message };
}

export function createSession<T>(
  def: WorksheetDefinition<T>,
  options: ControllerOptions<T>,
  onChange: (state: WorksheetState<T>) => void,
): Session<T> {
  const now = options.now ?? (() => new Date());
  const store: DocumentStore<T> = createDocumentStore(def, {
    engine: options.engine,
    namespace: options.namespace,
    now,
    random: options.random,
    reader: options.reader,
  });
  let state: WorksheetState<T> = initialState(def);
  let disposed = false;
  /** The stored version the open document was read from or last written as (its revision). */
  let base: WorksheetDocument<T> | null = null;
  /** The three-way merge, loaded once another tab has written. */
  let merger: DocumentMerger | null = null;
  /** Something was written after storage fell back to memory: closing the page would lose it. */
  let memoryWrites = false;

  // Only a fallback counts as "memory": a memory engine passed in on purpose (tests) does not.
  const fellBack = () => store.notice() !== null;
  const autosave = createAutosave<WorksheetDocument<T>>({
    save: (doc) => {
      writeCurrent(doc);
    },
    isMemory: fellBack,
    delay: options.autosaveDelay,
    onStatus: (status) => set({ status, notice: store.notice() }),
  });

  function set(patch: Partial<WorksheetState<T>>) {
    state = { ...state, ...patch };
    if (!disposed) onChange(state);
  }

  function fullDefinition(): Promise<ExerciseDefinition<T>> {
    return 'load' in def ? def.load() : Promise.resolve(def);
  }

  let readerLoad: Promise<boolean> | null = null;
  function ensureReader(): Promise<boolean> {
    if (store.hasReader()) return Promise.resolve(true);
    readerLoad ??= Promise.all([fullDefinition(), import('./read-document')]).then(
      ([full, { documentReader }]) => {
        store.setReader(documentReader(full));
        return true;
      },
      () => {
        readerLoad = null;
        set({ message: { text: SHELL_TEXT.loadFailed, tone: 'error' } });
        return false;
      },
    );
    return readerLoad;
  }

  function ensureMerger() {
    if (merger) return;
    import('./merge').then(
      (m) => void (merger = m.mergeDocuments),
      // Without it, a conflicting write keeps both versions.
      () => {},
    );
  }

  /**
   * Another tab's newer version is merged, or kept beside this page's (which then continues
   * as a copy); either way the page says so.
   */
  function writeCurrent(doc: WorksheetDocument<T>): SaveOutcome<T> {
    const outcome = store.saveEdit(doc, base?.id === doc.id ? base : null, merger);
    base = outcome.doc;
    if (outcome.kind === 'merged') {
      set({ current: outcome.doc, message: info(SHELL_TEXT.mergedOtherTab) });
    } else if (outcome.kind === 'copied') {
      open(outcome.doc, info(SHELL_TEXT.keptBoth(doc.title, outcome.doc.title)));
    }
    return outcome;
  }

  function refresh(change: StoreChange = { source: 'local' }, current = state.current) {
    if (change.source === 'external') ensureMerger();
    const listing = store.list();
    if (listing.incomplete) {
      // Data this page has not checked yet (another tab wrote it): read it with the reader.
      void ensureReader().then((ok) => {
        if (ok && !disposed) refresh(change, current);
      });
      return;
    }
    let next = current;
    if (change.source === 'external' && !autosave.pending()) {
      const fresh = listing.docs.find((d) => d.id === current.id);
      const wasStored = state.docs.some((d) => d.id === current.id);
      if (fresh) next = fresh;
      else if (wasStored) next = listing.docs[0] ?? store.draft();
      if (next !== current) base = listing.docs.find((d) => d.id === next.id) ?? null;
    }
    if (base?.id !== next.id) base = listing.docs.find((d) => d.id === next.id) ?? null;
    set({
      ready: true,
      docs: listing.docs,
      problems: listing.problems,
      current: next,
      isDraft: !listing.docs.some((d) => d.id === next.id),
      notice: store.notice(),
      status: fellBack() && state.status === 'saved' ? 'memory' : state.status,
      reminder: !fellBack() && needsExportReminder(listing.docs, store.meta(), now()),
      participant: store.participant(),
    });
  }

  function open(doc: WorksheetDocument<T>, message: WorksheetMessage | null = state.message) {
    const loaded = store.load(doc.id);
    base = 'doc' in loaded ? loaded.doc : null;
    if (base) store.setLastOpened(doc.id);
    state = { ...state, message };
    refresh({ source: 'local' }, doc);
  }

  // Keeps the list, problems and save state in step with every write (autosave included).
  const unsubscribe = store.subscribe((change) => {
    if (change.source === 'local' && fellBack()) memoryWrites = true;
    refresh(change);
  });

  return {
    def,
    options,
    store,
    now,
    state: () => state,
    set,
    patch(patch) {
      state = { ...state, ...patch };
    },
    disposed: () => disposed,
    fullDefinition,
    ensureReader,
    refresh,
    open,
    writeCurrent,
    edit(doc) {
      autosave.schedule(doc);
      set({ current: doc });
    },
    flush: () => autosave.flush(),
    ensureStored() {
      autosave.flush();
      if (!state.isDraft) return state.current;
      return store.save(state.current);
    },
    freshDraft() {
      const start = options.start?.();
      return start ? store.draft(start.title, start.data) : store.draft();
    },
    signed(doc) {
      const author = store.participant().trim();
      return author ? { ...doc, author } : doc;
    },
    /**
     * Work that exists only in this page's memory (storage fell back to memory and something
     * was typed since): closing the page would lose it, so the page asks first.
     */
    hasUnsavedWork() {
      if (!fellBack()) return false;
      return autosave.pending() || (memoryWrites && store.list().docs.length > 0);
    },
    dispose() {
      autosave.flush();
      unsubscribe();
      disposed = true;
    },
  };
}
