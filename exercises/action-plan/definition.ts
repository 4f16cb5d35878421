/**
 * The 90 天行动计划 as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { actionPlanBasics } from './basics';
import { ActionPlanSchema, type ActionPlanData } from './schema';
import { FIELD } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  start: FIELD.start,
  phases: '阶段',
  goals: FIELD.goal,
  actions: FIELD.action,
  text: '内容',
  owner: FIELD.owner,
  due: FIELD.due,
  status: FIELD.status,
  review: FIELD.review,
  result: FIELD.result,
  cause: FIELD.cause,
  focus: FIELD.focus,
};

export const actionPlanDefinition: ExerciseDefinition<ActionPlanData> = {
  ...actionPlanBasics,
  dataSchema: ActionPlanSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
