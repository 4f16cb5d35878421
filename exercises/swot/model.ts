/**
 * The SWOT worksheet model: defaults, the course example, limits, and every edit the view
 * performs (add, edit, move, reorder, sort, delete and restore items; TOWS strategies and
 * their references). Pure: no DOM, no storage. Each edit returns new data.
 *
 * Markdown export is in markdown.ts and the hand-over to the SMART worksheet in handoff.ts
 * (both pure too). References from strategies to items are by id. Deleting an item keeps the references
 * (they show as 已删除的条目), so restoring the item with 撤销 brings every link back.
 */
import type { Strategy, SwotData, SwotItem } from './schema';
import {
  DEFAULT_IMPORTANCE,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  QUADRANTS,
  STRATEGY_GROUPS,
  type Quadrant,
  type StrategyGroup,
} from './shape';
import { EXAMPLE_TEXT, ITEM } from './strings';
import { isBlankData } from '../core/document';

export { DEFAULT_IMPORTANCE, IMPORTANCE_MAX, IMPORTANCE_MIN, QUADRANTS, STRATEGY_GROUPS };
export type { Strategy, SwotData, SwotItem } from './schema';
export type { Quadrant, StrategyGroup } from './shape';

/** Limits: enough for real work, small enough to stay usable and fit a share link. */
export const LIMITS = {
  item: 200,
  evidence: 300,
  strategy: 500,
  itemsPerQuadrant: 100,
  strategiesPerGroup: 20,
} as const;

/** The two quadrants each TOWS group combines: [internal, external]. */
export const GROUP_QUADRANTS: Record<StrategyGroup, readonly [Quadrant, Quadrant]> = {
  SO: ['S', 'O'],
  WO: ['W', 'O'],
  ST: ['S', 'T'],
  WT: ['W', 'T'],
};

export function createData(): SwotData {
  return {
    subject: '',
    date: '',
    items: { S: [], W: [], O: [], T: [] },
    strategies: { SO: [], WO: [], ST: [], WT: [] },
  };
}

/** True while nothing has been typed (the worksheet equals a fresh one). */
export function isBlank(data: SwotData): boolean {
  return isBlankData({ createData }, data);
}

/** The course example (某区域工业润滑油业务), dated `date`. Ids are `ex-S1`, `ex-SO1`… */
export function exampleData(date = ''): SwotData {
  const data = createData();
  for (const q of QUADRANTS) {
    data.items[q] = EXAMPLE_TEXT.items[q].map(([text, importance, evidence], i) => ({
      id: `ex-${q}${i + 1}`,
      text,
      importance,
      evidence,
    }));
  }
  for (const g of STRATEGY_GROUPS) {
    const [text, refs] = EXAMPLE_TEXT.strategies[g];
    data.strategies[g] = [{ id: `ex-${g}1`, text, refs: refs.map((r) => `ex-${r}`) }];
  }
  return { ...data, subject: EXAMPLE_TEXT.subject, date };
}

