import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { quizSchema } from './quiz/schema';

/** Course fields every topic page may carry in its frontmatter. */
export const courseFields = z.object({
  /** 学习目标: 2–4 checkable outcomes, shown at the top of the page. */
  objectives: z.array(z.string().min(4)).min(2).max(4).optional(),
  /** Estimated reading time in minutes. */
  readingMinutes: z.number().int().positive().max(60).optional(),
  /** Worksheet ids (see exercises/registry.ts) that this page uses. */
  worksheets: z.array(z.string()).default([]),
  /**
   * 本页回答的问题: 2–6 questions a learner would ask that this page answers, in their words.
   * Shown under the title and weighted up in search, so a typed question finds its page.
   */
  questions: z.array(z.string().min(4).max(40)).min(2).max(6).optional(),
});

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: courseFields }),
  }),
  // 知识自测: one file per module (src/content/quizzes/<module>.json), see src/quiz/schema.ts.
  quizzes: defineCollection({
    loader: glob({ pattern: '*.json', base: './src/content/quizzes' }),
    schema: quizSchema,
  }),
  // Chinese for the UI strings Starlight and Pagefind leave in English (search dialog, anchor labels).
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({
      extend: z.object({
        /** Shown above search results when no page has every word of the query. */
        'search.partialResults': z.string().optional(),
        /** Put before the glossary terms suggested when a search finds nothing. */
        'search.termSuggestions': z.string().optional(),
      }),
    }),
  }),
};
