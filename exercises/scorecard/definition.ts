/**
 * The 绩效计分卡 as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { scorecardBasics } from './basics';
import { ScorecardSchema, type ScorecardData } from './schema';
import { FIELD } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  period: FIELD.period,
  categories: '指标类别',
  key: '类别',
  weight: FIELD.weight,
  indicators: '指标',
  id: '编号',
  name: '名称',
  target: FIELD.target,
  rule: FIELD.rule,
  direction: FIELD.direction,
  cap: FIELD.cap,
  threshold: FIELD.threshold,
  members: '成员',
  actuals: FIELD.actual,
  indicator: '指标编号',
  value: FIELD.actual,
  interviewDate: FIELD.interviewDate,
  strengths: FIELD.strengths,
  gaps: FIELD.gaps,
  actions: FIELD.actions,
};

export const scorecardDefinition: ExerciseDefinition<ScorecardData> = {
  ...scorecardBasics,
  dataSchema: ScorecardSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
