/**
 * Course completion, defined once. A learner has completed the course when
 *   - every chapter is read (the reading-progress rule: a page mark with `read: true`),
 *   - every module's 知识自测 is passed: its best score is at least MASTERY_PERCENT (80 %),
 *   - each worksheet a chapter assigns (`worksheets` in its frontmatter) has at least one
 *     filled document in this browser (see isFilled);
 *   - and, only where the site is built with FINAL_QUIZ_COUNTS (README), the 综合测验's best
 *     score is at least MASTERY_PERCENT too (`final` in the requirements). By default it is
 *     optional and does not count.
 * Pure functions over plain values. The requirements are computed at build time
 * (requirements.ts) and put into the page; `readCourseState` gathers the learner's state from
 * storage. 学习进度, the 结业 page and the LMS runtime all read `completion`.
 */
import { KEY_PREFIX, type StorageEngine } from '../../exercises/core/storage';
import { FINAL_ID } from '../quiz/final-ref';
import { parseQuizResult, quizKey, type QuizResult, type Score } from '../quiz/model';
import { emptyProgress, isRead, PAGES_KEY, parseProgress, type ProgressState } from './model';
import { isRecord, readJson } from '../../exercises/core/json';

/** A module's 知识自测 is passed at this share of right answers (best score), in percent. */
export const MASTERY_PERCENT = 80;

export interface ChapterRef {
  /** Site path without the base, e.g. `/role/duties/`. */
  path: string;
  title: string;
}

export interface ModuleRequirement {
  id: string;
  label: string;
  chapters: ChapterRef[];
  /** The module's 知识自测: its page and its number of questions; null when it has none. */
  quiz: { path: string; questions: number } | null;
}

export interface WorksheetRequirement {
  id: string;
  title: string;
  /** The worksheet's page (site path). */
  path: string;
  /** The chapters that assign it. */
  chapters: string[];
  /** A fresh document body (the worksheet's `createData()`): a document equal to it is blank. */
  empty: unknown;
  /** The worked example (载入示例): a document that is just the example is not the learner's. */
  example?: unknown;
}

/** What completing the course asks for (built from the content at build time). */
export interface CourseRequirements {
  modules: ModuleRequirement[];
  worksheets: WorksheetRequirement[];
  /** The 综合测验 when its score counts (the build setting); absent when it is optional. */
  final?: { label: string; path: string; questions: number };
}

/** The learner's state, as far as completion is concerned. */
export interface CourseState {
  progress: ProgressState;
  /** Knowledge-check results by module id, and the 综合测验's by FINAL_ID (missing or null: none). */
  quizzes: Record<string, QuizResult | null | undefined>;
  /** The `data` of every stored document, by worksheet id. */
  documents: Record<string, unknown[]>;
}

export interface QuizStatus {
  module: string;
  label: string;
  path: string;
  best?: Score;
  passed: boolean;
}

export interface Completion {
  complete: boolean;
  chapters: { total: number; read: number; left: (ChapterRef & { module: string })[] };
  quizzes: { total: number; passed: number; all: QuizStatus[]; left: QuizStatus[] };
  worksheets: { total: number; filled: number; left: WorksheetRequirement[] };
  /** The 综合测验 when it counts (null when it is optional). */
  final: QuizStatus | null;
  /** Share of all requirements met, 0–1 (each chapter, quiz, worksheet and the final test counts one). */
  measure: number;
}

/** A score in percent (0–100); undefined when there is none. */
export function percentOf(score: Score | undefined): number | undefined {
  if (!score || score.total <= 0) return undefined;
  return (score.correct / score.total) * 100;
}

/** True when a score reaches the mastery score (computed in integers: 79.99 % is not 80 %). */
export function isPassing(score: Score | undefined): boolean {
  return !!score && score.total > 0 && score.correct * 100 >= score.total * MASTERY_PERCENT;
}

/** Keys of machine-made ids (`id`, `tierId`): never typed by the learner. */
const isIdKey = (key: string) => key === 'id' || key.endsWith('Id');

/**
 * Every leaf of a JSON value a person could have typed (non-blank text, numbers), by path;
 * ids are left out.
 */
