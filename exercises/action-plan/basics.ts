/**
 * What the 90 天行动计划 page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { ActionPlanData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const actionPlanBasics: WorksheetBasics<ActionPlanData> = {
  id: 'action-plan',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const actionPlanWorksheet: LazyDefinition<ActionPlanData> = {
  ...actionPlanBasics,
  load: () => import('./definition').then((m) => m.actionPlanDefinition),
};
