/**
 * JSON files: what export writes, and the size import accepts (import-export.ts reads them).
 */
import { toIsoDate } from './dates';
import type { WorksheetDocument } from './document';
import { safeFileName } from './text';

/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportedFile {
  text: string;
  filename: string;
  mimeType: 'application/json';
}

/** A file name like `smart-goal-华东区新客户开发-2026-11-28.json` (also for .xlsx and .csv). */
export function documentFileName(
  doc: { exercise: string; title: string },
  extension: string,
  now: Date,
): string {
  return `${safeFileName(doc.exercise)}-${safeFileName(doc.title, 'untitled')}-${toIsoDate(now)}.${extension}`;
}

/** Pretty JSON, named by `documentFileName`. */
export function exportDocument<T>(doc: WorksheetDocument<T>, now = new Date()): ExportedFile {
  return {
    text: `${JSON.stringify(doc, null, 2)}\n`,
    filename: documentFileName(doc, 'json', now),
    mimeType: 'application/json',
  };
}
