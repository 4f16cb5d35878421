/**
 * 入门自测: the answer key and the scoring (pure; the page script and the progress page use it).
 *
 * Saved under `smc:v1:placement`: { v: 1, answers: { p1: "b", … }, submittedAt?, updatedAt }.
 * A module's result is how many of its questions got the better practice: all of them →
 * 可以略读, some → 建议复习, none → 建议先读. The learner is told to start at the first module,
 * in course order, that needs reading first, else the first that needs review.
 */
import { KEY_PREFIX } from '../../exercises/core/storage';

export const PLACEMENT_KEY = `${KEY_PREFIX}placement`;
export const PLACEMENT_VERSION = 1;

export type Letter = 'a' | 'b' | 'c' | 'd';
export const LETTERS: readonly Letter[] = ['a', 'b', 'c', 'd'];

export interface PlacementKey {
  id: string;
  /** Module id (src/course/modules.mjs). */
  module: string;
  best: Letter;
}

export interface PlacementRecord {
  v: typeof PLACEMENT_VERSION;
  answers: Record<string, Letter>;
  /** When 查看结果 was last chosen with every question answered. */
  submittedAt?: string;
  updatedAt: string;
}

export type Level = 'read' | 'review' | 'skim';

export interface ModuleResult {
  module: string;
  correct: number;
  total: number;
  level: Level;
}

export interface PlacementResult {
  modules: ModuleResult[];
  correct: number;
  total: number;
  /** Where to start: a module id, or undefined when every module is 可以略读. */
  start?: string;
}

export const emptyRecord = (): PlacementRecord => ({
  v: PLACEMENT_VERSION,
  answers: {},
  updatedAt: '',
});

/** Questions not answered yet, in order (their 1-based numbers). */
export function unanswered(keys: readonly PlacementKey[], record: PlacementRecord): number[] {
  return keys.flatMap((k, i) => (record.answers[k.id] ? [] : [i + 1]));
}

/**
 * The result per module, in the order `modules` gives (course order); modules without
 * questions are left out.
 */
export function score(
  keys: readonly PlacementKey[],
  record: PlacementRecord,
  modules: readonly string[],
): PlacementResult {
  const results: ModuleResult[] = [];
  for (const module of modules) {
    const asked = keys.filter((k) => k.module === module);
    if (!asked.length) continue;
    const correct = asked.filter((k) => record.answers[k.id] === k.best).length;
    const level: Level = correct === asked.length ? 'skim' : correct === 0 ? 'read' : 'review';
    results.push({ module, correct, total: asked.length, level });
  }
  const start =
    results.find((r) => r.level === 'read')?.module ??
    results.find((r) => r.level === 'review')?.module;
  return {
    modules: results,
    correct: results.reduce((n, r) => n + r.correct, 0),
    total: results.reduce((n, r) => n + r.total, 0),
    start,
  };
}

/** A stored record, or null when it is not one (the caller keeps the raw text aside). */
export function parseRecord(raw: string | null): PlacementRecord | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<PlacementRecord>;
  if (v.v !== PLACEMENT_VERSION || !v.answers || typeof v.answers !== 'object') return null;
  const answers: Record<string, Letter> = {};
  for (const [id, letter] of Object.entries(v.answers))
    if (/^p\d{1,3}$/.test(id) && LETTERS.includes(letter as Letter)) answers[id] = letter as Letter;
  return {
    v: PLACEMENT_VERSION,
    answers,
    updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : '',
    ...(typeof v.submittedAt === 'string' ? { submittedAt: v.submittedAt } : {}),
  };
}
