/**
 * For unit tests: the course's real pages and question banks read from src/content (what
 * astro:content gives the build), enough for courseRequirements and a "finished course" state.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULES } from '../course/modules.mjs';
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
