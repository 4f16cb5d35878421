/**
 * The 团队能力评估 worksheet as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { teamCompetencyBasics } from './basics';
import { TeamCompetencySchema, type TeamCompetencyData } from './schema';
import { FIELD } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  team: FIELD.team,
  date: FIELD.date,
  people: '成员',
  id: '编号',
  name: FIELD.name,
  rater: FIELD.rater,
  scores: FIELD.score,
  second: '第二评分人',
  others: '第二评分人的评分',
  plan: '个人发展计划',
  item: '能力',
  action: FIELD.action,
  resource: FIELD.resource,
  due: FIELD.due,
  measure: FIELD.measure,
};

export const teamCompetencyDefinition: ExerciseDefinition<TeamCompetencyData> = {
  ...teamCompetencyBasics,
  dataSchema: TeamCompetencySchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
