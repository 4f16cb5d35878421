/**
 * A reader's answers to one module's knowledge check, and the scoring. Pure functions; the
 * page script (quiz.ts) and the backup (src/progress/backup.ts) use them.
 *
 * Saved under `smc:v1:quiz:<module>`:
 *   { v: 1, answers: { <question id>: ["b"] }, checked: ["role-1"], updatedAt,
 *     last?: { correct, total, at }, best?: { correct, total, at } }
 * A question is scored once, when the reader checks it; its answer is then fixed until
 * 重新作答. When every question is checked, the attempt's score becomes `last` (and `best`
 * when higher).
 */
import { KEY_PREFIX } from '../../exercises/core/storage';

export const QUIZ_VERSION = 1;
export const QUIZ_PREFIX = `${KEY_PREFIX}quiz:`;
export const quizKey = (module: string) => `${QUIZ_PREFIX}${module}`;

export interface Score {
  correct: number;
  total: number;
  at: string;
}

export interface QuizResult {
  v: typeof QUIZ_VERSION;
  answers: Record<string, string[]>;
  checked: string[];
  updatedAt: string;
  last?: Score;
  best?: Score;
}

/** What scoring needs of a question: its id and the ids of its correct options. */
export interface AnswerKey {
  id: string;
  answer: readonly string[];
}

export const emptyResult = (at = ''): QuizResult => ({
  v: QUIZ_VERSION,
  answers: {},
  checked: [],
  updatedAt: at,
});

/** Right when the chosen options are exactly the correct ones (order does not matter). */
export function isCorrect(chosen: readonly string[], answer: readonly string[]): boolean {
  const set = new Set(chosen);
  return set.size === answer.length && answer.every((id) => set.has(id));
}

/** Checked questions so far and how many of them are right. */
export function progressOf(keys: readonly AnswerKey[], result: QuizResult) {
  const checked = keys.filter((k) => result.checked.includes(k.id));
  const correct = checked.filter((k) => isCorrect(result.answers[k.id] ?? [], k.answer)).length;
  return { checked: checked.length, correct, total: keys.length };
}

/** Record the reader's answer to one question as checked; completes the attempt on the last one. */
export function checkAnswer(
  keys: readonly AnswerKey[],
  result: QuizResult,
  id: string,
  chosen: readonly string[],
  now: Date,
): QuizResult {
  if (result.checked.includes(id) || !keys.some((k) => k.id === id)) return result;
  const at = now.toISOString();
  const next: QuizResult = {
    ...result,
    answers: { ...result.answers, [id]: [...chosen].sort() },
    checked: [...result.checked, id],
    updatedAt: at,
  };
  const p = progressOf(keys, next);
  if (p.checked === p.total) {
    next.last = { correct: p.correct, total: p.total, at };
    if (!next.best || ratio(next.last) > ratio(next.best)) next.best = next.last;
  }
  return next;
}

/** Keep an unchecked answer while the reader is choosing (so a reload does not lose it). */
export function draftAnswer(
  result: QuizResult,
  id: string,
  chosen: readonly string[],
  now: Date,
): QuizResult {
  if (result.checked.includes(id)) return result;
  return {
    ...result,
    answers: { ...result.answers, [id]: [...chosen].sort() },
    updatedAt: now.toISOString(),
  };
}

/** 重新作答: clear the answers, keep the last and best scores. */
export function resetAttempt(result: QuizResult, now: Date): QuizResult {
  return { ...result, answers: {}, checked: [], updatedAt: now.toISOString() };
}

const ratio = (s: Score) => (s.total ? s.correct / s.total : 0);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');
const isScore = (x: unknown): x is Score =>
  isRecord(x) &&
  Number.isInteger(x.correct) &&
  Number.isInteger(x.total) &&
  (x.correct as number) >= 0 &&
  (x.correct as number) <= (x.total as number) &&
  typeof x.at === 'string';

/** Check an unknown value (from storage or a backup) is a saved result; null when it is not. */
export function toQuizResult(value: unknown): QuizResult | null {
  if (!isRecord(value) || value.v !== QUIZ_VERSION) return null;
  if (!isRecord(value.answers) || !Object.values(value.answers).every(isStringList)) return null;
  if (!isStringList(value.checked) || typeof value.updatedAt !== 'string') return null;
  if (value.last !== undefined && !isScore(value.last)) return null;
  if (value.best !== undefined && !isScore(value.best)) return null;
  const result: QuizResult = {
    v: QUIZ_VERSION,
    answers: value.answers as Record<string, string[]>,
    checked: value.checked,
    updatedAt: value.updatedAt,
  };
  if (value.last) result.last = value.last as Score;
  if (value.best) result.best = value.best as Score;
  return result;
}

export function parseQuizResult(raw: string | null): QuizResult | null {
  if (raw === null) return emptyResult();
  try {
    return toQuizResult(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Merge two copies of one module's result: the newer attempt (answers, checked, last) wins;
 * the best score is the better of the two.
 */
export function mergeQuizResults(local: QuizResult, incoming: QuizResult): QuizResult {
  const newer = Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt) ? incoming : local;
  const bests = [local.best, incoming.best].filter((s): s is Score => !!s);
  const best = bests.sort((a, b) => ratio(b) - ratio(a))[0];
  return best ? { ...newer, best } : { ...newer };
}
