/**
 * Importing a JSON file (or a share link's value) as a NEW document, never overwriting.
 * Loaded on first use: it brings the reader and the schema. Export is in files.ts.
 */
import { createId, type ExerciseDefinition, type WorksheetDocument } from './document';
import { MAX_IMPORT_BYTES } from './files';
import { readDocument } from './read-document';
import { IMPORT_TEXT } from './check-strings';
import { FILE_TEXT } from './strings';
import { byteLength } from './text';

export type ImportResult<T> =
  { ok: true; doc: WorksheetDocument<T> } | { ok: false; message: string };

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
    return { ok: false, message: FILE_TEXT.tooLarge((size / 1024 / 1024).toFixed(1)) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: IMPORT_TEXT.notJson };
  }
  return importValue(value, def, options);
}
