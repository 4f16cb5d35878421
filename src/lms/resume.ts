/**
 * Resuming from what the LMS kept: the course state in suspend_data is merged into this
 * browser's records with the backup's rules (page marks: the newer mark wins; the last
 * position: the newer one; quiz results: the newer attempt, the better best score), so a
 * learner on another computer carries on where they left off and nothing newer here is lost.
 * Also: the page to return to when the course is launched again.
 */
import type { StorageEngine } from '../../exercises/core/storage';
import { isNewer, mergeProgress } from '../progress/merge';
import { isSitePath, LAST_KEY, PAGES_KEY } from '../progress/model';
import { createProgressStore } from '../progress/store';
import { mergeQuizResults, parseQuizResult, quizKey } from '../quiz/model';
import type { SuspendState } from './suspend';

/** Merge `kept` into storage; returns the keys written. Unreadable records are left alone. */
export function restoreState(
  engine: StorageEngine,
  kept: SuspendState,
  modules: readonly string[],
): string[] {
  const written: string[] = [];
  const write = (key: string, value: unknown) => {
    try {
      engine.set(key, JSON.stringify(value));
      written.push(key);
    } catch {
      // Full or blocked storage: the page says so itself; resuming is a convenience.
    }
  };
  const store = createProgressStore(engine);
  const merged = mergeProgress(store.pages(), kept.progress);
  if (merged.added + merged.updated > 0) write(PAGES_KEY, merged.state);
  const last = store.last();
  if (kept.last && (!last || isNewer(kept.last.at, last.at))) write(LAST_KEY, kept.last);
  for (const module of modules) {
    const incoming = kept.quizzes[module];
    if (!incoming) continue;
    const raw = engine.get(quizKey(module));
    const local = parseQuizResult(raw);
    if (!local) continue;
    const next = raw === null ? incoming : mergeQuizResults(local, incoming);
    if (JSON.stringify(next) !== JSON.stringify(local)) write(quizKey(module), next);
  }
  return written;
}

/**
 * Where a relaunched course should go: the stored location (`/path/` or `/path/#heading`) when
 * the learner is on the launch page (`/`) and it names another page of the site; else null.
 */
export function resumeHref(location: string, currentPath: string, base: string): string | null {
  if (currentPath !== '/') return null;
  const [path, heading] = location.split('#', 2);
  if (!isSitePath(path) || path === '/') return null;
  const href = `${base.replace(/\/+$/, '')}${path}`;
  return heading ? `${href}#${encodeURIComponent(heading)}` : href;
}
