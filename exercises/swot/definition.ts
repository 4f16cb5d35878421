/**
 * The SWOT worksheet as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { swotBasics } from './basics';
import { SwotSchema, type SwotData } from './schema';
import { FIELD, QUADRANT_NAME } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  ...FIELD,
  items: '条目',
  strategies: 'TOWS 策略',
  ...QUADRANT_NAME,
  SO: 'SO 策略',
  WO: 'WO 策略',
  ST: 'ST 策略',
  WT: 'WT 策略',
  id: '编号',
  text: '内容',
  importance: '重要性',
  evidence: '依据',
  refs: '依据的条目',
};

export const swotDefinition: ExerciseDefinition<SwotData> = {
  ...swotBasics,
  dataSchema: SwotSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
