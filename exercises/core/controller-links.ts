/**
 * The worksheet controller and the page address: `#share=` (someone's document, read-only
 * until saved as a copy), `#new=` (content to start a document with, once the learner says
 * so), `#example` (the worked example), and making share links.
 */
import { EXAMPLE_HASH } from './controller';
import { info, type Session } from './controller-session';
import type { ShareLinkResult } from './share';
import { SHELL_TEXT } from './strings';

export function linkActions<T>(s: Session<T>) {
  const { store, options } = s;
  const { location } = options;

  /** Open `#share=` read-only, or show what `#new=` would start a document with, and ask. */
  async function handleFragment(): Promise<void> {
    if (location.hash === EXAMPLE_HASH) return openExample();
    if (!/^#(share|new)=/.test(location.hash)) return;
    // lz-string, the decoder and the schema load only when a link needs them.
    let loaded;
    try {
      loaded = await Promise.all([import('./controller-fragment'), s.fullDefinition()]);
    } catch {
      if (!s.disposed()) s.set({ shared: { error: SHELL_TEXT.loadFailed } });
      return;
    }
    if (!s.disposed()) loaded[0].openFragment(s, loaded[1]);
  }

  /** `#example`: the worked example (example-link.ts). The address loses the hash. */
  async function openExample() {
    location.clearHash();
    const example = options.example?.();
    const link = example && (await import('./example-link'));
    if (link && !s.disposed())
      link.openExample(example, s.state().isDraft, store, (doc, text) => {
        s.flush();
        s.open(doc, info(text));
      });
  }

  return {
    handleFragment,
    actions: {
      async shareLink(): Promise<ShareLinkResult> {
        s.flush();
        const { encodeShareLink } = await import('./share');
        return encodeShareLink(s.signed(s.state().current), location.href);
      },
      saveSharedCopy() {
        const shared = s.state().shared;
        if (!shared || !('doc' in shared)) return;
        s.flush();
        const saved = store.save(shared.doc);
        location.clearHash();
        s.patch({ shared: null });
        const done = shared.fromNewLink
          ? SHELL_TEXT.newFromLink
          : SHELL_TEXT.savedShared(saved.title);
        s.open(saved, info(done));
      },
      closeShared() {
        location.clearHash();
        s.set({ shared: null });
      },
    },
  };
}
