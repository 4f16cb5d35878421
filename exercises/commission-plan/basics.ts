/**
 * What the 提成方案测算 page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { CommissionData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const commissionBasics: WorksheetBasics<CommissionData> = {
  id: 'commission-plan',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const commissionWorksheet: LazyDefinition<CommissionData> = {
  ...commissionBasics,
  load: () => import('./definition').then((m) => m.commissionDefinition),
};
