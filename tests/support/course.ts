import type { CourseRequirements } from '../../src/progress/completion';

/**
 * A learner's records with everything done, as localStorage items in the shapes the site
 * stores: every chapter read, every quiz at 8 of 10 (or all right), a filled document of each
 * worksheet. All dated `at`.
 */
export function finishedCourseItems(req: CourseRequirements, at: string): Record<string, string> {
  const items: Record<string, string> = {};
  const pages = Object.fromEntries(
    req.modules.flatMap((m) => m.chapters.map((c) => [c.path, { read: true, at }])),
  );
  items['smc:v1:progress:pages'] = JSON.stringify({ v: 1, pages });
  for (const m of req.modules) {
    if (!m.quiz) continue;
    const total = m.quiz.questions;
    const score = { correct: Math.ceil(total * 0.8), total, at };
    items[`smc:v1:quiz:${m.id}`] = JSON.stringify({
      v: 1,
      answers: {},
      checked: [],
      updatedAt: at,
      last: score,
      best: score,
    });
  }
  for (const w of req.worksheets) {
    const data = JSON.parse(JSON.stringify(w.empty)) as Record<string, unknown>;
    const field = Object.keys(data).find((k) => data[k] === '')!;
    data[field] = '华东区';
    items[`smc:v1:default:${w.id}:index`] = JSON.stringify(['doc1']);
    items[`smc:v1:default:${w.id}:doc:doc1`] = JSON.stringify({
      id: 'doc1',
      exercise: w.id,
      schemaVersion: 1,
      title: '我的练习',
      createdAt: at,
      updatedAt: at,
      data,
    });
  }
  return items;
}
