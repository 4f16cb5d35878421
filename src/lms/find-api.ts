/**
 * Finding the LMS's SCORM API, the standard way (ADL's): the window itself and its parents (a
 * course launched in a frame), then the window that opened the top window and that one's
 * parents (a course opened in a new window). SCORM 2004 names its object `API_1484_11`, SCORM 1.2 `API`; in one window
 * 2004 comes first. The search is bounded, and a window of another origin (where reading a
 * property throws) is passed over quietly. Tiny and free of imports: every page runs
 * it, and only a page that finds an API loads the rest (src/lms/runtime.ts).
 */

export type ScormVersion = '1.2' | '2004';

export interface FoundApi {
  version: ScormVersion;
  api: unknown;
}

/** How many windows up each chain the search looks beyond the first (ADL's reference search uses 500). */
export const MAX_DEPTH = 10;

/** The window-like values the search reads: only these properties. */
export interface WindowLike {
  parent?: WindowLike | null;
  top: WindowLike;
  opener?: WindowLike | null;
  [name: string]: unknown;
}

/** The first API in `win` or its parents (at most MAX_DEPTH up). */
function search(win: WindowLike | null | undefined): FoundApi | undefined {
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    try {
      const api = win.API_1484_11 || win.API;
      if (api) return { version: win.API_1484_11 ? '2004' : '1.2', api };
    } catch {
      // A window of another origin: its own properties cannot be read; its parent can.
    }
    win = win.parent === win ? null : win.parent;
  }
}

/**
 * The nearest SCORM API from `win`: its frames' parents first, then its top window's opener's;
 * undefined when there is none (the website).
 */
export function findApi(win: WindowLike): FoundApi | undefined {
  // `top`, `parent` and `opener` can be read on a window of any origin (HTML's cross-origin allowlist).
  return search(win) ?? search(win.top.opener);
}
