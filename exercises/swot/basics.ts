/**
 * What the SWOT page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { SwotData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

/** Where the SMART goal worksheet lives (转为 SMART 目标); pages pass it with the site's base path. */
export const DEFAULT_SMART_GOAL_HREF = '/exercises/smart-goal/';

export const swotBasics: WorksheetBasics<SwotData> = {
  id: 'swot',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
  /** The title follows 分析对象 until the learner renames the document. */
  titleFrom: (data) => data.subject,
};

export const swotWorksheet: LazyDefinition<SwotData> = {
  ...swotBasics,
  load: () => import('./definition').then((m) => m.swotDefinition),
};
