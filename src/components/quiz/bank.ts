/**
 * A module's 知识自测 bank as the quiz pages render it (build time): its questions and, for
 * each, the section that teaches it (link and 「页面 › 小节」 label), read from the rendered
 * chapters. The build fails when a question's link names a page or heading that does not
 * exist. Used by Quiz.astro (one module) and FinalQuiz.astro (every module).
 */
import { getCollection, getEntry, render } from 'astro:content';
import { withBase } from '../../course/links';
import { entryPath } from '../../course/print-edition';
import { quizLinkProblems, type Question } from '../../quiz/schema';

export interface QuizBank {
  module: string;
  questions: Question[];
  source(q: Question): { href: string; label: string };
}

export async function loadBank(module: string): Promise<QuizBank> {
  const entry = await getEntry('quizzes', module);
  if (!entry)
    throw new Error(`No knowledge check for "${module}" (src/content/quizzes/${module}.json)`);
  const { questions } = entry.data;
  if (entry.data.module !== module)
    throw new Error(`src/content/quizzes/${module}.json says module "${entry.data.module}"`);

  // The pages and headings the questions link to, read from the rendered chapters.
  const docs = await getCollection('docs');
  const headings = new Map<string, Set<string>>();
  const headingText = new Map<string, string>();
  const pageTitle = new Map<string, string>();
  for (const page of new Set(questions.map((q) => q.source.page))) {
    const doc = docs.find((d) => entryPath(d.id) === page);
    if (!doc) continue;
    const rendered = await render(doc);
    headings.set(page, new Set(rendered.headings.map((h) => h.slug)));
    for (const h of rendered.headings) headingText.set(`${page}#${h.slug}`, h.text);
    pageTitle.set(page, doc.data.title);
  }
  const problems = quizLinkProblems(entry.data, headings);
  if (problems.length)
    throw new Error(`src/content/quizzes/${module}.json:\n  ${problems.join('\n  ')}`);

  return {
    module,
    questions,
    source: (q) => ({
      href: `${withBase(q.source.page)}#${q.source.anchor}`,
      label: `${pageTitle.get(q.source.page)} › ${headingText.get(`${q.source.page}#${q.source.anchor}`)}`,
    }),
  };
}

/** The correct options' ids, as the page scripts read them (`data-answer`). */
export const answerOf = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);

/** The correct options by their text, for the answer key: “…”；“…”. */
export const answerText = (q: Question) =>
  q.options
    .filter((o) => o.correct)
    .map((o) => `“${o.text}”`)
    .join('；');

/** 情境题 · 单选, 多选 … */
export const kindOf = (q: Question) =>
  `${q.scenario ? '情境题 · ' : ''}${q.type === 'single' ? '单选' : '多选'}`;