function typedLeaves(value: unknown, path: string, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.trim()) out.add(path);
  } else if (typeof value === 'number' && Number.isFinite(value)) out.add(path);
  else if (Array.isArray(value)) value.forEach((v, i) => typedLeaves(v, `${path}/${i}`, out));
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value))
      if (!isIdKey(k)) typedLeaves(v, `${path}/${k}`, out);
  return out;
}

/** Deep equality of plain JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && sameJson(a[k], b[k]));
}

/**
 * A filled document: the learner typed something into it. Generic over worksheets: some field
 * that is blank (or absent) in a fresh document (`empty`, the worksheet's createData()) holds
 * text or a number, ids aside. So changing only a preset choice, or adding blank rows, does
 * not count; nor does the worked example loaded unchanged.
 */
export function isFilled(data: unknown, empty: unknown, example?: unknown): boolean {
  if (example !== undefined && sameJson(data, example)) return false;
  const preset = typedLeaves(empty, '', new Set());
  for (const path of typedLeaves(data, '', new Set())) if (!preset.has(path)) return true;
  return false;
}

/** Whether the course is complete, and what is left. */
export function completion(req: CourseRequirements, state: CourseState): Completion {
  const chapters = req.modules.flatMap((m) => m.chapters.map((c) => ({ ...c, module: m.id })));
  const chaptersLeft = chapters.filter((c) => !isRead(state.progress, c.path));
  const status = (module: string, label: string, path: string): QuizStatus => {
    const best = state.quizzes[module]?.best;
    return { module, label, path, ...(best ? { best } : {}), passed: isPassing(best) };
  };
  const quizzes: QuizStatus[] = req.modules
    .filter((m) => m.quiz)
    .map((m) => status(m.id, m.label, m.quiz!.path));
  const final = req.final ? status(FINAL_ID, req.final.label, req.final.path) : null;
  const finalLeft = final && !final.passed ? 1 : 0;
  const quizzesLeft = quizzes.filter((q) => !q.passed);
  const worksheetsLeft = req.worksheets.filter(
    (w) => !(state.documents[w.id] ?? []).some((d) => isFilled(d, w.empty, w.example)),
  );
  const total = chapters.length + quizzes.length + req.worksheets.length + (final ? 1 : 0);
  const left = chaptersLeft.length + quizzesLeft.length + worksheetsLeft.length + finalLeft;
  return {
    complete: left === 0,
    chapters: {
      total: chapters.length,
      read: chapters.length - chaptersLeft.length,
      left: chaptersLeft,
    },
    quizzes: {
      total: quizzes.length,
      passed: quizzes.length - quizzesLeft.length,
      all: quizzes,
      left: quizzesLeft,
    },
    worksheets: {
      total: req.worksheets.length,
      filled: req.worksheets.length - worksheetsLeft.length,
      left: worksheetsLeft,
    },
    final,
    measure: total === 0 ? 1 : (total - left) / total,
  };
}

/** Worksheet documents are kept under this namespace on the course pages (not in a workshop). */
const DOCS_NAMESPACE = 'default';

/**
 * The learner's state from storage. Unreadable records count as nothing done (their own pages
 * set them aside and explain); nothing is written.
 */
export function readCourseState(engine: StorageEngine, req: CourseRequirements): CourseState {
  const parsed = parseProgress(engine.get(PAGES_KEY));
  const progress = parsed.ok ? parsed.value : emptyProgress();
  const quizzes: CourseState['quizzes'] = {};
  for (const m of req.modules)
    if (m.quiz) quizzes[m.id] = parseQuizResult(engine.get(quizKey(m.id)));
  if (req.final) quizzes[FINAL_ID] = parseQuizResult(engine.get(quizKey(FINAL_ID)));
  const documents: CourseState['documents'] = {};
  const keys = engine.keys();
  for (const w of req.worksheets) {
    const prefix = `${KEY_PREFIX}${DOCS_NAMESPACE}:${w.id}:doc:`;
    documents[w.id] = keys
      .filter((k) => k.startsWith(prefix))
      .map((k) => readJson(engine.get(k)))
      .filter(isRecord)
      .map((doc) => doc.data);
  }
  return { progress, quizzes, documents };
}
