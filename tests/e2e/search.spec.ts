// Search quality through the real search dialog in Chromium: two query sets with the page that
// teaches each answer (tests/search/*.json), scored by top-1 and top-3 hit rates.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openSearch, rankOf, searchPaths, type SearchCase } from '../support/search';

const load = (name: string): SearchCase[] =>
  JSON.parse(readFileSync(`tests/search/${name}.json`, 'utf8')) as SearchCase[];

const SETS = [
  { name: 'terms', cases: load('terms'), minTop3: 0.95 },
  { name: 'questions', cases: load('questions'), minTop3: 0.85 },
];

const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

test.describe.configure({ mode: 'parallel' });

for (const { name, cases, minTop3 } of SETS) {
  test(`search ${name}: top-3 hit rate ≥ ${minTop3 * 100}%, no empty answer`, async ({
    page,
  }, info) => {
    test.setTimeout(cases.length * 3_000 + 30_000);
    await page.goto('/');
    await openSearch(page);
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    const empty: string[] = [];
    for (const c of cases) {
      const paths = await searchPaths(page, c.query);
      const rank = rankOf(paths, c.expect);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      if (rank !== 0) {
        const label = rank > 0 && rank < 3 ? `#${rank + 1}` : 'miss';
        const got = paths.slice(0, 3).join(' ') || '(nothing)';
        misses.push(`${label}: ${c.query} → ${got}  want ${c.expect}`);
      }
      if (paths.length === 0) empty.push(c.query);
    }
    const summary = [
      `search ${name}: ${cases.length} queries · top-1 ${pct(top1, cases.length)} · top-3 ${pct(top3, cases.length)}`,
      ...misses.map((m) => `  ${m}`),
    ].join('\n');
    console.log(summary);
    await info.attach(`${name}-hit-rates.txt`, { body: summary, contentType: 'text/plain' });
    expect(empty, 'queries that came back empty').toEqual([]);
    expect(top3 / cases.length, summary).toBeGreaterThanOrEqual(minTop3);
  });
}
