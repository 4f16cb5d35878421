/**
 * Values left over from the worked example (「从示例开始」, 载入示例), the rule every worksheet
 * shares: a value is marked beside its field until it is edited, the checks warn while any is
 * left, and 汇总 flags the document. Pure: each worksheet says where its example values are.
 */

/**
 * A value counts only while the document plainly came from the example: two or more of its
 * values are the example's. A document of one's own that happens to share one is not flagged.
 */
export const PLAINLY_FROM_EXAMPLE = 2;

/** `left` while it names enough places (`count`) to show the example, else `none`. */
export function plainlyFromExample<T>(left: T, count: number, none: T): T {
  return count >= PLAINLY_FROM_EXAMPLE ? left : none;
}

/** True when `value` is a filled-in text still exactly as the example wrote it. */
export function sameAsExample(value: string, example: string | undefined): boolean {
  return value.trim() !== '' && value === example;
}

/**
 * The fields of one list row still the example's (core/example-paths.ts, `rowsLeft`): their
 * names separated by spaces, "" for none. A string, so that it stays equal while unchanged.
 */
export type RowLeft = string;

/** Each row's `RowLeft` by its key (its `id`, or its position), for the rows that hold any. */
export type RowsLeft = ReadonlyMap<string, RowLeft>;

/** True when the row's `field` still holds the example's value. */
export function rowHas(row: RowLeft | undefined, field: string): boolean {
  return !!row && row.split(' ').includes(field);
}
