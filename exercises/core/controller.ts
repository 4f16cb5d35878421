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
 *
 * In parts: the state, document list and autosaved writes (controller-session.ts); the
 * document actions (controller-documents.ts); files (controller-transfer.ts, with
 * controller-import.ts loaded on the first import); the address's links and the worked example
 * (controller-links.ts, with controller-fragment.ts loaded for a link); workshops
 * (controller-workshop.ts).
 */
import type { SaveStatus } from './autosave';
import { documentActions } from './controller-documents';
import { linkActions } from './controller-links';
import { createSession } from './controller-session';
import { transferActions } from './controller-transfer';
import { workshopActions } from './controller-workshop';
import type { ExerciseDefinition, LazyDefinition, WorksheetDocument } from './document';
import type { DocumentReader } from './read-document';
import type { StorageEngine, StorageNotice } from './storage';
import type { StoreProblem } from './store';

/** The address fragment of a chapter's link that opens the worked example (`openExample`). */
export const EXAMPLE_HASH = '#example';

/** What the controller needs from the page's address. */
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
/** What a worksheet view can do: every function of the controller's `actions`. */
export type WorksheetActions<T> = WorksheetController<T>['actions'];

export function createWorksheetController<T>(
  def: WorksheetDefinition<T>,
  options: ControllerOptions<T>,
  onChange: (state: WorksheetState<T>) => void,
) {
  const s = createSession(def, options, onChange);
  const { store } = s;
  const links = linkActions(s);

  function begin(): Promise<void> {
    const listing = store.list();
    const last = store.meta().lastOpened;
    const first = listing.docs.find((d) => d.id === last) ?? listing.docs[0] ?? s.freshDraft();
    s.refresh({ source: 'local' }, first);
    return links.handleFragment();
  }

  return {
    /** What the views call; `useWorksheet` hands every one of them on. */
    actions: {
      ...documentActions(s),
      ...transferActions(s),
      ...links.actions,
      ...workshopActions(s),
    },
    /**
     * Read storage, then any share link in the address. Resolves when both are done. With
     * nothing stored (or the reader at hand) storage is read at once, before this returns.
     */
    start(): Promise<void> {
      if (store.hasReader() || !store.holdsData()) return begin();
      return s.ensureReader().then((ok) => (ok && !s.disposed() ? begin() : undefined));
    },
    getState: s.state,
    store,
    hasUnsavedWork: s.hasUnsavedWork,
    handleStorageEvent: store.handleStorageEvent,
    handleHashChange: links.handleFragment,
    dispose: s.dispose,
  };
}
