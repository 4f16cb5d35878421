/**
 * Reading progress as data: which pages are read, and the page the reader had open last.
 * Pure functions over plain values; the browser glue (reading.ts) and the backup (backup.ts)
 * call them. No valibot here: this runs on every chapter page and must stay tiny.
 *
 * Keys (under the project prefix, beside the worksheets):
 *   progress:pages               { v: 1, pages: { "/role/duties/": { read, at } } }
 *   progress:last                { v: 1, path, title, heading?, headingText?, at }
 *   progress:quarantine:<n>:<ms> raw text that could not be read, kept for the backup
 *
 * Every page mark keeps the time it last changed (read or unread), so two copies of the
 * progress merge page by page: the newer mark wins.
 */
import { KEY_PREFIX } from '../../exercises/core/storage';
import { isRecord, readJson } from '../../exercises/core/json';

export const PROGRESS_VERSION = 1;
export const PAGES_KEY = `${KEY_PREFIX}progress:pages`;
export const LAST_KEY = `${KEY_PREFIX}progress:last`;
export const QUARANTINE_PREFIX = `${KEY_PREFIX}progress:quarantine:`;

export interface PageMark {
  read: boolean;
  /** ISO time of the last change. */
  at: string;
}

export interface ProgressState {
  v: typeof PROGRESS_VERSION;
  pages: Record<string, PageMark>;
}

export interface LastPosition {
  v: typeof PROGRESS_VERSION;
  /** Site path without the base, e.g. `/role/duties/`. */
  path: string;
  title: string;
  /** Id of the nearest heading above the top of the screen, when the page is long. */
  heading?: string;
  headingText?: string;
  at: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'unreadable' | 'newer' };

export const emptyProgress = (): ProgressState => ({ v: PROGRESS_VERSION, pages: {} });

const isText = (x: unknown): x is string => typeof x === 'string';
/**
 * A path of this site as we write it: `/`, or lowercase slug segments each ending in a slash
 * (`/role/duties/`). Nothing else, so it can never name another site (`//host/`, `/\\host`),
 * a scheme (`javascript:`) or an absolute URL.
 */
export const isSitePath = (x: unknown): x is string =>
  isText(x) && x.length < 200 && /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/.test(x);

function versionOf(value: Record<string, unknown>): 'ok' | 'newer' | 'bad' {
  if (value.v === PROGRESS_VERSION) return 'ok';
  return typeof value.v === 'number' && value.v > PROGRESS_VERSION ? 'newer' : 'bad';
}

/** Read the stored page marks; null (nothing stored) is an empty, valid state. */
export function parseProgress(raw: string | null): Parsed<ProgressState> {
  if (raw === null) return { ok: true, value: emptyProgress() };
  const value = readJson(raw);
  if (!isRecord(value) || !isRecord(value.pages)) return { ok: false, reason: 'unreadable' };
  const version = versionOf(value);
  if (version !== 'ok') return { ok: false, reason: version === 'newer' ? 'newer' : 'unreadable' };
  const pages: Record<string, PageMark> = {};
  for (const [path, mark] of Object.entries(value.pages)) {
    if (!isSitePath(path) || !isRecord(mark)) return { ok: false, reason: 'unreadable' };
    if (typeof mark.read !== 'boolean' || !isText(mark.at))
      return { ok: false, reason: 'unreadable' };
    pages[path] = { read: mark.read, at: mark.at };
  }
  return { ok: true, value: { v: PROGRESS_VERSION, pages } };
}

/** Read the stored last position; null when nothing is stored. */
export function parseLast(raw: string | null): Parsed<LastPosition | null> {
  if (raw === null) return { ok: true, value: null };
  const value = readJson(raw);
  if (!isRecord(value)) return { ok: false, reason: 'unreadable' };
  const version = versionOf(value);
  if (version !== 'ok') return { ok: false, reason: version === 'newer' ? 'newer' : 'unreadable' };
  if (!isSitePath(value.path) || !isText(value.title) || !isText(value.at))
    return { ok: false, reason: 'unreadable' };
  const last: LastPosition = {
    v: PROGRESS_VERSION,
    path: value.path,
    title: value.title,
    at: value.at,
  };
  if (isText(value.heading) && value.heading) {
    last.heading = value.heading;
    if (isText(value.headingText)) last.headingText = value.headingText;
  }
  return { ok: true, value: last };
}

export function isRead(state: ProgressState, path: string): boolean {
  return state.pages[path]?.read === true;
}

/** A new state with `path` marked read or unread at `now`. */
export function setRead(
  state: ProgressState,
  path: string,
  read: boolean,
  now: Date,
): ProgressState {
  return { ...state, pages: { ...state.pages, [path]: { read, at: now.toISOString() } } };
}

/** Read pages out of `paths`, e.g. for a module's 3/7. */
export function countRead(state: ProgressState, paths: readonly string[]): number {
  return paths.filter((p) => isRead(state, p)).length;
}

/** Strip the site base from a pathname: `/course/role/duties/` → `/role/duties/`. */
export function pathWithoutBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const file = pathname.replace(/\/index\.html$/, '/');
  const path = file.startsWith(b) ? `/${file.slice(b.length)}` : file;
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Where 继续阅读 should lead: the page, and the heading within it when one was recorded.
 * Null when there is nothing to continue (no record, or the reader is on that very page), or
 * when the record does not name a page of this site (`known`: the course's pages, when given).
 */
export function continueHref(
  last: LastPosition | null,
  currentPath: string,
  base: string,
  known?: readonly string[],
): string | null {
  if (!last || last.path === currentPath || !isSitePath(last.path)) return null;
  if (known && !known.includes(last.path)) return null;
  const href = `${base.replace(/\/+$/, '')}${last.path}`;
  return last.heading ? `${href}#${encodeURIComponent(last.heading)}` : href;
}

/**
 * The heading a reader is at: the last of `headings` (in document order) whose top is at or
 * above `line` (px from the top of the viewport). Null before the first heading.
 */
export function currentHeading<T extends { top: number }>(headings: readonly T[], line: number) {
  let found: T | null = null;
  for (const h of headings) {
    if (h.top <= line) found = h;
    else break;
  }
  return found;
}

/** True for a chapter of a module (`/role/duties/`), the pages that count towards progress. */
export function isChapterPath(path: string, moduleIds: readonly string[]): boolean {
  const m = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(path);
  return !!m && moduleIds.includes(m[1]) && m[2] !== 'quiz';
}
