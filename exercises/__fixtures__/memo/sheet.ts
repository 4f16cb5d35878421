/** The memo as a spreadsheet: one sheet of its fields. */
import type { WorksheetDocument } from '../../core/document';
import { fieldsSheet, text, type Sheet } from '../../core/sheets';
import type { MemoData } from './schema';
import { FIELD, SHEET_NAME } from './strings';

export function memoSheets(doc: WorksheetDocument<MemoData>): Sheet[] {
  return [
    fieldsSheet(SHEET_NAME, doc, [
      [FIELD.topic, text(doc.data.topic)],
      [FIELD.notes, text(doc.data.notes)],
    ]),
  ];
}
