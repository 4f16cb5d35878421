/**
 * JSON files: export one document, import one as a NEW document (never overwriting).
 */
import { createId, type ExerciseDefinition, type WorksheetDocument } from './document';
import { toIsoDate } from './dates';
import { readDocument } from './read-document';
import { IMPORT_TEXT } from './strings';
import { byteLength, safeFileName } from './text';

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportedFile {
  text: string;
  filename: string;
  mimeType: 'application/json';
}

export type ImportResult<T> =
  { ok: true; doc: WorksheetDocument<T> } | { ok: false; message: string };

/** Pretty JSON and a name like `smart-goal-华东区新客户开发-2026-11-28.json`. */
export function exportDocument<T>(doc: WorksheetDocument<T>, now = new Date()): ExportedFile {
  return {
    text: `${JSON.stringify(doc, null, 2)}\n`,
    filename: `${safeFileName(doc.exercise)}-${safeFileName(doc.title, 'untitled')}-${toIsoDate(now)}.json`,
    mimeType: 'application/json',
  };
}

export interface ImportOptions {
  now?: () => Date;
  random?: () => number;
}

/**
 * Check an already-parsed value and turn it into a new document: a fresh id and dates,
 * migrated to the current schema. Used by file import and share links.
 */
export function importValue<T>(
  value: unknown,
  def: ExerciseDefinition<T>,
  options: ImportOptions = {},
): ImportResult<T> {
  const now = (options.now ?? (() => new Date()))();
  const stamp = now.toISOString();
  const id = createId(now, options.random ?? Math.random);
  const read = readDocument(def, value, { lenient: { id, now: stamp } });
  if (!read.ok) return { ok: false, message: read.message };
  return { ok: true, doc: { ...read.doc, id, createdAt: stamp, updatedAt: stamp } };
}

/** Parse the text of an imported file, with a Chinese message for each way it can fail. */
export function parseImport<T>(
  text: string,
  def: ExerciseDefinition<T>,
  options: ImportOptions = {},
): ImportResult<T> {
  const size = byteLength(text);
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, message: IMPORT_TEXT.tooLarge((size / 1024 / 1024).toFixed(1)) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: IMPORT_TEXT.notJson };
  }
  return importValue(value, def, options);
}
