/**
 * A `#share=` or `#new=` link in the page address, decoded (loaded with the decoder when the
 * address holds one; see controller-links.ts).
 */
import type { Session } from './controller-session';
import type { ExerciseDefinition } from './document';
import { decodeFragment } from './share';

/** Show `#share=` read-only, or what `#new=` would start a document with, and ask. */
export function openFragment<T>(s: Session<T>, full: ExerciseDefinition<T>): void {
  const { location, random } = s.options;
  const fragment = decodeFragment(location.hash, full, { now: s.now, random });
  if (!fragment) return;
  if (fragment.kind === 'share') {
    const { result } = fragment;
    s.set({ shared: result.ok ? { doc: result.doc } : { error: result.message } });
    return;
  }
  if (!fragment.result.ok) {
    location.clearHash();
    s.set({ shared: { error: fragment.result.message } });
    return;
  }
  // Nothing is stored until the learner says so (saveSharedCopy), or declines (closeShared).
  s.set({ shared: { doc: s.store.draft(undefined, fragment.result.data), fromNewLink: true } });
}
