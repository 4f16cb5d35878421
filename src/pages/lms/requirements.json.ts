/**
 * What completing the course asks for (src/progress/requirements.ts), as a file the LMS runtime
 * (src/lms/runtime.ts) loads: only inside an LMS, so no page carries it.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { courseRequirements } from '../../progress/requirements';

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      await courseRequirements(await getCollection('docs'), await getCollection('quizzes')),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
