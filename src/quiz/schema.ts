/**
 * The shape of a knowledge check (知识自测), one JSON file per module in src/content/quizzes/.
 * Astro validates every file against `quizSchema` at build time (src/content.config.ts); the
 * build also checks each question's link against the headings of the page it names
 * (`quizLinkProblems`, called by src/components/quiz/Quiz.astro). A bad file fails the build.
 */
import { z } from 'astro/zod';

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export const optionSchema = z.object({
  /** a–f, shown as A–F. */
  id: z.enum(LETTERS),
  text: z.string().min(1),
  correct: z.boolean().default(false),
});

export const questionSchema = z
  .object({
    /** Unique within the module, e.g. `role-1`; also the key of the saved answer. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** single: exactly one option is correct; multiple: one or more, the reader picks all. */
    type: z.enum(['single', 'multiple']),
    /** A situation from sales-management work; makes the question a scenario question. */
    scenario: z.string().min(20).optional(),
    prompt: z.string().min(4),
    options: z.array(optionSchema).min(2).max(6),
    /** Why the answer is right, in a few sentences of plain Chinese. */
    explanation: z.string().min(10),
    /** Where the chapter teaches it: a page of the course and a heading id on it. */
    source: z.object({
      page: z.string().regex(/^\/[a-z0-9-]+\/[a-z0-9-]+\/$/),
      anchor: z.string().min(1),
    }),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) ctx.addIssue({ code: 'custom', message: `${q.id}: no correct option` });
    if (q.type === 'single' && correct !== 1)
      ctx.addIssue({
        code: 'custom',
        message: `${q.id}: a single-choice question has exactly one correct option (has ${correct})`,
      });
    const ids = q.options.map((o) => o.id);
    if (ids.some((id, i) => id !== LETTERS[i]))
      ctx.addIssue({ code: 'custom', message: `${q.id}: options are lettered a, b, c… in order` });
  });

export const quizSchema = z
  .object({
    /** Module id from src/course/modules.mjs; the file is named after it. */
    module: z.string().regex(/^[a-z0-9-]+$/),
    questions: z.array(questionSchema).min(8).max(10),
  })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((q) => q.id);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i))
      ctx.addIssue({ code: 'custom', message: `question id "${id}" is used twice` });
    if (!quiz.questions.some((q) => q.type === 'single' && !q.scenario))
      ctx.addIssue({ code: 'custom', message: 'needs at least one single-choice question' });
    if (!quiz.questions.some((q) => q.type === 'multiple'))
      ctx.addIssue({ code: 'custom', message: 'needs at least one multiple-choice question' });
    if (!quiz.questions.some((q) => q.scenario))
      ctx.addIssue({ code: 'custom', message: 'needs at least one scenario question' });
    for (const q of quiz.questions)
      if (!q.source.page.startsWith(`/${quiz.module}/`))
        ctx.addIssue({
          code: 'custom',
          message: `${q.id}: links outside its module (${q.source.page})`,
        });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = Quiz['questions'][number];

/**
 * Problems with the questions' links: `headings` maps a page path to the heading ids on it.
 * Empty when every link lands on an existing page and heading.
 */
export function quizLinkProblems(
  quiz: Pick<Quiz, 'questions'>,
  headings: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  return quiz.questions.flatMap((q) => {
    const onPage = headings.get(q.source.page);
    if (!onPage) return [`${q.id}: no page ${q.source.page}`];
    if (!onPage.has(q.source.anchor))
      return [`${q.id}: no heading #${q.source.anchor} on ${q.source.page}`];
    return [];
  });
}

/** A–F for an option id. */
export const letter = (id: string) => id.toUpperCase();