/** One line of text: newlines and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A short form of `text` for messages and names: at most `max` characters, then …. */
export function shorten(text: string, max = 24): string {
  const flat = oneLine(text);
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** An id not used by any item or strategy in `data`. */
export function freshId(data: SwotData, make: () => string): string {
  const used = new Set<string>([
    ...QUADRANTS.flatMap((q) => data.items[q].map((i) => i.id)),
    ...STRATEGY_GROUPS.flatMap((g) => data.strategies[g].map((s) => s.id)),
  ]);
  let id = make();
  for (let n = 2; used.has(id); n++) id = `${make()}-${n}`;
  return id;
}

export function setField(data: SwotData, field: 'subject' | 'date', value: string): SwotData {
  return { ...data, [field]: value };
}

// ——— Items ———

export type NewItemCheck = { ok: true; text: string } | { ok: false; message: string };

/** Check text typed into 添加优势 (etc.): not blank, not too long, room left. */
export function checkNewItem(data: SwotData, q: Quadrant, text: string): NewItemCheck {
  const clean = oneLine(text);
  if (!clean) return { ok: false, message: ITEM.empty };
  if (clean.length > LIMITS.item) return { ok: false, message: ITEM.tooLong(LIMITS.item) };
  if (data.items[q].length >= LIMITS.itemsPerQuadrant) {
    return { ok: false, message: ITEM.full(LIMITS.itemsPerQuadrant) };
  }
  return { ok: true, text: clean };
}

/** Append an item (importance 3). Call `checkNewItem` first; invalid text is ignored. */
export function addItem(data: SwotData, q: Quadrant, text: string, id: string): SwotData {
  const check = checkNewItem(data, q, text);
  if (!check.ok) return data;
  const item: SwotItem = { id, text: check.text, importance: DEFAULT_IMPORTANCE, evidence: '' };
  return withItems(data, q, [...data.items[q], item]);
}

export interface ItemPlace {
  quadrant: Quadrant;
  index: number;
  item: SwotItem;
}

export function findItem(data: SwotData, id: string): ItemPlace | null {
  for (const quadrant of QUADRANTS) {
    const index = data.items[quadrant].findIndex((i) => i.id === id);
    if (index >= 0) return { quadrant, index, item: data.items[quadrant][index] };
  }
  return null;
}

export function updateItem(
  data: SwotData,
  id: string,
  patch: Partial<Omit<SwotItem, 'id'>>,
): SwotData {
  const place = findItem(data, id);
  if (!place) return data;
  const next = { ...place.item, ...patch };
  next.importance = clampImportance(next.importance);
  return withItems(data, place.quadrant, replaceAt(data.items[place.quadrant], place.index, next));
}

/** A whole number from 1 to 5 (anything else becomes the default, 3). */
export function clampImportance(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return DEFAULT_IMPORTANCE;
  return Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(n)));
}

/** Move an item one place up (-1) or down (+1) within its quadrant. */
export function moveItem(data: SwotData, id: string, delta: -1 | 1): SwotData {
  const place = findItem(data, id);
  if (!place) return data;
  const list = [...data.items[place.quadrant]];
  const to = place.index + delta;
  if (to < 0 || to >= list.length) return data;
  [list[place.index], list[to]] = [list[to], list[place.index]];
  return withItems(data, place.quadrant, list);
}

/** Move an item to the end of another quadrant. Strategies keep referring to it by id. */
export function moveItemTo(data: SwotData, id: string, target: Quadrant): SwotData {
  const place = findItem(data, id);
  if (!place || place.quadrant === target) return data;
  const without = withItems(
    data,
    place.quadrant,
    data.items[place.quadrant].filter((i) => i.id !== id),
  );
  return withItems(without, target, [...without.items[target], place.item]);
}

/** Remove an item; the returned `removed` record is what `restoreItem` needs for 撤销. */
export function removeItem(
  data: SwotData,
  id: string,
): { data: SwotData; removed: ItemPlace } | null {
  const place = findItem(data, id);
  if (!place) return null;
  const list = data.items[place.quadrant].filter((i) => i.id !== id);
  return { data: withItems(data, place.quadrant, list), removed: place };
}

/** Put a removed item back where it was (or at the end, if the list has shrunk since). */
export function restoreItem(data: SwotData, removed: ItemPlace): SwotData {
  if (findItem(data, removed.item.id)) return data;
  const list = [...data.items[removed.quadrant]];
  list.splice(Math.min(removed.index, list.length), 0, removed.item);
  return withItems(data, removed.quadrant, list);
}

/** Most important first; items of equal importance keep their order (a stable sort). */
export function sortByImportance(data: SwotData, q: Quadrant): SwotData {
  const list = data.items[q]
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.importance - a.item.importance || a.index - b.index)
    .map(({ item }) => item);
  return withItems(data, q, list);
}

export function itemOrder(data: SwotData, q: Quadrant): string[] {
  return data.items[q].map((i) => i.id);
}

