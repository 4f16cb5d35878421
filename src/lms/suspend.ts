/**
 * The learner's course state in `cmi.suspend_data`, so that another computer resumes where
 * they left off: the page marks, the page open last, and each module's knowledge-check scores
 * (not the answers, and never the worksheets: those stay in the browser). Compact JSON (times
 * in whole seconds, base 36), compressed with lz-string to Base64 — letters, digits, `+/=`
 * only, which every LMS stores unchanged within SCORM 1.2's CMIString4096.
 * Decoding checks everything with the same rules as storage (model.ts, quiz/model.ts).
 */
import { compressToBase64, decompressFromBase64 } from 'lz-string';
import {
  parseLast,
  parseProgress,
  PROGRESS_VERSION,
  type LastPosition,
  type ProgressState,
} from '../progress/model';
import { QUIZ_VERSION, toQuizResult, type QuizResult, type Score } from '../quiz/model';
import { isRecord } from '../../exercises/core/json';

export const SUSPEND_VERSION = 1;

export interface SuspendState {
  progress: ProgressState;
  last: LastPosition | null;
  /** Results by module; only the scores are kept. */
  quizzes: Record<string, QuizResult>;
}

type Time = string;
type PackedScore = [number, number, Time];
interface Packed {
  v: number;
  /** [path, read (1/0), time] */
  p: [string, number, Time][];
  /** [path, title, time, heading?, headingText?] */
  l?: string[];
  /** module → [best, last?] */
  q: Record<string, PackedScore[]>;
}

const packTime = (iso: string): Time => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? Math.floor(t / 1000).toString(36) : '0';
};
const unpackTime = (t: unknown): string => {
  const n = typeof t === 'string' ? parseInt(t, 36) : NaN;
  return new Date(Number.isFinite(n) ? n * 1000 : 0).toISOString();
};
const packScore = (s: Score): PackedScore => [s.correct, s.total, packTime(s.at)];

/** The state as suspend_data text. */
export function encodeSuspend(state: SuspendState): string {
  const packed: Packed = {
    v: SUSPEND_VERSION,
    p: Object.entries(state.progress.pages).map(([path, m]) => [
      path,
      m.read ? 1 : 0,
      packTime(m.at),
    ]),
    q: {},
  };
  const last = state.last;
  if (last) {
    packed.l = [last.path, last.title, packTime(last.at)];
    if (last.heading) packed.l.push(last.heading, last.headingText ?? '');
  }
  for (const [module, r] of Object.entries(state.quizzes))
    if (r.best) packed.q[module] = [packScore(r.best), ...(r.last ? [packScore(r.last)] : [])];
  return compressToBase64(JSON.stringify(packed));
}

function unpackScore(x: unknown): unknown {
  return Array.isArray(x) ? { correct: x[0], total: x[1], at: unpackTime(x[2]) } : undefined;
}

/**
 * The state in suspend_data text, each part checked as storage checks it; null when the text
 * is not ours or cannot be read (the learner then starts from what this browser has).
 */
export function decodeSuspend(text: string): SuspendState | null {
  let packed: unknown;
  try {
    packed = JSON.parse(decompressFromBase64(text) ?? '');
  } catch {
    return null;
  }
  if (!isRecord(packed) || packed.v !== SUSPEND_VERSION || !Array.isArray(packed.p)) return null;
  const pages: Record<string, unknown> = {};
  for (const mark of packed.p)
    if (Array.isArray(mark)) pages[mark[0]] = { read: mark[1] === 1, at: unpackTime(mark[2]) };
  const progress = parseProgress(JSON.stringify({ v: PROGRESS_VERSION, pages }));
  if (!progress.ok) return null;
  let last: LastPosition | null = null;
  if (Array.isArray(packed.l)) {
    const [path, title, at, heading, headingText] = packed.l as unknown[];
    const parsed = parseLast(
      JSON.stringify({
        v: PROGRESS_VERSION,
        path,
        title,
        at: unpackTime(at),
        heading,
        headingText,
      }),
    );
    if (parsed.ok) last = parsed.value;
  }
  const quizzes: Record<string, QuizResult> = {};
  if (isRecord(packed.q))
    for (const [module, scores] of Object.entries(packed.q)) {
      if (!Array.isArray(scores) || !/^[a-z0-9-]+$/.test(module)) continue;
      const best = unpackScore(scores[0]);
      const lastScore = unpackScore(scores[1]) ?? best;
      const result = toQuizResult({
        v: QUIZ_VERSION,
        answers: {},
        checked: [],
        updatedAt: isRecord(lastScore) ? lastScore.at : '',
        best,
        last: lastScore,
      });
      if (result) quizzes[module] = result;
    }
  return { progress: progress.value, last, quizzes };
}
