/**
 * Writing the document store: saving (with a revision of its own per write), merging an
 * edit with another tab's newer version, copies, and deletions that can be undone.
 */
import { cloneData, newDocument, type WorksheetBasics, type WorksheetDocument } from './document';
import type { DocumentMerger } from './merge';
import type { ResilientEngine } from './storage';
import type { DocumentStore, SaveOutcome, StoreChange } from './store';
import { namespaceWorkshop } from './workshop';
import type { StoreKeys } from './store-keys';
import type { KnownDocuments, StoreReading } from './store-read';
import { STORE_TEXT } from './strings';

export interface WriteContext<T> {
  def: WorksheetBasics<T>;
  engine: ResilientEngine;
  keys: StoreKeys;
  known: KnownDocuments<T>;
  reading: StoreReading<T>;
  now: () => Date;
  random: () => number;
  emit(source: StoreChange['source']): void;
}

export type StoreWrites<T> = Pick<
  DocumentStore<T>,
  | 'draft'
  | 'create'
  | 'save'
  | 'saveEdit'
  | 'duplicate'
  | 'remove'
  | 'clearAll'
  | 'clearNamespace'
  | 'discardProblem'
>;

export function createWrites<T>(ctx: WriteContext<T>): StoreWrites<T> {
  const { def, engine, keys, known, reading, now, random, emit } = ctx;
  const { index } = reading;

  function draft(title?: string, data?: T): WorksheetDocument<T> {
    return newDocument(def, { title, data: data && cloneData(data), now: now(), random });
  }

  /** Now, or just after the stored revision: every write gets a revision of its own. */
  function nextRevision(id: string): string {
    const stamp = now().getTime();
    const prev = Date.parse(reading.storedRevision(id) ?? '');
    return new Date(Number.isFinite(prev) && prev >= stamp ? prev + 1 : stamp).toISOString();
  }

  function save(doc: WorksheetDocument<T>): WorksheetDocument<T> {
    const saved: WorksheetDocument<T> = {
      ...doc,
      exercise: def.id,
      schemaVersion: def.schemaVersion,
      title: doc.title.trim() || def.defaultTitle,
      updatedAt: nextRevision(doc.id),
    };
    const raw = JSON.stringify(saved);
    // Read back through JSON, as a later visit would: no shared objects with the page.
    known.set(saved.id, { raw, doc: JSON.parse(raw) as WorksheetDocument<T> });
    const ids = index.read();
    // Document first, index second: a crash in between leaves an orphan we still list.
    engine.set(keys.docKey(saved.id), raw);
    const next = ids.includes(saved.id) ? ids : [...ids, saved.id];
    if (engine.get(keys.index) !== JSON.stringify(next)) index.write(next);
    emit('local');
    return saved;
  }

  /** Store `doc` as a new document right after `afterId`. */
  function saveCopy(doc: WorksheetDocument<T>, title: string, afterId: string) {
    let fresh = draft(title, doc.data);
    // Ids are random; never let a copy land on a stored document.
    while (engine.get(keys.docKey(fresh.id)) !== null) fresh = draft(title, doc.data);
    const copy = save(fresh);
    const ids = index.read().filter((x) => x !== copy.id);
    const at = ids.indexOf(afterId);
    ids.splice(at < 0 ? ids.length : at + 1, 0, copy.id);
    index.write(ids);
    emit('local');
    return copy;
  }

  function saveEdit(
    doc: WorksheetDocument<T>,
    base: WorksheetDocument<T> | null,
    merge: DocumentMerger | null,
  ): SaveOutcome<T> {
    const revision = reading.storedRevision(doc.id);
    // New, deleted elsewhere, or unchanged since this page read it: a plain write.
    if (!base || revision === null || revision === base.updatedAt) {
      return { kind: 'saved', doc: save(doc) };
    }
    const stored = reading.load(doc.id);
    // Unreadable data was set aside in quarantine by the read: this page's version replaces it.
    if ('problem' in stored && stored.problem) return { kind: 'saved', doc: save(doc) };
    if ('doc' in stored && merge) {
      const merged = merge(base, stored.doc, doc);
      if (merged.ok) return { kind: 'merged', doc: save({ ...doc, ...merged.value }) };
    }
    const title = doc.title.trim() || def.defaultTitle;
    return { kind: 'copied', doc: saveCopy(doc, `${title}${STORE_TEXT.otherTabSuffix}`, doc.id) };
  }

  /**
   * Run `change`, which touches only `touched`; the returned undo puts every value back and
   * drops keys that were new.
   */
  function undoable(touched: string[], change: () => void): () => void {
    const saved = new Map<string, string>();
    for (const key of touched) {
      const value = engine.get(key);
      if (value !== null) saved.set(key, value);
    }
    change();
    emit('local');
    return () => {
      for (const key of touched) {
        const value = saved.get(key);
        if (value === undefined) engine.remove(key);
        else engine.set(key, value);
      }
      emit('local');
    };
  }

  return {
    draft,
    create: (title, data) => save(draft(title, data)),
    save,
    saveEdit,
    duplicate(id) {
      const loaded = reading.load(id);
      if (!('doc' in loaded)) return null;
      return saveCopy(loaded.doc, `${loaded.doc.title}${STORE_TEXT.copySuffix}`, id);
    },
    remove(id) {
      return undoable([keys.index, keys.docKey(id)], () => {
        index.write(index.read().filter((x) => x !== id));
        engine.remove(keys.docKey(id));
      });
    },
    clearAll() {
      const touched = engine.keys().filter((key) => key.startsWith(keys.prefix));
      return undoable(touched, () => {
        for (const key of touched) engine.remove(key);
      });
    },
    clearNamespace() {
      // Only a workshop is cleared whole, never the learner's own documents.
      if (namespaceWorkshop(keys.name) === null) throw new Error('Not a workshop namespace');
      for (const key of engine.keys().filter((k) => k.startsWith(keys.namespace))) {
        engine.remove(key);
      }
      emit('local');
    },
    discardProblem(key) {
      const problem = reading.problemAt(key);
      if (!problem) return () => {};
      const docKey = keys.docKey(problem.id);
      // The original stays only while it is readable by some version; drop it with its copy.
      const withOriginal = engine.get(docKey) === problem.raw;
      const touched = withOriginal ? [key, docKey, keys.index] : [key];
      return undoable(touched, () => {
        engine.remove(key);
        if (withOriginal) {
          engine.remove(docKey);
          index.write(index.read().filter((x) => x !== problem.id));
        }
      });
    },
  };
}
