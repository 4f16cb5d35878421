/** Ids for the items of a worksheet's list (deals, reps, tiers …): short, unique in the list. */

/** The next free id with `prefix` (d1, d2 …). */
export function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
