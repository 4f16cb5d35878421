/**
 * Merging two copies of the reading progress (a backup into this browser). Kept apart from
 * model.ts so the chapter-page script does not carry it.
 */
import { PROGRESS_VERSION, type ProgressState } from './model';

/** True when `a` is strictly newer than `b` (ISO times; unparseable times count as oldest). */
export function isNewer(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isFinite(ta) ? ta : -Infinity) > (Number.isFinite(tb) ? tb : -Infinity);
}

/**
 * Merge page marks from `incoming` into `local`: for each page the newer mark wins; equal
 * times keep the local mark. Returns the merged state and how many pages changed.
 */
export function mergeProgress(
  local: ProgressState,
  incoming: ProgressState,
): { state: ProgressState; added: number; updated: number } {
  const pages = { ...local.pages };
  let added = 0;
  let updated = 0;
  for (const [path, mark] of Object.entries(incoming.pages)) {
    const mine = pages[path];
    if (!mine) {
      pages[path] = mark;
      added++;
    } else if (isNewer(mark.at, mine.at) && mark.read !== mine.read) {
      pages[path] = mark;
      updated++;
    }
  }
  return { state: { v: PROGRESS_VERSION, pages }, added, updated };
}
