/**
 * The saved shape of a 绩效计分卡 (schema version 1). Numbers are kept as the text the learner
 * typed ("1,200", "１５", "25%") and read when used, so nothing typed is lost and the saved JSON
 * never holds NaN. Every text and list has the size limits of core/limits.ts.
 */
import * as v from 'valibot';
import { id, list, text } from '../core/schema-limits';
import { CATEGORY_KEYS, DIRECTIONS, RULES } from './shape';

export const IndicatorSchema = v.object({
  /** Made by the model (i1, i2, …): members' 实际值 point at it. */
  id: id(),
  name: text(),
  /** Share of its category, in percent. */
  weight: text(),
  target: text(),
  rule: v.picklist(RULES),
  direction: v.picklist(DIRECTIONS),
  /** 封顶: the highest attainment that counts, in percent (linear and threshold rules). */
  cap: text(),
  /** 门槛: below this attainment, in percent, the indicator scores 0 (threshold rule). */
  threshold: text(),
});

export const CategorySchema = v.object({
  key: v.picklist(CATEGORY_KEYS),
  /** Share of the total score, in percent. */
  weight: text(),
  indicators: list(IndicatorSchema),
});

export const ActualSchema = v.object({ indicator: id(), value: text() });

export const MemberSchema = v.object({
  id: id(),
  name: text(),
  /** 实际值 per indicator (for a manual indicator: the score given, 1–100). */
  actuals: list(ActualSchema),
  /** 绩效面谈 record. */
  interviewDate: text(),
  strengths: text(),
  gaps: text(),
  actions: text(),
});

export const ScorecardSchema = v.object({
  /** 考核周期, e.g. 2026 年第四季度. */
  period: text(),
  categories: list(CategorySchema),
  members: list(MemberSchema),
});

export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type Category = v.InferOutput<typeof CategorySchema>;
export type Actual = v.InferOutput<typeof ActualSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type ScorecardData = v.InferOutput<typeof ScorecardSchema>;
