/**
 * A part of a worksheet whose code loads after the island: the guide questions, a results
 * section further down. The server renders it in full (readable without JavaScript, found by
 * search, printed); when the island hydrates, what the server drew is kept as it is; the
 * part's own code loads when it is needed and then draws it.
 *
 * Needed means: at once when the part mounts with nothing drawn (after hydration), or when
 * the caller says what the server drew is out of date (`now`: the document is not the blank
 * one the server rendered); with `onView`, also when the learner turns to the worksheet: it
 * comes near the screen by scrolling, the pointer moves over or touches the worksheet, or
 * anything in it receives focus (before a keyboard user can reach the part). A part that is
 * already in view when the page opens (the results pane beside the inputs on a wide screen)
 * shows the server's drawing of the blank document, which is what its code would draw, until
 * then; a visitor who only looks loads none of its code. A part whose content never changes
 * (no `now`, no `onView`) loads only if it is mounted afresh.
 *
 * Until then the server's markup stays, with its controls disabled, so that nothing typed
 * into it can be lost when it is replaced. If the code cannot load, the part is replaced by
 * a message.
 */
import { h, type ComponentType, type VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadOnce } from '../load-once';
import { LoadFailed } from './lazy';

export interface DeferredView<P> {
  /** The component once loaded. */
  component: ComponentType<P> | null;
  load(): Promise<ComponentType<P>>;
}

/**
 * The part's code, imported with `import()` so that it is a chunk of its own. The server must
 * have it before rendering: the module that declares the view loads it at its top level,
 * `if (import.meta.env.SSR) await view.load();` (a statement the client build drops).
 */
export function deferredView<P>(load: () => Promise<ComponentType<P>>): DeferredView<P> {
  const view: DeferredView<P> = {
    component: null,
    load: loadOnce(() => load().then((component) => (view.component = component))),
  };
  return view;
}

/** The learner turns to the worksheet: focus (keyboard), the pointer over it, a touch. */
const TURNED_TO = ['focusin', 'pointerover', 'touchstart'] as const;

/** Kept as the server drew it: Preact leaves an element's markup alone while hydrating. */
const KEEP = { __html: '' };

interface Props<P> {
  view: DeferredView<P>;
  props: P;
  /**
   * Names the part's element ids (`useId`), the same on server and client, apart from the
   * rest of the worksheet's: the island's own ids then match whether or not the part is drawn.
   */
  name: string;
  now?: boolean;
  onView?: boolean;
}

export function Deferred<P>({ view, props, name, now = false, onView = false }: Props<P>) {
  const [component, setComponent] = useState(() => view.component);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const mask = useRef<[string, number]>([name, 0]);

  // The server's controls cannot take input until the part's own code draws them.
  useEffect(() => {
    const controls = box.current?.querySelectorAll('input, select, textarea, button') ?? [];
    for (const control of controls) control.setAttribute('disabled', '');
  }, []);

  useEffect(() => {
    const el = box.current;
    if (component || failed || !el) return;
    let live = true;
    const load = () => {
      view.load().then(
        (loaded) => live && setComponent(() => loaded),
        () => live && setFailed(true),
      );
    };
    if (now || !el.hasChildNodes()) {
      load();
      return () => void (live = false);
    }
    if (!onView) return () => void (live = false);
    // The observer's first report on each element says where it is now: a part already near
    // the screen waits for the learner; one that comes near later (scrolling) loads.
    const reported = new Set<Element>();
    const seen = new IntersectionObserver(
      (entries) => {
        let came = false;
        for (const entry of entries) {
          if (reported.has(entry.target)) came ||= entry.isIntersecting;
          else reported.add(entry.target);
        }
        if (came) load();
      },
      { rootMargin: '100% 0px' },
    );
    // The wrapper has no box of its own (display: contents): watch what the server drew.
    for (const child of el.children) seen.observe(child);
    const worksheet = el.closest('.ws') ?? document;
    for (const type of TURNED_TO) worksheet.addEventListener(type, load, { passive: true });
    return () => {
      live = false;
      seen.disconnect();
      for (const type of TURNED_TO) worksheet.removeEventListener(type, load);
    };
  }, [component, failed, now, onView]);

  let vnode: VNode;
  if (component) vnode = <div class="ws-deferred">{h(component, props as never)}</div>;
  else if (failed)
    vnode = (
      <div class="ws-deferred">
        <LoadFailed />
      </div>
    );
  else vnode = <div class="ws-deferred" ref={box} dangerouslySetInnerHTML={KEEP} />;
  // Preact's useId counts per "mask" (its internal `_mask`, `__m` once built, as in
  // preact/compat's Suspense): the part counts on its own, so the ids of the rest of the
  // island are the same on server and client whether the part is drawn or kept.
  (vnode as unknown as { __m: [string, number] }).__m = mask.current;
  return vnode;
}
