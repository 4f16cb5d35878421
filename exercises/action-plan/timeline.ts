/**
 * The 90-day timeline drawn from the plan: one row per action (a bar from the start of its
 * phase to its 完成日期), each phase's 复盘日期 as a mark, and today's day of the plan. Pure;
 * loaded with the timeline part. `today` is YYYY-MM-DD.
 */
import { phaseRanges, planDay, todayInPlan, type ActionPlanData } from './model';
import { PLAN_DAYS, type ActionStatus } from './shape';

export interface TimelineAction {
  phase: number;
  /** 1-based number of the action within its phase. */
  n: number;
  text: string;
  owner: string;
  due: string;
  /** Day of the plan of 完成日期; null without a valid date. */
  day: number | null;
  status: ActionStatus;
  /** The bar, in days of the plan (1–90); null when there is nothing to draw. */
  bar: { from: number; to: number } | null;
}

export interface TimelineReview {
  phase: number;
  date: string;
  day: number | null;
}

export interface Timeline {
  /** False until 计划开始日期 is a valid date: nothing can be placed on the 90 days. */
  placed: boolean;
  actions: TimelineAction[];
  reviews: TimelineReview[];
  /** Today's day of the plan while it runs; null before or after. */
  today: number | null;
}

const clamp = (d: number) => Math.min(PLAN_DAYS, Math.max(1, d));

export function buildTimeline(data: ActionPlanData, today: string): Timeline {
  const ranges = phaseRanges(data.start);
  const actions = data.phases.flatMap((phase, p) =>
    phase.actions.map((a, i): TimelineAction => {
      const day = planDay(data.start, a.due);
      const first = ranges?.[p].firstDay ?? 1;
      // From the phase's first day to the date; a date before the phase reaches back to it.
      const from = day === null ? null : Math.min(first, day);
      const to = day === null ? null : Math.max(first, day);
      const inPlan = from !== null && to !== null && to >= 1 && from <= PLAN_DAYS;
      return {
        phase: p,
        n: i + 1,
        text: a.text,
        owner: a.owner,
        due: a.due,
        day,
        status: a.status,
        bar: inPlan ? { from: clamp(from), to: clamp(to) } : null,
      };
    }),
  );
  const reviews = data.phases.map((phase, p) => ({
    phase: p,
    date: phase.review,
    day: planDay(data.start, phase.review),
  }));
  return { placed: ranges !== null, actions, reviews, today: todayInPlan(data.start, today) };
}
