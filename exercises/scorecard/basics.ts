/**
 * What the 绩效计分卡 page needs to show and save documents. The schema (definition.ts, with the
 * validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { ScorecardData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const scorecardBasics: WorksheetBasics<ScorecardData> = {
  id: 'scorecard',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const scorecardWorksheet: LazyDefinition<ScorecardData> = {
  ...scorecardBasics,
  load: () => import('./definition').then((m) => m.scorecardDefinition),
};
