/**
 * The saved shape of a 90 天行动计划 (schema version 1): the start date, three phases (each
 * with its goals, actions and 复盘日期) and the 90 天复盘's 下一个 90 天的重点. Dates are
 * kept as typed (YYYY-MM-DD or ''); every text and list has the limits of core/limits.ts.
 */
import * as v from 'valibot';
import { list, text } from '../core/schema-limits';
import { STATUSES } from './shape';

export const GoalSchema = v.object({
  /** The goal as one sentence (checked as SMART checks a 具体描述). */
  text: text(),
  /** 90 天复盘: 结果 and 原因. */
  result: text(),
  cause: text(),
});

export const ActionSchema = v.object({
  text: text(),
  owner: text(),
  /** 完成日期, YYYY-MM-DD or ''. */
  due: text(),
  status: v.picklist(STATUSES),
});

export const PhaseSchema = v.object({
  goals: list(GoalSchema),
  actions: list(ActionSchema),
  /** 复盘日期, YYYY-MM-DD or ''. */
  review: text(),
});

export const ActionPlanSchema = v.object({
  /** 计划开始日期 (day 1), YYYY-MM-DD or ''. */
  start: text(),
  phases: v.tuple([PhaseSchema, PhaseSchema, PhaseSchema]),
  /** 下一个 90 天的重点. */
  focus: text(),
});

export type Goal = v.InferOutput<typeof GoalSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type ActionPlanData = v.InferOutput<typeof ActionPlanSchema>;
