/**
 * The saved shape of a SMART goal (schema version 2; version 1 had no fiscal-year start and
 * no actuals). Numbers are kept as the text the
 * learner typed ("1,200", "１５") and parsed when used, so nothing typed is lost and
 * the saved JSON never holds NaN. Every text and list has the size limits of core/limits.ts.
 */
import * as v from 'valibot';
import { list, text } from '../core/schema-limits';

export const MilestoneSchema = v.object({ date: text(), description: text() });

export const MemberSchema = v.object({
  name: text(),
  weight: text(),
  override: text(),
});

export const CascadeSchema = v.object({
  /** year: 年→季→月; quarter: 季→月→周. */
  mode: v.picklist(['year', 'quarter']),
  /** What is split: the target value, or the change from baseline to target. */
  basis: v.picklist(['target', 'increase']),
  topWeights: list(text()),
  subWeights: list(list(text())),
  /** A share typed by hand for a top-level period; '' means "by weight". */
  topOverrides: list(text()),
  members: list(MemberSchema),
  /** Month (1–12) the fiscal year starts in; periods run from it up to the deadline. */
  fiscalStart: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
  /** 实际完成 per sub-period (month or week), in order; '' means not entered yet. */
  actuals: list(text()),
});

export const SmartGoalSchema = v.object({
  name: text(),
  specific: text(),
  metric: text(),
  baseline: text(),
  target: text(),
  unit: text(),
  direction: v.picklist(['increase', 'decrease']),
  achievability: text(),
  parentGoal: text(),
  /** YYYY-MM-DD or ''. */
  deadline: text(),
  milestones: list(MilestoneSchema),
  cascade: CascadeSchema,
});

export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type Member = v.InferOutput<typeof MemberSchema>;
export type Cascade = v.InferOutput<typeof CascadeSchema>;
export type PeriodMode = Cascade['mode'];
export type SmartGoalData = v.InferOutput<typeof SmartGoalSchema>;
export type TextField = {
  [K in keyof SmartGoalData]: SmartGoalData[K] extends string ? K : never;
}[keyof SmartGoalData];
