/**
 * What the SMART page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { SmartGoalData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const smartGoalBasics: WorksheetBasics<SmartGoalData> = {
  id: 'smart-goal',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
  /** The title follows 目标名称 until the learner renames the document. */
  titleFrom: (data) => data.name,
};

export const smartGoalWorksheet: LazyDefinition<SmartGoalData> = {
  ...smartGoalBasics,
  load: () => import('./definition').then((m) => m.smartGoalDefinition),
};
