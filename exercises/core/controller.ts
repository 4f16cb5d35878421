/**
 * The worksheet controller: everything a worksheet page does with its documents — pick,
 * edit (autosaved), create, rename, duplicate, delete with undo, import, export, share
 * links, follow other tabs — as plain functions over a state object. No DOM and no
 * Preact: `useWorksheet` wires it to the page, tests drive it directly.
 *
 * Loading in stages: a page starts with the worksheet's basics. The schema and the reader
 * that checks stored data load when storage holds data for this worksheet (before `ready`)
 * or when another tab writes some; import and share links load what they need when used.
 * A first visit that only types never loads them.
 */
import { createAutosave, type SaveStatus } from './autosave';
import { toIsoDate } from './dates';
import type { ExerciseDefinition, LazyDefinition, WorksheetDocument } from './document';
import { exportDocument, MAX_IMPORT_BYTES } from './files';
import type { ImportResult } from './import-export';
import type { DocumentMerger } from './merge';
import type { DocumentReader } from './read-document';
import { needsExportReminder } from './reminder';
import type { ShareLinkResult } from './share';
import type { StorageEngine, StorageNotice } from './storage';
import {
  createDocumentStore,
  type DocumentStore,
  type SaveOutcome,
  type StoreChange,
  type StoreProblem,
} from './store';
import { FILE_TEXT, SHELL_TEXT } from './strings';

/** What the controller needs from the page's address. */
/** The address fragment of a chapter's link that opens the worked example (`openExample`). */
export const EXAMPLE_HASH = '#example';

export interface WorksheetLocation {
  readonly hash: string;
  readonly href: string;
  /** Remove `#share=…` / `#new=…` from the address bar without reloading. */
  clearHash(): void;
}

export interface WorksheetMessage {
  text: string;
  tone: 'info' | 'error';
  undo?: () => void;
}

/**
 * A link's document shown read-only until the learner saves it: someone's `#share=`, or the
 * content a `#new=` link would start a document with (`fromNewLink`); or why it cannot open.
 */
export type SharedView<T> =
  { doc: WorksheetDocument<T>; fromNewLink?: boolean } | { error: string };

export interface WorksheetState<T> {
  /** False until storage has been read (never on the server, nor in the first render). */
  ready: boolean;
  docs: WorksheetDocument<T>[];
  problems: StoreProblem[];
  current: WorksheetDocument<T>;
  /** The current document is not stored yet (a fresh, untouched one). */
  isDraft: boolean;
  status: SaveStatus;
  notice: StorageNotice | null;
  reminder: boolean;
  shared: SharedView<T> | null;
  /** Feedback on the last document action (with an undo after deletions). */
  message: WorksheetMessage | null;
  /** Feedback on the last import, export or share action. */
  transferMessage: WorksheetMessage | null;
  /** The participant's name in a workshop: written on exports and share links. */
  participant: string;
}

export interface ControllerOptions<T = never> {
  namespace?: string;
  engine: StorageEngine | null;
  location: WorksheetLocation;
  download(file: { filename: string; text: string; mimeType: string }): void;
  now?: () => Date;
  random?: () => number;
  autosaveDelay?: number;
  /** Content to start from when this namespace has no document yet (a worked example, say). */
  start?: () => { data: T; title?: string };
  /**
   * The worked example, opened when the address ends in `#example` (a chapter's link to its
   * worksheet): never over the learner's work, as a new document unless one already holds it.
   */
  example?: () => { data: T; title?: string };
  /** The stored-data reader, when it is at hand already (tests); otherwise loaded when needed. */
  reader?: DocumentReader<T>;
}

/** A full definition, or one whose schema loads on demand. */
export type WorksheetDefinition<T> = ExerciseDefinition<T> | LazyDefinition<T>;

