/**
 * A reader's answers to one module's knowledge check, and the scoring. Pure functions; the
 * page script (quiz.ts) and the backup (src/progress/backup.ts) use them.
 *
 * Saved under `smc:v1:quiz:<module>`:
 *   { v: 1, answers: { <question id>: ["b"] }, checked: ["role-1"], updatedAt,
 *     last?: { correct, total, at }, best?: { correct, total, at }, seed? }
 * A question is scored once, when the reader checks it; its answer is then fixed until
 * 重做此题 (that question only) or 重新作答 (all). When every question is checked, the
 * attempt's score becomes `last` (and `best` when higher).
 *
 * Answers are option ids (a–f, the authoring order). The page shows the options in an order
 * drawn from `seed`: one seed per attempt, so a reload keeps the order and 重新作答 draws a
 * new one. Records saved before the seed existed still read (they get a seed when next saved).
 */
import { KEY_PREFIX } from '../../exercises/core/storage';
import { isRecord } from '../../exercises/core/json';

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
  /** Draws the option order of this attempt (`optionOrder`); absent in older records. */
  seed?: number;
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

/** 重新作答: clear the answers, keep the last and best scores; a new seed, a new order. */
export function resetAttempt(result: QuizResult, now: Date, seed = newSeed()): QuizResult {
  return { ...result, answers: {}, checked: [], updatedAt: now.toISOString(), seed };
}

/**
 * 重做此题: one checked question is open again (its answer cleared). The scores stay; when the
 * reader checks it and every question is checked again, the attempt is scored anew.
 */
export function retryQuestion(result: QuizResult, id: string, now: Date): QuizResult {
  if (!result.checked.includes(id)) return result;
  const answers = { ...result.answers };
  delete answers[id];
  return {
    ...result,
    answers,
    checked: result.checked.filter((x) => x !== id),
    updatedAt: now.toISOString(),
  };
}

/** A seed for a new attempt: a non-negative 32-bit integer. */
export const newSeed = (random: () => number = Math.random) =>
  Math.floor(random() * 0x100000000) >>> 0;

/** The result with a seed: its own when it has one, else `seed`. */
export const withSeed = (result: QuizResult, seed: number): QuizResult =>
  result.seed === undefined ? { ...result, seed } : result;

/** FNV-1a of a string, 32 bits. */
function hash(text: string, start = 0x811c9dc5): number {
  let h = start >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The order to show a question's options in: a shuffle of `ids` that depends only on the
 * attempt's seed and the question id (the same on every reload, different per question).
 */
export function optionOrder(seed: number, questionId: string, ids: readonly string[]): string[] {
  let state = hash(questionId, seed ^ 0x811c9dc5) || 1;
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const ratio = (s: Score) => (s.total ? s.correct / s.total : 0);

const isStringList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');
const isSeed = (x: unknown): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 0xffffffff;
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
  // The seed only orders the options: a bad one is dropped (a new one is drawn), not the record.
  if (isSeed(value.seed)) result.seed = value.seed;
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
