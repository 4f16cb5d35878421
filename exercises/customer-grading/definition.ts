/**
 * The 客户分级与流失预警 as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { gradingBasics } from './basics';
import { GradingSchema, type GradingData } from './schema';
import { DIMENSION_LABELS, FORM, LABELS } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  team: LABELS.team,
  reviewed: LABELS.reviewed,
  customers: FORM.customersHeading,
  id: '编号',
  name: LABELS.name,
  revenue: LABELS.revenue,
  ...DIMENSION_LABELS,
  signals: LABELS.signals,
  action: LABELS.action,
  owner: LABELS.owner,
  due: LABELS.due,
};

export const gradingDefinition: ExerciseDefinition<GradingData> = {
  ...gradingBasics,
  dataSchema: GradingSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
