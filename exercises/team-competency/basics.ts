/**
 * What the 团队能力评估 page needs to show and save documents. The schema (definition.ts, with
 * the validation library) loads through `load` when stored or imported data must be checked.
 */
import type { LazyDefinition, WorksheetBasics } from '../core/document';
import { createData } from './model';
import type { TeamCompetencyData } from './schema';
import { SCHEMA_VERSION } from './shape';
import { DEFAULT_DOC_TITLE, TITLE } from './strings';

export const teamCompetencyBasics: WorksheetBasics<TeamCompetencyData> = {
  id: 'team-competency',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
  /** The title follows 团队名称 until the learner renames the document. */
  titleFrom: (data) => data.team,
};

export const teamCompetencyWorksheet: LazyDefinition<TeamCompetencyData> = {
  ...teamCompetencyBasics,
  load: () => import('./definition').then((m) => m.teamCompetencyDefinition),
};
