/** The memo as the core sees it when it checks data: basics, schema, migrations. */
import type { ExerciseDefinition } from '../../core/document';
import { memoBasics } from './basics';
import { MemoSchema, type MemoData } from './schema';
import { FIELD } from './strings';

export const memoDefinition: ExerciseDefinition<MemoData> = {
  ...memoBasics,
  dataSchema: MemoSchema,
  migrations: {},
  fieldLabels: FIELD,
};
