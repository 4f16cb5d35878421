/**
 * A module a view needs only in some cases (workshop mode, say), loaded the first time that
 * case arises rather than with the island; and what the view shows if it cannot load.
 */
import { useEffect, useState } from 'preact/hooks';
import { SHELL_TEXT } from '../strings';

/**
 * The module once loaded while `when` holds; null before that (and while `when` is false);
 * 'failed' if it could not be loaded (the view says so; nothing else changes).
 */
export function useLazy<M>(load: () => Promise<M>, when: boolean): M | 'failed' | null {
  const [loaded, setLoaded] = useState<M | 'failed' | null>(null);
  useEffect(() => {
    if (!when || loaded !== null) return;
    let live = true;
    load().then(
      (module) => live && setLoaded(module),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [when]);
  return when ? loaded : null;
}

/** In place of a part whose code could not load (offline, or the site was updated meanwhile). */
export function LoadFailed() {
  return (
    <p class="ws-notice ws-notice-warn" role="alert">
      {SHELL_TEXT.loadFailed}
    </p>
  );
}
