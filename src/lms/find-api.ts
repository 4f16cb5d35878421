/**
 * Finding the LMS's SCORM API, the standard way: the window itself and its parents (a course
 * launched in a frame), then the window that opened it and that one's parents (a course opened
 * in a new window). SCORM 2004 names its object `API_1484_11`, SCORM 1.2 `API`. The search is
 * bounded, and a window of another origin (where reading a property throws) ends that branch
 * quietly. Tiny and free of imports: every page runs it, and only a page that finds an API
 * loads the rest (src/lms/runtime.ts).
 */

export type ScormVersion = '1.2' | '2004';

export interface FoundApi {
  version: ScormVersion;
  api: unknown;
}

/** How many windows up each chain the search looks (ADL's reference search uses 500). */
export const MAX_DEPTH = 10;

/** The window-like values the search reads: only these properties. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  [name: string]: unknown;
}

const NAMES: Record<ScormVersion, string> = { '2004': 'API_1484_11', '1.2': 'API' };

/** The API object `win` itself holds, 2004 before 1.2; null when none or when it cannot be read. */
function apiIn(win: WindowLike): FoundApi | null {
  for (const version of ['2004', '1.2'] as const) {
    try {
      const api = win[NAMES[version]];
      if (typeof api === 'object' && api !== null) return { version, api };
    } catch {
      return null; // another origin
    }
  }
  return null;
}

/** `win` and its parents, nearest first, at most MAX_DEPTH of them. */
function chain(win: WindowLike | null | undefined): WindowLike[] {
  const out: WindowLike[] = [];
  let current = win;
  while (current && out.length <= MAX_DEPTH && !out.includes(current)) {
    out.push(current);
    try {
      const parent = current.parent;
      current = parent && parent !== current ? parent : null;
    } catch {
      current = null;
    }
  }
  return out;
}

/** The nearest SCORM API from `win`: its frames' parents first, then its opener's. */
export function findApi(win: WindowLike): FoundApi | null {
  for (const w of chain(win)) {
    const found = apiIn(w);
    if (found) return found;
  }
  let opener: WindowLike | null | undefined = null;
  for (const w of chain(win)) {
    try {
      opener = w.opener;
    } catch {
      opener = null;
    }
    if (opener) break;
  }
  for (const w of chain(opener)) {
    const found = apiIn(w);
    if (found) return found;
  }
  return null;
}
