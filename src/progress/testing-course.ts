/**
 * For unit tests: the course's real pages and question banks read from src/content (what
 * astro:content gives the build), enough for courseRequirements and a "finished course" state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '../course/modules.mjs';
import type { CourseRequirements, CourseState } from './completion';
import type { ProgressState } from './model';
import type { RequirementEntry, RequirementQuiz } from './requirements';

const DOCS = 'src/content/docs';
const QUIZZES = 'src/content/quizzes';

/** The docs entries of the course modules, with the frontmatter fields requirements read. */
export function contentDocs(): RequirementEntry[] {
  return MODULES.flatMap((m) =>
    readdirSync(join(DOCS, m.id))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(join(DOCS, m.id, f), 'utf8');
        const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
        const title = /^title:\s*(.+)$/m.exec(front)?.[1].trim() ?? '';
        const order = /^\s*(?:sidebar:\s*\{\s*)?order:\s*(\d+)/m.exec(front)?.[1];
        const worksheets = /^worksheets:\s*\[(.*)\]/m.exec(front)?.[1];
        return {
          id: `${m.id}/${f.replace(/\.mdx$/, '')}`,
          data: {
            title,
            ...(order ? { sidebar: { order: Number(order) } } : {}),
            worksheets: (worksheets ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          },
        };
      }),
  );
}

/** The question banks, by module id. */
export function contentQuizzes(): RequirementQuiz[] {
  return readdirSync(QUIZZES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      data: JSON.parse(readFileSync(join(QUIZZES, f), 'utf8')) as { questions: unknown[] },
    }));
}

/** A body of `empty` with its first blank text field typed in: a filled document. */
export function typedInto(empty: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(empty)) as Record<string, unknown>;
  const key = Object.keys(copy).find((k) => copy[k] === '')!;
  return { ...copy, [key]: '华东区 2027 年销售额' };
}

/**
 * Everything done, as a learner leaves it: every chapter read (each at its own time), each
 * module's 知识自测 finished twice (best `correct` of its questions, or all of them), a filled
 * document of every required worksheet.
 */
export function finishedState(req: CourseRequirements, correct?: (total: number) => number) {
  const start = Date.parse('2026-09-01T08:00:00Z');
  const pages: ProgressState['pages'] = {};
  req.modules
    .flatMap((m) => m.chapters)
    .forEach((c, i) => {
      pages[c.path] = { read: true, at: new Date(start + i * 3_600_000).toISOString() };
    });
  const quizzes: CourseState['quizzes'] = {};
  req.modules.forEach((m, i) => {
    if (!m.quiz) return;
    const total = m.quiz.questions;
    const at = new Date(start + (100 + i) * 3_600_000).toISOString();
    const best = { correct: correct ? correct(total) : total, total, at };
    quizzes[m.id] = {
      v: 1,
      answers: {},
      checked: [],
      updatedAt: at,
      last: { ...best, correct: Math.max(0, best.correct - 1) },
      best,
    };
  });
  const documents = Object.fromEntries(req.worksheets.map((w) => [w.id, [typedInto(w.empty)]]));
  return { progress: { v: 1, pages }, quizzes, documents } as CourseState;
}
