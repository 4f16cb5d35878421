/**
 * From the course state to the CMI values an LMS records, for SCORM 1.2 and SCORM 2004.
 *
 * - Completion (2004 `cmi.completion_status`): every chapter read, every assigned worksheet
 *   filled and every module's 知识自测 finished at least once; `cmi.progress_measure` is the
 *   share of those done. Success (`cmi.success_status`): passed when every module's best
 *   score reaches the mastery score (80 %), failed when every module has a score but some do
 *   not, unknown before. Completed and passed together are the course's completion rule
 *   (src/progress/completion.ts).
 * - SCORM 1.2 has one `cmi.core.lesson_status`: passed when the course is complete, failed when
 *   all else is done but a module is below the mastery score, incomplete otherwise.
 * - Score: the mean of the modules' best scores in percent (a module without one counts 0),
 *   raw 0–100 and (2004) scaled 0–1; not sent before the first finished 知识自测.
 * - Location: the page open last (site path, and the heading the learner was at when it fits).
 * - `cmi.suspend_data`: see suspend.ts.
 * Every value is checked against its element's rule (cmi.ts) before it is returned.
 */
import { percentOf, type Completion } from '../progress/completion';
import type { LastPosition } from '../progress/model';
import { cmiDecimal, interval2004, isValidCmi, timespan12 } from './cmi';
import type { ScormVersion } from './find-api';

export interface CourseSnapshot {
  completion: Completion;
  last: LastPosition | null;
  /** Encoded course state (suspend.ts). */
  suspend: string;
}

export type CmiValues = [element: string, value: string][];

/** Chapters, worksheets and knowledge checks done at least once: what "completed" asks. */
function attempted(c: Completion) {
  const quizzesTaken = c.quizzes.all.filter((q) => q.best).length;
  const total = c.chapters.total + c.worksheets.total + c.quizzes.total;
  const done = c.chapters.read + c.worksheets.filled + quizzesTaken;
  return { done, total, all: done === total };
}

export function completionStatus(c: Completion): 'completed' | 'incomplete' {
  return attempted(c).all ? 'completed' : 'incomplete';
}

export function progressMeasure(c: Completion): number {
  const { done, total } = attempted(c);
  return total === 0 ? 1 : done / total;
}

export function successStatus(c: Completion): 'passed' | 'failed' | 'unknown' {
  if (c.quizzes.all.every((q) => q.passed)) return 'passed';
  return c.quizzes.all.every((q) => q.best) ? 'failed' : 'unknown';
}

/** The course score in percent (0–100), or undefined before the first finished knowledge check. */
export function courseScore(c: Completion): number | undefined {
  const scores = c.quizzes.all.map((q) => percentOf(q.best));
  if (scores.every((s) => s === undefined)) return undefined;
  return scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) / scores.length;
}

export function lessonStatus12(c: Completion): 'passed' | 'failed' | 'incomplete' {
  if (c.complete) return 'passed';
  return completionStatus(c) === 'completed' && successStatus(c) === 'failed'
    ? 'failed'
    : 'incomplete';
}

/** The page (and heading) to resume at, within `max` characters; null when none. */
export function locationOf(last: LastPosition | null, max: number): string | null {
  if (!last) return null;
  const withHeading = last.heading ? `${last.path}#${last.heading}` : last.path;
  if ([...withHeading].length <= max) return withHeading;
  return last.path.length <= max ? last.path : null;
}

/** The CMI values for `snapshot`, only valid ones, in the order they should be set. */
export function cmiValues(version: ScormVersion, snapshot: CourseSnapshot): CmiValues {
  const c = snapshot.completion;
  const score = courseScore(c);
  const raw = score === undefined ? undefined : cmiDecimal(score, 2);
  const values: CmiValues =
    version === '1.2'
      ? [
          ['cmi.core.lesson_status', lessonStatus12(c)],
          ...(raw === undefined
            ? []
            : ([
                ['cmi.core.score.min', '0'],
                ['cmi.core.score.max', '100'],
                ['cmi.core.score.raw', raw],
              ] as CmiValues)),
        ]
      : [
          ['cmi.completion_status', completionStatus(c)],
          ['cmi.success_status', successStatus(c)],
          ['cmi.progress_measure', cmiDecimal(progressMeasure(c))],
          ...(raw === undefined
            ? []
            : ([
                ['cmi.score.min', '0'],
                ['cmi.score.max', '100'],
                ['cmi.score.raw', raw],
                ['cmi.score.scaled', cmiDecimal(score! / 100)],
              ] as CmiValues)),
        ];
  const locationElement = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
  const location = locationOf(snapshot.last, version === '1.2' ? 255 : 1000);
  if (location !== null) values.push([locationElement, location]);
  values.push(['cmi.suspend_data', snapshot.suspend]);
  return values.filter(([element, value]) => isValidCmi(version, element, value));
}

/** What to set when the learner leaves: keep the attempt open to resume, and the time spent. */
export function exitValues(version: ScormVersion, seconds: number): CmiValues {
  const values: CmiValues =
    version === '1.2'
      ? [
          ['cmi.core.exit', 'suspend'],
          ['cmi.core.session_time', timespan12(seconds)],
        ]
      : [
          ['cmi.exit', 'suspend'],
          ['cmi.session_time', interval2004(seconds)],
        ];
  return values.filter(([element, value]) => isValidCmi(version, element, value));
}
