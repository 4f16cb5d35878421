/**
 * The hook a worksheet view uses: it owns the store, autosave and the page wiring
 * (other tabs' `storage` events, flushing on `pagehide` and when the page is hidden,
 * `hashchange` for share links, and a prompt before closing while work is only in memory). The first render touches neither storage nor
 * `location`: the island is rendered on the server, then hydrated, then loaded here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  createWorksheetController,
  initialState,
  placeholderDocument,
  type WorksheetActions,
  type WorksheetController,
  type WorksheetDefinition,
  type WorksheetLocation,
  type WorksheetState,
} from '../controller';
import type { WorksheetDocument } from '../document';
import type { DocumentReader } from '../read-document';
import { openBrowserStorage, type StorageEngine } from '../storage';
import { browserLocation, downloadText } from './browser';

export interface UseWorksheetOptions<T = never> {
  /** Touch no storage yet: the frame is still reading its options (see FrameProps.hold). */
  hold?: boolean;
  /** Storage namespace chosen by the frame (`workshopNamespace(code)`, say); default `default`. */
  namespace?: string;
  /** Defaults to the page address. */
  location?: WorksheetLocation;
  /** Defaults to `openBrowserStorage()`: localStorage if it passes a write test, else memory. */
  engine?: StorageEngine | null;
  now?: () => Date;
  random?: () => number;
  autosaveDelay?: number;
  download?: (file: { filename: string; text: string; mimeType: string }) => void;
  /** Content to start from when the namespace has no document yet (`?example=1`). */
  start?: () => { data: T; title?: string };
  /** The worked example, opened by a chapter's link ending in `#example`. */
  example?: () => { data: T; title?: string };
  /** The stored-data reader when it is at hand (tests); pages load it when they need it. */
  reader?: DocumentReader<T>;
}

/** Every action of the controller, no other: the type follows the controller's `actions`. */
export type Actions<T> = WorksheetActions<T>;
export type Worksheet<T> = WorksheetState<T> & {
  actions: Actions<T>;
  now(): Date;
  /** A fresh, empty document (the definition's `createData()`), e.g. to print a blank form. */
  blank(): WorksheetDocument<T>;
};

export function useWorksheet<T>(
  def: WorksheetDefinition<T>,
  options: UseWorksheetOptions<NoInfer<T>> = {},
): Worksheet<T> {
  const [state, setState] = useState<WorksheetState<T>>(() => initialState(def));
  const controller = useRef<WorksheetController<T> | null>(null);
  const opts = useRef(options);
  opts.current = options;

  useEffect(() => {
    const o = opts.current;
    if (o.hold) return;
    const c = createWorksheetController(
      def,
      {
        namespace: o.namespace,
        engine: o.engine !== undefined ? o.engine : openBrowserStorage(),
        location: o.location ?? browserLocation(),
        download: o.download ?? downloadText,
        now: o.now,
        random: o.random,
        autosaveDelay: o.autosaveDelay,
        start: o.start,
        example: o.example,
        reader: o.reader,
      },
      setState,
    );
    controller.current = c;
    void c.start();

    const onStorage = (e: StorageEvent) => c.handleStorageEvent(e);
    const onPageHide = () => c.actions.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') c.actions.flush();
    };
    const onHash = () => void c.handleHashChange();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('hashchange', onHash);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('hashchange', onHash);
      document.removeEventListener('visibilitychange', onVisibility);
      c.dispose();
      controller.current = null;
    };
  }, [def, options.namespace, options.hold]);

  // Storage fell back to memory: closing the page would drop what was typed since, so the
  // browser asks first. Listening only in that mode keeps the page fit for the back/forward cache.
  const inMemory = state.notice !== null;
  useEffect(() => {
    if (!inMemory) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!controller.current?.hasUnsavedWork()) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [inMemory]);

  // Stable action functions that reach the live controller (no-ops before it exists). The
  // names are the controller's own: whatever `actions` holds is bound when first asked for.
  const actions = useMemo(() => bindActions<Actions<T>>(() => controller.current?.actions), []);
  return {
    ...state,
    actions,
    now: () => (opts.current.now ?? (() => new Date()))(),
    blank: () => placeholderDocument(def),
  };
}

/**
 * A stand-in for the `actions` of whichever controller `live()` returns: each of its names is
 * a function, the same one on every read, that calls the live controller's action of that
 * name. Before there is a controller (the first render, `hold`) they do nothing; once there
 * is one, a name it does not have reads as undefined.
 */
export function bindActions<A extends object>(live: () => A | undefined): A {
  const bound: Record<PropertyKey, unknown> = {};
  return new Proxy(bound, {
    get(_, name) {
      const target = live() as Record<PropertyKey, unknown> | undefined;
      if (target && typeof target[name] !== 'function') return undefined;
      return (bound[name] ??= (...args: unknown[]) =>
        (live() as Record<PropertyKey, ((...a: unknown[]) => unknown) | undefined> | undefined)?.[
          name
        ]?.(...args));
    },
  }) as A;
}
