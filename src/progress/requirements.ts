/**
 * What completing the course asks for, built from the content at build time (the 学习进度 and
 * 结业 pages put it into the page for completion.ts): each module's chapters in sidebar order
 * and its 知识自测, and the worksheets the chapters assign (`worksheets` in their frontmatter),
 * each with a fresh document body and the worked example from the registry, so "filled" is
 * judged the same way for every worksheet.
 */
import { WORKSHEETS, type WorksheetEntry } from '../../exercises/registry';
import { MODULES } from '../course/modules.mjs';
import { siteEnv } from '../course/site-env.mjs';
import { entryPath, moduleChapters, type ChapterEntry } from '../course/print-edition';
import { FINAL_PATH, FINAL_QUESTIONS } from '../quiz/final-ref';
import type { CourseRequirements, WorksheetRequirement } from './completion';
import { FINAL_LABEL } from './completion-strings';
import { isQuestionPage } from './pages';

/** The part of a docs entry read here. */
export interface RequirementEntry extends ChapterEntry {
  data: ChapterEntry['data'] & { worksheets?: string[] };
}

/** The part of a quiz entry read here: its module id and its questions. */
export interface RequirementQuiz {
  id: string;
  data: { questions: readonly unknown[] };
}

/** Build settings that change what completing asks for. */
export interface RequirementOptions {
  /** The 综合测验's score counts (FINAL_QUIZ_COUNTS, README); default: it is optional. */
  finalQuizCounts?: boolean;
}

/**
 * FINAL_QUIZ_COUNTS as this build was given it (site-env.mjs). Read when the pages are built
 * (this module runs at build time only), so the setting is fixed in the built pages.
 */
export const BUILD_OPTIONS: RequirementOptions = {
  finalQuizCounts: siteEnv(process.env).finalQuizCounts,
};

/**
 * The requirements of the course. A worksheet a chapter names that is unknown or not ready
 * (paper only) cannot be filled on the site, so it is not required.
 */
export async function courseRequirements(
  docs: readonly RequirementEntry[],
  quizzes: readonly RequirementQuiz[],
  worksheets: readonly WorksheetEntry[] = WORKSHEETS,
  options: RequirementOptions = BUILD_OPTIONS,
): Promise<CourseRequirements> {
  const assigned = new Map<string, string[]>();
  const modules = MODULES.map((m) => {
    const chapters = moduleChapters(docs, m.id).filter((e) => !isQuestionPage(e.id));
    for (const e of chapters)
      for (const id of e.data.worksheets ?? [])
        assigned.set(id, [...(assigned.get(id) ?? []), entryPath(e.id)]);
    const quiz = quizzes.find((q) => q.id === m.id);
    return {
      id: m.id,
      label: m.label,
      chapters: chapters.map((e) => ({ path: entryPath(e.id), title: e.data.title })),
      quiz: quiz ? { path: `/${m.id}/quiz/`, questions: quiz.data.questions.length } : null,
    };
  });
  const required: WorksheetRequirement[] = [];
  for (const [id, chapters] of assigned) {
    const entry = worksheets.find((w) => w.id === id);
    if (!entry?.ready) continue;
    const parts = await entry.parts();
    const definition = await parts.definition();
    required.push({
      id,
      title: entry.title,
      path: `/exercises/${id}/`,
      chapters,
      empty: definition.createData(),
      example: await parts.example(),
    });
  }
  const final = { label: FINAL_LABEL, path: FINAL_PATH, questions: FINAL_QUESTIONS };
  return {
    modules,
    worksheets: required,
    ...(options.finalQuizCounts && quizzes.length ? { final } : {}),
  };
}
