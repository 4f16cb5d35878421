/**
 * The saved shape of a SMART goal (schema version 1). Numbers are kept as the text the
 * learner typed ("1,200", "１５") and parsed when used, so nothing typed is lost and
 * the saved JSON never holds NaN.
 */
import * as v from 'valibot';

export const MilestoneSchema = v.object({ date: v.string(), description: v.string() });

export const MemberSchema = v.object({
  name: v.string(),
  weight: v.string(),
  override: v.string(),
});

export const CascadeSchema = v.object({
  /** year: 年→季→月; quarter: 季→月→周. */
  mode: v.picklist(['year', 'quarter']),
  /** What is split: the target value, or the change from baseline to target. */
  basis: v.picklist(['target', 'increase']),
  topWeights: v.array(v.string()),
  subWeights: v.array(v.array(v.string())),
  /** A share typed by hand for a top-level period; '' means "by weight". */
  topOverrides: v.array(v.string()),
  members: v.array(MemberSchema),
});

export const SmartGoalSchema = v.object({
  name: v.string(),
  specific: v.string(),
  metric: v.string(),
  baseline: v.string(),
  target: v.string(),
  unit: v.string(),
  direction: v.picklist(['increase', 'decrease']),
  achievability: v.string(),
  parentGoal: v.string(),
  /** YYYY-MM-DD or ''. */
  deadline: v.string(),
  milestones: v.array(MilestoneSchema),
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