/** Reorder a quadrant to `ids` (for 撤销 after sorting); items not listed stay at the end. */
export function restoreOrder(data: SwotData, q: Quadrant, ids: readonly string[]): SwotData {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const list = data.items[q]
    .map((item, index) => ({ item, index, rank: rank.get(item.id) ?? ids.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
  return withItems(data, q, list);
}

// ——— TOWS strategies ———

export function addStrategy(data: SwotData, g: StrategyGroup, id: string): SwotData {
  if (data.strategies[g].length >= LIMITS.strategiesPerGroup) return data;
  return withStrategies(data, g, [...data.strategies[g], { id, text: '', refs: [] }]);
}

export function updateStrategy(
  data: SwotData,
  g: StrategyGroup,
  id: string,
  patch: Partial<Omit<Strategy, 'id'>>,
): SwotData {
  const list = data.strategies[g].map((s) => (s.id === id ? { ...s, ...patch } : s));
  return withStrategies(data, g, list);
}

/** Tick or untick an item as a basis of a strategy. */
export function setRef(
  data: SwotData,
  g: StrategyGroup,
  strategyId: string,
  itemId: string,
  on: boolean,
): SwotData {
  const strategy = data.strategies[g].find((s) => s.id === strategyId);
  if (!strategy || strategy.refs.includes(itemId) === on) return data;
  const refs = on ? [...strategy.refs, itemId] : strategy.refs.filter((r) => r !== itemId);
  return updateStrategy(data, g, strategyId, { refs });
}

export interface RemovedStrategy {
  group: StrategyGroup;
  index: number;
  strategy: Strategy;
}

export function removeStrategy(
  data: SwotData,
  g: StrategyGroup,
  id: string,
): { data: SwotData; removed: RemovedStrategy } | null {
  const index = data.strategies[g].findIndex((s) => s.id === id);
  if (index < 0) return null;
  const strategy = data.strategies[g][index];
  const list = data.strategies[g].filter((s) => s.id !== id);
  return { data: withStrategies(data, g, list), removed: { group: g, index, strategy } };
}

export function restoreStrategy(data: SwotData, removed: RemovedStrategy): SwotData {
  const list = [...data.strategies[removed.group]];
  if (list.some((s) => s.id === removed.strategy.id)) return data;
  list.splice(Math.min(removed.index, list.length), 0, removed.strategy);
  return withStrategies(data, removed.group, list);
}

/**
 * What a strategy's reference points at now: an item in one of the group's two quadrants
 * (`ok`), an item since moved to another quadrant (`moved`), or nothing (`deleted`).
 */
export type ResolvedRef =
  | { id: string; status: 'ok' | 'moved'; quadrant: Quadrant; item: SwotItem }
  | { id: string; status: 'deleted' };

export function resolveRefs(data: SwotData, g: StrategyGroup, strategy: Strategy): ResolvedRef[] {
  return strategy.refs.map((id) => {
    const place = findItem(data, id);
    if (!place) return { id, status: 'deleted' };
    const status = GROUP_QUADRANTS[g].includes(place.quadrant) ? 'ok' : 'moved';
    return { id, status, quadrant: place.quadrant, item: place.item };
  });
}

/**
 * References a strategy still builds on: items that exist and sit in the group's quadrants
 * (what 已选 counts; a deleted or moved item is listed apart, to be removed).
 */
export function liveRefCount(data: SwotData, g: StrategyGroup, strategy: Strategy): number {
  return resolveRefs(data, g, strategy).filter((r) => r.status === 'ok').length;
}

// ——— helpers ———

function withItems(data: SwotData, q: Quadrant, list: SwotItem[]): SwotData {
  return { ...data, items: { ...data.items, [q]: list } };
}

function withStrategies(data: SwotData, g: StrategyGroup, list: Strategy[]): SwotData {
  return { ...data, strategies: { ...data.strategies, [g]: list } };
}

function replaceAt<V>(list: readonly V[], index: number, value: V): V[] {
  return list.map((item, i) => (i === index ? value : item));
}
