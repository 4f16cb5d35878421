/**
 * The saved shape of a 销售漏斗预测 (schema version 1). Numbers are kept as the text the learner
 * typed ("1,200", "１５", "25%") and read when used, so nothing typed is lost. Every text and
 * list has the size limits of core/limits.ts.
 */
import * as v from 'valibot';
import { ROWS_MAX } from '../core/limits';
import { id, list, text } from '../core/schema-limits';
import { CATEGORIES } from './shape';

export const StageSchema = v.object({
  id: id(),
  name: text(),
  /** Win probability from this stage, in percent. */
  probability: text(),
});

export const DealSchema = v.object({
  id: id(),
  customer: text(),
  amount: text(),
  /** A stage's id. */
  stage: id(),
  /** 预计成交日期, YYYY-MM-DD or empty. */
  closeDate: text(),
  owner: text(),
  category: v.picklist(CATEGORIES),
});

export const PeriodResultSchema = v.object({
  /** The period's name, e.g. 2027 年 3 月. */
  period: text(),
  forecast: text(),
  actual: text(),
});

export const PipelineSchema = v.object({
  /** 预测期间: first and last day, YYYY-MM-DD. */
  periodName: text(),
  periodStart: text(),
  periodEnd: text(),
  /** 期间目标 and what is already closed in the period. */
  target: text(),
  closed: text(),
  stages: list(StageSchema),
  deals: list(DealSchema, ROWS_MAX),
  /** Forecast and actual per past period, for the accuracy over time. */
  history: list(PeriodResultSchema),
});

export type Stage = v.InferOutput<typeof StageSchema>;
export type Deal = v.InferOutput<typeof DealSchema>;
export type PeriodResult = v.InferOutput<typeof PeriodResultSchema>;
export type PipelineData = v.InferOutput<typeof PipelineSchema>;
