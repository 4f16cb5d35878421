/**
 * The saved shape of a SWOT analysis (schema version 1): four quadrants of items and four
 * groups of TOWS strategies. Strategies name the items they build on by id, so editing an
 * item's text never breaks the link; a reference to a deleted item is kept (and shown as
 * deleted) so that undoing the deletion restores it.
 *
 * Fields a hand-edited file may leave out (依据, 重要性, 依据的条目) get their defaults;
 * duplicate ids are refused because references could not tell the items apart.
 */
import * as v from 'valibot';
import { LIST_MAX } from '../core/limits';
import { id, list, text } from '../core/schema-limits';
import {
  DEFAULT_IMPORTANCE,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  QUADRANTS,
  STRATEGY_GROUPS,
  type Quadrant,
} from './shape';

const IMPORTANCE_MESSAGE = `应为 ${IMPORTANCE_MIN} 到 ${IMPORTANCE_MAX} 的整数`;

export const ImportanceSchema = v.pipe(
  v.number(IMPORTANCE_MESSAGE),
  v.integer(IMPORTANCE_MESSAGE),
  v.minValue(IMPORTANCE_MIN, IMPORTANCE_MESSAGE),
  v.maxValue(IMPORTANCE_MAX, IMPORTANCE_MESSAGE),
);

const IdSchema = id();

export const ItemSchema = v.object({
  id: IdSchema,
  text: text(),
  importance: v.optional(ImportanceSchema, DEFAULT_IMPORTANCE),
  /** 依据: the fact or figure behind the item; optional. */
  evidence: v.optional(text(), ''),
});

export const StrategySchema = v.object({
  id: IdSchema,
  text: text(),
  /** Ids of the items (from the group's two quadrants) this strategy builds on. */
  refs: v.optional(list(text(), 2 * LIST_MAX), []),
});

/** Size limits (core/limits.ts): LIST_MAX items per quadrant and strategies per group. */
const ItemList = list(ItemSchema);
const StrategyList = list(StrategySchema);

function duplicateId(lists: readonly { id: string }[][]): string | null {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const { id } of list) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
  }
  return null;
}

export const SwotSchema = v.pipe(
  v.object({
    /** 分析对象, e.g. 华东分销渠道. */
    subject: text(),
    /** YYYY-MM-DD or ''. */
    date: text(),
    items: v.object({ S: ItemList, W: ItemList, O: ItemList, T: ItemList }),
    strategies: v.object({
      SO: StrategyList,
      WO: StrategyList,
      ST: StrategyList,
      WT: StrategyList,
    }),
  }),
  v.check(
    (data) => duplicateId(QUADRANTS.map((q) => data.items[q])) === null,
    (issue) => {
      const data = issue.input as { items: Record<Quadrant, { id: string }[]> };
      return `条目编号「${duplicateId(QUADRANTS.map((q) => data.items[q]))}」重复：每个条目的 id 必须不同`;
    },
  ),
  v.check(
    (data) => duplicateId(STRATEGY_GROUPS.map((g) => data.strategies[g])) === null,
    '策略编号重复：每条策略的 id 必须不同',
  ),
);

export type SwotItem = v.InferOutput<typeof ItemSchema>;
export type Strategy = v.InferOutput<typeof StrategySchema>;
export type SwotData = v.InferOutput<typeof SwotSchema>;
