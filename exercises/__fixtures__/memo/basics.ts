/** What the memo page needs to show and save documents; the schema loads through `load`. */
import type { LazyDefinition, WorksheetBasics } from '../../core/document';
import { createData } from './model';
import type { MemoData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const memoBasics: WorksheetBasics<MemoData> = {
  id: 'memo',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const memoWorksheet: LazyDefinition<MemoData> = {
  ...memoBasics,
  load: () => import('./definition').then((m) => m.memoDefinition),
};
