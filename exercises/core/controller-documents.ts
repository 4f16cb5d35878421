/** The worksheet controller's document actions: edit, pick, create, rename, copy, delete. */
import { info, type Session } from './controller-session';
import { followTitle, isBlankData } from './document';
import { SHELL_TEXT } from './strings';

export function documentActions<T>(s: Session<T>) {
  const { store } = s;
  return {
    /** Change the open document's data (and title); saved after a short pause. */
    update(next: T | ((prev: T) => T), title?: string) {
      const state = s.state();
      if (!state.ready || state.shared) return;
      const prev = state.current;
      const data = typeof next === 'function' ? (next as (p: T) => T)(prev.data) : next;
      const followed = title ?? followTitle(s.def, prev.title, prev.data, data) ?? prev.title;
      s.edit({ ...prev, data, title: followed });
    },
    /**
     * 载入示例: the worked example in the open document while it is blank, else in a new
     * document, so that nobody's work is ever replaced.
     */
    loadExample() {
      const state = s.state();
      const example = s.options.example?.();
      if (!example || !state.ready || state.shared) return;
      const prev = state.current;
      if (isBlankData(s.def, prev.data)) {
        const named = prev.title === s.def.defaultTitle && example.title;
        s.edit({ ...prev, data: example.data, title: named || prev.title });
        s.set({ message: info(SHELL_TEXT.exampleLoaded) });
      } else {
        s.flush();
        s.open(store.create(example.title, example.data), info(SHELL_TEXT.exampleInNewDoc));
      }
    },
    /** Write pending edits now: the page calls this on pagehide and when it is hidden. */
    flush() {
      s.flush();
    },
    select(id: string) {
      if (id === s.state().current.id) return;
      s.flush();
      const loaded = store.load(id);
      if ('doc' in loaded) s.open(loaded.doc, null);
    },
    create() {
      s.flush();
      s.open(store.create(), info(SHELL_TEXT.created));
    },
    rename(title: string) {
      s.flush();
      const outcome = s.writeCurrent({ ...s.state().current, title });
      if (outcome.kind !== 'copied') {
        s.open(outcome.doc, info(SHELL_TEXT.renamed(outcome.doc.title)));
      }
    },
    duplicate() {
      const original = s.ensureStored();
      const copy = store.duplicate(original.id);
      if (copy) s.open(copy, info(SHELL_TEXT.duplicated(copy.title)));
    },
    remove() {
      s.flush();
      const removed = s.state().current;
      const undo = store.remove(removed.id);
      const listing = store.list();
      const restore = () => {
        undo();
        s.open(removed, info(SHELL_TEXT.restored(removed.title)));
      };
      s.open(listing.docs[0] ?? store.draft(), info(SHELL_TEXT.removed(removed.title), restore));
    },
    clearAll() {
      s.flush();
      const before = s.state().current;
      const undo = store.clearAll();
      const restore = () => {
        undo();
        s.open(before, null);
      };
      s.open(store.draft(), info(SHELL_TEXT.removed(s.def.title), restore));
    },
    dismissMessage() {
      s.set({ message: null, transferMessage: null });
    },
  };
}
