/**
 * The saved shape of a 提成方案测算 (schema version 1). Numbers are kept as the text the learner
 * typed ("6,000", "２%", "1.2") and read when used, so nothing typed is lost. Every text and
 * list has the size limits of core/limits.ts.
 */
import * as v from 'valibot';
import { ROWS_MAX } from '../core/limits';
import { id, list, text } from '../core/schema-limits';
import { BASES, METHODS } from './shape';

/** A 提成档位: from this attainment (percent of target) on, this commission rate (percent). */
export const TierSchema = v.object({
  id: id(),
  from: text(),
  rate: text(),
});

/** A 毛利系数 band: from this margin rate (percent) on, commission is multiplied by `factor`. */
export const MarginBandSchema = v.object({
  id: id(),
  from: text(),
  factor: text(),
});

export const RepSchema = v.object({
  id: id(),
  name: text(),
  target: text(),
  sales: text(),
  margin: text(),
  collected: text(),
  /** 个人绩效系数, e.g. 1.1 from the 绩效计分卡; empty means 1. */
  performance: text(),
});

export const CommissionSchema = v.object({
  /** 底薪 per month. */
  baseSalary: text(),
  base: v.picklist(BASES),
  method: v.picklist(METHODS),
  tiers: list(TierSchema),
  /** 回款比例: the share of commission paid in proportion to collected cash (percent). */
  collectionShare: text(),
  /** 封顶: the most commission a month; empty for none. */
  cap: text(),
  marginBands: list(MarginBandSchema),
  /** 测算目标: the target the chart and the checks use; empty takes the first rep's. */
  chartTarget: text(),
  reps: list(RepSchema, ROWS_MAX),
});

export type Tier = v.InferOutput<typeof TierSchema>;
export type MarginBand = v.InferOutput<typeof MarginBandSchema>;
export type Rep = v.InferOutput<typeof RepSchema>;
export type CommissionData = v.InferOutput<typeof CommissionSchema>;
