/**
 * What the 销售漏斗预测 page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { PipelineData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const pipelineBasics: WorksheetBasics<PipelineData> = {
  id: 'pipeline-forecast',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
};

export const pipelineWorksheet: LazyDefinition<PipelineData> = {
  ...pipelineBasics,
  load: () => import('./definition').then((m) => m.pipelineDefinition),
};
