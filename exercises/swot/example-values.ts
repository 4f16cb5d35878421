/**
 * The course example's texts an analysis still holds (「从示例开始」, 载入示例), while it plainly
 * came from the example (core/example-values.ts). Keys: `subject`, an item's id (its text),
 * `<item id>.evidence` (its 依据) and a strategy's id. An item counts wherever it now stands
 * (it may have been moved to another quadrant). Loaded once the analysis is not blank, not
 * with the island.
 */
import { plainlyFromExample, sameAsExample } from '../core/example-values';
import { QUADRANTS, STRATEGY_GROUPS, type SwotData } from './model';
import { EXAMPLE_TEXT } from './strings';

const ITEMS = QUADRANTS.flatMap((q) => EXAMPLE_TEXT.items[q]);
const TEXTS: readonly string[] = ITEMS.map(([text]) => text);
const EVIDENCE: readonly string[] = ITEMS.map(([, , evidence]) => evidence).filter(Boolean);
const STRATEGIES: readonly string[] = STRATEGY_GROUPS.map((g) => EXAMPLE_TEXT.strategies[g][0]);

const among = (value: string, list: readonly string[]) =>
  list.some((example) => sameAsExample(value, example));

export type ExampleLeft = ReadonlySet<string>;

export function exampleLeftovers(data: SwotData): ExampleLeft {
  const keys: string[] = [];
  if (sameAsExample(data.subject, EXAMPLE_TEXT.subject)) keys.push('subject');
  for (const item of QUADRANTS.flatMap((q) => data.items[q])) {
    if (among(item.text, TEXTS)) keys.push(item.id);
    if (among(item.evidence, EVIDENCE)) keys.push(`${item.id}.evidence`);
  }
  for (const s of STRATEGY_GROUPS.flatMap((g) => data.strategies[g])) {
    if (among(s.text, STRATEGIES)) keys.push(s.id);
  }
  return new Set(plainlyFromExample(keys, keys.length, []));
}
