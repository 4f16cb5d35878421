/**
 * The saved shape of a 团队能力评估 (schema version 1): the team, and per person (the first is
 * the one filling it in, then the team members) 16 ratings from the person's rater (本人 or 经理),
 * optionally the other rater's 16 ratings, and the 个人发展计划 rows, each naming its
 * competency by index. Ratings are whole numbers 1–5, 0 for not rated yet.
 *
 * Fields a hand-edited file may leave out (评分人, the second rating, the plan) get defaults;
 * duplicate person ids are refused.
 */
import * as v from 'valibot';
import { id, list, text } from '../core/schema-limits';
import { ITEM_COUNT, RATERS, SCORE_MAX, UNRATED } from './shape';

const SCORE_MESSAGE = `评分应为 ${UNRATED}（未评）到 ${SCORE_MAX} 的整数`;

export const ScoreSchema = v.pipe(
  v.number(SCORE_MESSAGE),
  v.integer(SCORE_MESSAGE),
  v.minValue(UNRATED, SCORE_MESSAGE),
  v.maxValue(SCORE_MAX, SCORE_MESSAGE),
);

const SCORES_MESSAGE = `应有 ${ITEM_COUNT} 项能力的评分`;
const Scores = v.pipe(v.array(ScoreSchema, SCORES_MESSAGE), v.length(ITEM_COUNT, SCORES_MESSAGE));

const ITEM_MESSAGE = `应为 0 到 ${ITEM_COUNT - 1} 的能力编号`;

export const PlanRowSchema = v.object({
  /** The competency (0–15, the chapter's order). */
  item: v.pipe(
    v.number(ITEM_MESSAGE),
    v.integer(ITEM_MESSAGE),
    v.minValue(0, ITEM_MESSAGE),
    v.maxValue(ITEM_COUNT - 1, ITEM_MESSAGE),
  ),
  action: v.optional(text(), ''),
  resource: v.optional(text(), ''),
  /** 期限: YYYY-MM-DD or ''. */
  due: v.optional(text(), ''),
  measure: v.optional(text(), ''),
});

const blankScores = () => Array.from({ length: ITEM_COUNT }, () => UNRATED);

export const PersonSchema = v.object({
  id: id(),
  name: text(),
  /** 评分人 of `scores`. */
  rater: v.optional(v.picklist(RATERS, '评分人应为本人或经理'), 'self'),
  scores: Scores,
  /** A second rater (the other of 本人 / 经理) is shown. */
  second: v.optional(v.boolean(), false),
  /** The other rater's ratings; kept when `second` is turned off. */
  others: v.optional(Scores, blankScores),
  plan: v.optional(list(PlanRowSchema), []),
});

export const TeamCompetencySchema = v.pipe(
  v.object({
    /** 团队名称. */
    team: text(),
    /** 评估日期: YYYY-MM-DD or ''. */
    date: text(),
    people: list(PersonSchema),
  }),
  v.check(
    (data) => new Set(data.people.map((p) => p.id)).size === data.people.length,
    '成员编号重复：每位成员的 id 必须不同',
  ),
);

export type PlanRow = v.InferOutput<typeof PlanRowSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type TeamCompetencyData = v.InferOutput<typeof TeamCompetencySchema>;
