/**
 * The worksheet controller's file actions: save the open document as a file, open a file as
 * a new document (the checks load on first use), and what to do with unreadable data.
 */
import type { WorksheetMessage } from './controller';
import { importFailed, info, type Session } from './controller-session';
import { toIsoDate } from './dates';
import { exportDocument, MAX_IMPORT_BYTES } from './files';
import type { ImportResult } from './import-export';
import type { StorageEngine } from './storage';
import type { StoreProblem } from './store';
import { FILE_TEXT, SHELL_TEXT } from './strings';

export function transferActions<T>(s: Session<T>) {
  const { store, options } = s;

  /** Check a file's text and store it as a new document. */
  async function importText(text: string): Promise<ImportResult<T>> {
    let loaded;
    try {
      loaded = await Promise.all([import('./controller-import'), s.fullDefinition()]);
    } catch {
      return importFailed(s, SHELL_TEXT.loadFailed);
    }
    return loaded[0].importDocument(s, text, loaded[1]);
  }

  return {
    exportCurrent() {
      const doc = s.ensureStored();
      const file = exportDocument(s.signed(doc), s.now());
      options.download(file);
      store.markExported(doc.id);
      s.patch({ transferMessage: info(SHELL_TEXT.transfer.exported(file.filename)) });
      s.refresh();
    },
    exportProblem(problem: StoreProblem) {
      const unreadable = problem.kind === 'unreadable' || problem.kind === 'index';
      options.download({
        filename: `${s.def.id}-raw-${problem.id}-${toIsoDate(s.now())}.${unreadable ? 'txt' : 'json'}`,
        text: problem.raw,
        mimeType: unreadable ? 'text/plain' : 'application/json',
      });
    },
    discardProblem(problem: StoreProblem) {
      const undo = store.discardProblem(problem.key);
      const restore = () => {
        undo();
        s.refresh();
      };
      s.patch({ message: info(SHELL_TEXT.discardedProblem, restore) });
      s.refresh();
    },
    importText,
    async importFile(file: Blob): Promise<ImportResult<T>> {
      if (file.size > MAX_IMPORT_BYTES) {
        return importFailed(s, FILE_TEXT.tooLarge((file.size / 1024 / 1024).toFixed(1)));
      }
      return importText(await file.text());
    },
    setTransferMessage(message: WorksheetMessage | null) {
      s.set({ transferMessage: message });
    },
    dismissReminder() {
      store.dismissReminder();
      s.set({ reminder: false });
    },
    /** The browser now allows storage (Storage Access API): keep the work there from now on. */
    adoptStorage(primary: StorageEngine, message: string): boolean {
      // Work written in memory is copied over; no longer "memory" (see hasUnsavedWork).
      if (!store.adoptStorage(primary)) return false;
      s.set({ notice: null, status: 'saved', message: info(message) });
      return true;
    },
  };
}
