/**
 * What the 客户分级与流失预警 page needs to show and save documents. The schema (definition.ts,
 * with the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { GradingData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const gradingBasics: WorksheetBasics<GradingData> = {
  id: 'customer-grading',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const gradingWorksheet: LazyDefinition<GradingData> = {
  ...gradingBasics,
  load: () => import('./definition').then((m) => m.gradingDefinition),
};
