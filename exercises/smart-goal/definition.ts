/**
 * The SMART worksheet as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { smartGoalBasics } from './basics';
import { SmartGoalSchema, type SmartGoalData } from './schema';
import { FIELD } from './strings';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  ...FIELD,
  date: '日期',
  description: '描述',
  cascade: '目标分解',
  mode: '分解方式',
  basis: '分解基数',
  topWeights: '期间权重',
  subWeights: '细分权重',
  topOverrides: '期间手动指标',
  members: '成员',
  fiscalStart: '财年起始月',
  actuals: '实际完成',
  weight: '权重',
  override: '手动指标',
};

export const smartGoalDefinition: ExerciseDefinition<SmartGoalData> = {
  ...smartGoalBasics,
  dataSchema: SmartGoalSchema,
  migrations: {
    // Version 1 had fixed 1–12 月 periods and no actuals: a fiscal year from January keeps them.
    1: (data: unknown) => {
      const old = data as { cascade?: Record<string, unknown> } | null;
      if (!old || typeof old !== 'object' || !old.cascade || typeof old.cascade !== 'object')
        return data;
      return { ...old, cascade: { fiscalStart: 1, actuals: [], ...old.cascade } };
    },
  },
  fieldLabels: FIELD_LABELS,
};
