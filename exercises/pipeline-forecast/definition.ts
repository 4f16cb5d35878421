/**
 * The 销售漏斗预测 as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { pipelineBasics } from './basics';
import { PipelineSchema, type PipelineData } from './schema';
import { FORM, LABELS } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  periodName: LABELS.period,
  periodStart: FORM.periodStart,
  periodEnd: FORM.periodEnd,
  target: LABELS.target,
  closed: FORM.closed,
  stages: FORM.stagesHeading,
  id: '编号',
  name: FORM.stageName,
  probability: FORM.probability,
  deals: FORM.dealsHeading,
  customer: LABELS.customer,
  amount: LABELS.amount,
  stage: LABELS.stage,
  closeDate: LABELS.closeDate,
  owner: LABELS.owner,
  category: LABELS.category,
  history: FORM.historyHeading,
  period: FORM.historyPeriod,
  forecast: FORM.historyForecast,
  actual: FORM.historyActual,
};

export const pipelineDefinition: ExerciseDefinition<PipelineData> = {
  ...pipelineBasics,
  dataSchema: PipelineSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
