/**
 * The 提成方案测算 as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { commissionBasics } from './basics';
import { CommissionSchema, type CommissionData } from './schema';
import { FORM, LABELS } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  baseSalary: LABELS.baseSalary,
  base: LABELS.base,
  method: LABELS.method,
  tiers: LABELS.tiers,
  id: '编号',
  from: FORM.tierFrom,
  rate: FORM.tierRate,
  collectionShare: LABELS.collectionShare,
  cap: LABELS.cap,
  marginBands: FORM.marginHeading,
  factor: FORM.bandFactor,
  chartTarget: LABELS.chartTarget,
  reps: FORM.repsHeading,
  name: LABELS.rep,
  target: LABELS.target,
  sales: LABELS.sales,
  margin: LABELS.margin,
  collected: LABELS.collected,
  performance: LABELS.performance,
};

export const commissionDefinition: ExerciseDefinition<CommissionData> = {
  ...commissionBasics,
  dataSchema: CommissionSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
