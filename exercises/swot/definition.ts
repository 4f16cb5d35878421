/**
 * The SWOT worksheet as the core sees it: id, schema, version and migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in schema.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { createData } from './model';
import { SCHEMA_VERSION, SwotSchema, type SwotData } from './schema';
import { DEFAULT_DOC_TITLE, FIELD_LABELS, TITLE } from './strings';

export const swotDefinition: ExerciseDefinition<SwotData> = {
  id: 'swot',
  title: TITLE,
  schemaVersion: SCHEMA_VERSION,
  dataSchema: SwotSchema,
  migrations: {},
  createData,
  defaultTitle: DEFAULT_DOC_TITLE,
  fieldLabels: FIELD_LABELS,
};
