/**
 * The course inside an LMS (loaded by boot.ts only when a SCORM API was found). On each page:
 *   - joins the LMS session (the first page initializes it) and, at a new launch, resumes:
 *     merges the state kept in suspend_data into this browser's records and, on the launch
 *     page, goes on to the page the learner had open last;
 *   - sends the course state (status, score, location, suspend_data) when it changes — a few
 *     seconds after reading progress or a quiz result changes, and when the page is hidden;
 *   - commits when the status or score changed and when the page is hidden or left;
 *   - on leaving the course (not on following a link to another of its pages, which keeps the
 *     session open for the next page) sets exit and the session time and terminates.
 * It never throws: an LMS that refuses or fails leaves the course working as a website.
 */
import {
  createLocalStorageEngine,
  KEY_PREFIX,
  openBrowserStorage,
} from '../../exercises/core/storage';
import { pageLink, siteBase } from '../course/base';
import { completion, readCourseState, type CourseRequirements } from '../progress/completion';
import { pathWithoutBase } from '../progress/model';
import { createProgressStore } from '../progress/store';
import type { QuizResult } from '../quiz/model';
import type { FoundApi } from './find-api';
import { cmiValues, exitValues } from './mapping';
import { resumeHref, restoreState } from './resume';
import { createLmsSession } from './session';
import { decodeSuspend, encodeSuspend } from './suspend';

const BASE = siteBase();
/** When the LMS session started (sessionStorage), for the session time across pages. */
const STARTED_KEY = `${KEY_PREFIX}lms:started`;
/** How often the course state is compared with what the LMS has (ms). */
const CHECK_EVERY = 5000;

/** Elements whose change is worth a commit straight away. */
const KEY_ELEMENTS = /status|score/;

async function loadRequirements(): Promise<CourseRequirements | null> {
  try {
    const response = await fetch(`${BASE.replace(/\/?$/, '/')}lms/requirements.json`);
    return response.ok ? ((await response.json()) as CourseRequirements) : null;
  } catch {
    return null;
  }
}

function sessionStart(fresh: boolean): number {
  // The browser's session storage, through core's engine (null when it is blocked).
  const session = createLocalStorageEngine(() => globalThis.sessionStorage);
  try {
    if (fresh) session?.set(STARTED_KEY, String(Date.now()));
  } catch {
    // Full: the session time then counts from this page.
  }
  const t = Number(session?.get(STARTED_KEY));
  return Number.isFinite(t) && t > 0 ? t : Date.now();
}

/** Pages that are not the course itself: a worksheet embedded elsewhere, the print editions. */
const NOT_THE_COURSE = /^\/(embed|print)\//;

export async function run(found: FoundApi): Promise<void> {
  // An embedded worksheet may sit in someone else's LMS content: it must not report there.
  if (NOT_THE_COURSE.test(pathWithoutBase(location.pathname, BASE))) return;
  const req = await loadRequirements();
  if (!req) return;
  const session = createLmsSession(found);
  const joined = session.start();
  if (!joined) return;
  const engine = openBrowserStorage();
  const store = createProgressStore(engine);
  const modules = req.modules.filter((m) => m.quiz).map((m) => m.id);
  const started = sessionStart(joined === 'new');

  if (joined === 'new') {
    const kept = decodeSuspend(session.get('cmi.suspend_data'));
    if (kept && restoreState(engine, kept, modules).length > 0)
      // The page's own scripts (sidebar checks, 继续阅读, 学习进度) redraw from storage.
      dispatchEvent(new StorageEvent('storage', { key: null }));
    const entry = session.get(found.version === '1.2' ? 'cmi.core.entry' : 'cmi.entry');
    const stored = session.get(
      found.version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location',
    );
    const here = pathWithoutBase(location.pathname, BASE);
    const href = entry === 'resume' ? resumeHref(stored, here, BASE) : null;
    if (href) {
      // The next page joins this session.
      location.replace(pageLink(href));
      return;
    }
  }

  let dirty = false;
  let keyValues = '';
  function update(commit: boolean) {
    if (!session.active) return;
    const state = readCourseState(engine, req!);
    const last = store.last();
    const quizzes: Record<string, QuizResult> = {};
    for (const [id, r] of Object.entries(state.quizzes)) if (r?.best) quizzes[id] = r;
    const values = cmiValues(found.version, {
      completion: completion(req!, state),
      last,
      suspend: encodeSuspend({ progress: state.progress, last, quizzes }),
    });
    if (session.set(values) > 0) dirty = true;
    const key = JSON.stringify(values.filter(([element]) => KEY_ELEMENTS.test(element)));
    if (key !== keyValues) {
      keyValues = key;
      commit = true;
    }
    if (commit && dirty && session.commit()) dirty = false;
  }

  // A link to another page of the course keeps the session open for that page.
  let staying = false;
  addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    const newTab = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey;
    if (
      !a ||
      event.defaultPrevented ||
      newTab ||
      a.target === '_blank' ||
      a.hasAttribute('download')
    )
      return;
    const url = new URL(a.href, location.href);
    staying = url.origin === location.origin && url.pathname.startsWith(BASE);
  });

  addEventListener('storage', () => update(false));
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') update(true);
  });
  addEventListener('pagehide', () => {
    update(false);
    session.set(exitValues(found.version, (Date.now() - started) / 1000));
    if (staying) session.commit();
    else session.end();
  });
  setInterval(() => update(false), CHECK_EVERY);
  update(true);
}