/** A stand-in shown before storage is read: deterministic, so server and client agree. */
export function placeholderDocument<T>(def: WorksheetDefinition<T>): WorksheetDocument<T> {
  return {
    id: '',
    exercise: def.id,
    schemaVersion: def.schemaVersion,
    title: def.defaultTitle,
    createdAt: '',
    updatedAt: '',
    data: def.createData(),
  };
}

export function initialState<T>(def: WorksheetDefinition<T>): WorksheetState<T> {
  return {
    ready: false,
    docs: [],
    problems: [],
    current: placeholderDocument(def),
    isDraft: true,
    status: 'saved',
    notice: null,
    reminder: false,
    shared: null,
    message: null,
    transferMessage: null,
    participant: '',
  };
}

export type WorksheetController<T> = ReturnType<typeof createWorksheetController<T>>;

export function createWorksheetController<T>(
  def: WorksheetDefinition<T>,
  options: ControllerOptions<T>,
  onChange: (state: WorksheetState<T>) => void,
) {
  const now = options.now ?? (() => new Date());
  const store: DocumentStore<T> = createDocumentStore(def, {
    engine: options.engine,
    namespace: options.namespace,
    now,
    random: options.random,
    reader: options.reader,
  });
  const { location } = options;
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

  /** A document as handed in: with the participant's name when one is given. */
  function signed(doc: WorksheetDocument<T>): WorksheetDocument<T> {
    const author = store.participant().trim();
    return author ? { ...doc, author } : doc;
  }

  function set(patch: Partial<WorksheetState<T>>) {
    state = { ...state, ...patch };
    if (!disposed) onChange(state);
  }

  function fullDefinition(): Promise<ExerciseDefinition<T>> {
    return 'load' in def ? def.load() : Promise.resolve(def);
  }

  let readerLoad: Promise<boolean> | null = null;
  /** Load the schema and reader once; false (and a message) when they cannot be loaded. */
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
   * Write the open document as an edit of `base`. Another tab's newer version is merged, or
   * kept beside this page's (which then continues as a copy); either way the page says so.
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

  /** Re-read the list; after another tab's change, also the open document (if untouched here). */
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

  function info(text: string, undo?: () => void): WorksheetMessage {
    return { text, tone: 'info', undo };
  }

  /** Open `#share=` read-only, or show what `#new=` would start a document with, and ask. */
  async function handleFragment() {
    if (location.hash === EXAMPLE_HASH) return openExample();
    if (!/^#(share|new)=/.test(location.hash)) return;
    // lz-string, the decoder and the schema load only when a link needs them.
    let loaded;
    try {
      loaded = await Promise.all([import('./share'), fullDefinition()]);
    } catch {
      if (!disposed) set({ shared: { error: SHELL_TEXT.loadFailed } });
      return;
    }
    if (disposed) return;
    const [{ decodeFragment }, full] = loaded;
    const fragment = decodeFragment(location.hash, full, { now, random: options.random });
    if (!fragment) return;
    if (fragment.kind === 'share') {
      const { result } = fragment;
      set({ shared: result.ok ? { doc: result.doc } : { error: result.message } });
      return;
    }
    if (!fragment.result.ok) {
      location.clearHash();
      set({ shared: { error: fragment.result.message } });
      return;
    }
    // Nothing is stored until the learner says so (saveSharedCopy), or declines (closeShared).
    set({ shared: { doc: store.draft(undefined, fragment.result.data), fromNewLink: true } });
  }

  /** `#example`: the worked example (example-link.ts). The address loses the hash. */
  async function openExample() {
    location.clearHash();
    const example = options.example?.();
    const link = example && (await import('./example-link'));
    if (link && !disposed)
      link.openExample(example, state.isDraft, store, (doc, text) => {
        autosave.flush();
        open(doc, info(text));
      });
  }

  /** An unsaved first document: the frame's starting content, or an empty one. */
  function freshDraft() {
    const start = options.start?.();
    return start ? store.draft(start.title, start.data) : store.draft();
  }

  function begin(): Promise<void> {
    const listing = store.list();
    const last = store.meta().lastOpened;
    const first = listing.docs.find((d) => d.id === last) ?? listing.docs[0] ?? freshDraft();
    refresh({ source: 'local' }, first);
    return handleFragment();
  }

  /**
   * Read storage, then any share link in the address. Resolves when both are done. With
   * nothing stored (or the reader at hand) storage is read at once, before this returns.
   */
  function start(): Promise<void> {
    if (store.hasReader() || !store.holdsData()) return begin();
    return ensureReader().then((ok) => (ok && !disposed ? begin() : undefined));
  }

  // Keeps the list, problems and save state in step with every write (autosave included).
  const unsubscribe = store.subscribe((change) => {
    if (change.source === 'local' && fellBack()) memoryWrites = true;
    refresh(change);
  });

  function current() {
    return state.current;
  }

  /** Persist the open document now if it exists only in memory (before copying it, say). */
  function ensureStored(): WorksheetDocument<T> {
    autosave.flush();
    if (!state.isDraft) return state.current;
    return store.save(state.current);
  }

  const actions = {
    start,
    getState: () => state,
    store,
    /** Change the open document's data (and title); saved after a short pause. */
    update(next: T | ((prev: T) => T), title?: string) {
      if (!state.ready || state.shared) return;
      const prev = current();
      const data = typeof next === 'function' ? (next as (p: T) => T)(prev.data) : next;
      const doc = { ...prev, data, title: title ?? prev.title };
      autosave.schedule(doc);
      set({ current: doc });
    },
    /** Write pending edits now: the page calls this on pagehide and when it is hidden. */
    flush() {
      autosave.flush();
    },
    /**
     * Work that exists only in this page's memory (storage fell back to memory and something
     * was typed since): closing the page would lose it, so the page asks first.
     */
    hasUnsavedWork(): boolean {
      if (!fellBack()) return false;
      return autosave.pending() || (memoryWrites && store.list().docs.length > 0);
    },
    select(id: string) {
      if (id === state.current.id) return;
      autosave.flush();
      const loaded = store.load(id);
      if ('doc' in loaded) open(loaded.doc, null);
    },
    create() {
      autosave.flush();
      open(store.create(), info(SHELL_TEXT.created));
    },
    /** Start a new document with this content (a worked example, say). */
    createWith(data: T, title?: string, message: string = SHELL_TEXT.created) {
      autosave.flush();
      open(store.create(title, data), info(message));
    },
    rename(title: string) {
      autosave.flush();
      const outcome = writeCurrent({ ...current(), title });
      if (outcome.kind !== 'copied') open(outcome.doc, info(SHELL_TEXT.renamed(outcome.doc.title)));
    },
    duplicate() {
      const original = ensureStored();
      const copy = store.duplicate(original.id);
      if (copy) open(copy, info(SHELL_TEXT.duplicated(copy.title)));
    },
    remove() {
      autosave.flush();
      const removed = current();
      const undo = store.remove(removed.id);
      const listing = store.list();
      const restore = () => {
        undo();
        open(removed, info(SHELL_TEXT.restored(removed.title)));
      };
      open(listing.docs[0] ?? store.draft(), info(SHELL_TEXT.removed(removed.title), restore));
    },
    clearAll() {
      autosave.flush();
      const before = current();
      const undo = store.clearAll();
      const restore = () => {
        undo();
        open(before, null);
      };
      open(store.draft(), info(SHELL_TEXT.removed(def.title), restore));
    },
    /**
     * Shared devices: delete everything this namespace holds (every worksheet of the workshop)
     * and start afresh for the next participant. Pending edits are dropped with the rest.
     */
    resetNamespace(message: string) {
      autosave.flush();
      store.clearNamespace();
      state = { ...state, shared: null, transferMessage: null };
      open(freshDraft(), info(message));
    },
    dismissMessage() {
      set({ message: null, transferMessage: null });
    },
    exportCurrent() {
      const doc = ensureStored();
      const file = exportDocument(signed(doc), now());
      options.download(file);
      store.markExported(doc.id);
      state = { ...state, transferMessage: info(SHELL_TEXT.transfer.exported(file.filename)) };
      refresh();
    },
    exportProblem(problem: StoreProblem) {
      const unreadable = problem.kind === 'unreadable' || problem.kind === 'index';
      options.download({
        filename: `${def.id}-raw-${problem.id}-${toIsoDate(now())}.${unreadable ? 'txt' : 'json'}`,
        text: problem.raw,
        mimeType: unreadable ? 'text/plain' : 'application/json',
      });
    },
    discardProblem(problem: StoreProblem) {
      const undo = store.discardProblem(problem.key);
      state = {
        ...state,
        message: info(SHELL_TEXT.discardedProblem, () => {
          undo();
          refresh();
        }),
      };
      refresh();
    },
    /** Check a file's text and store it as a new document (the checks load on first use). */
    async importText(text: string): Promise<ImportResult<T>> {
      let loaded;
      try {
        loaded = await Promise.all([import('./import-export'), fullDefinition()]);
      } catch {
        const message = SHELL_TEXT.loadFailed;
        set({ transferMessage: { text: message, tone: 'error' } });
        return { ok: false, message };
      }
      const [{ parseImport }, full] = loaded;
      const result = parseImport(text, full, { now, random: options.random });
      if (!result.ok) {
        set({ transferMessage: { text: result.message, tone: 'error' } });
        return result;
      }
      autosave.flush();
      const saved = store.save(result.doc);
      store.markExported(saved.id);
      state = { ...state, transferMessage: info(SHELL_TEXT.transfer.imported(saved.title)) };
      open(saved, null);
      return { ok: true, doc: saved };
    },
    async importFile(file: Blob): Promise<ImportResult<T>> {
      if (file.size > MAX_IMPORT_BYTES) {
        const message = FILE_TEXT.tooLarge((file.size / 1024 / 1024).toFixed(1));
        set({ transferMessage: { text: message, tone: 'error' } });
        return { ok: false, message };
      }
      return actions.importText(await file.text());
    },
    async shareLink(): Promise<ShareLinkResult> {
      autosave.flush();
      const { encodeShareLink } = await import('./share');
      return encodeShareLink(signed(current()), location.href);
    },
    /** The participant's name (workshop mode), kept for every worksheet of the namespace. */
    setParticipant(name: string) {
      store.setParticipant(name);
      set({ participant: store.participant() });
    },
    setTransferMessage(message: WorksheetMessage | null) {
      set({ transferMessage: message });
    },
    saveSharedCopy() {
      const shared = state.shared;
      if (!shared || !('doc' in shared)) return;
      autosave.flush();
      const saved = store.save(shared.doc);
      location.clearHash();
      state = { ...state, shared: null };
      const done = shared.fromNewLink
        ? SHELL_TEXT.newFromLink
        : SHELL_TEXT.savedShared(saved.title);
      open(saved, info(done));
    },
    closeShared() {
      location.clearHash();
      set({ shared: null });
    },
    dismissReminder() {
      store.dismissReminder();
      set({ reminder: false });
    },
    /** The browser now allows storage (Storage Access API): keep the work there from now on. */
    adoptStorage(primary: StorageEngine, message: string): boolean {
      // Work written in memory is copied over; no longer "memory" (see hasUnsavedWork).
      return (
        store.adoptStorage(primary) &&
        (set({ notice: null, status: 'saved', message: info(message) }), true)
      );
    },
    handleStorageEvent(event: { key: string | null; newValue?: string | null }) {
      store.handleStorageEvent(event);
    },
    handleHashChange(): Promise<void> {
      return handleFragment();
    },
    dispose() {
      autosave.flush();
      unsubscribe();
      disposed = true;
    },
  };
  return actions;
}
