// Search quality through the real search dialog in Chromium: query sets with the page that
// teaches each answer (tests/search/*.json), scored by top-1 and top-3 hit rates.
import { test, expect } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { readFileSync } from 'node:fs';
import { builtHtml, htmlText } from '../support/html';
import { builtPages } from '../support/site';
import {
  answers,
  openSearch,
  rankOf,
  searchPaths,
  searchPathsUpTo,
  type SearchCase,
} from '../support/search';

const load = (name: string): SearchCase[] =>
  JSON.parse(readFileSync(`tests/search/${name}.json`, 'utf8')) as SearchCase[];

// Four chapters were written after holdout and everyday were frozen (/customers/credit/,
// /team/coaching/, /team/commission/, /team/low-performance/). Someone who read them but not the
// search results then checked every query of both sets against them: a page that answers a query
// is listed in its `later`, and one question of everyday-unanswered.json they answer moved into
// everyday with `later` alone. The summary also gives the figures by the frozen labels alone.
const SETS = [
  { name: 'terms', cases: load('terms'), minTop3: 0.99, minTop1: 0.93 },
  { name: 'questions', cases: load('questions'), minTop3: 0.99, minTop1: 0.88 },
  // Written after the query handling was fixed and never tuned on: it shows how well the search
  // does on questions nobody prepared for. The floor only guards against regressions.
  { name: 'holdout', cases: load('holdout'), minTop3: 0.89, minTop1: 0.8 },
  // Everyday questions written by someone who had read only the module titles, then labelled
  // with the page that answers each by someone who read the pages but not the search results;
  // frozen before any tuning. Questions no page answers are kept apart in
  // everyday-unanswered.json (content gaps, not search misses). The floor guards regressions.
  { name: 'everyday', cases: load('everyday'), minTop3: 0.97, minTop1: 0.86 },
  // A second set written the same way much later, when the query handling and the pages'
  // questions had been tuned on the first: 60 questions from the module titles alone, labelled
  // blind (two no page answers are in everyday-unanswered.json). Its first measurement, before
  // anything was tuned on it, is in the README. The floor guards regressions.
  { name: 'everyday2', cases: load('everyday2'), minTop3: 0.94, minTop1: 0.84 },
  // A third set written and labelled the same way later still: 49 new questions (the writer's
  // other 21 repeated earlier sets word for word and were dropped). The one no page answered
  // (经销商怎么选) has `later` alone: /channels/operations/ gained a section on it, and someone
  // who read the pages but not the search results labelled it. Its first measurement, and what was
  // chosen while its misses were known, are in the README. The floor guards regressions.
  { name: 'everyday3', cases: load('everyday3'), minTop3: 0.85, minTop1: 0.7 },
];

const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`;

test.describe.configure({ mode: 'parallel' });

for (const { name, cases, minTop3, minTop1 } of SETS) {
  test(`search ${name}: top-3 hit rate ≥ ${minTop3 * 100}%, top-1 ≥ ${minTop1 * 100}%, no empty answer`, async ({
    page,
  }, info) => {
    test.setTimeout(cases.length * 6_000 + 30_000);
    await page.goto('/');
    await openSearch(page);
    let top1 = 0;
    let top3 = 0;
    // The same, counting only the labels the set was frozen with, over the queries it had then
    // (pages written later, and queries they answered that no page did before, left out).
    const frozen = cases.filter((c) => c.expect.length > 0).length;
    let frozen1 = 0;
    let frozen3 = 0;
    const misses: string[] = [];
    const empty: string[] = [];
    for (const c of cases) {
      const paths = await searchPaths(page, c.query);
      const rank = rankOf(paths, answers(c));
      const frozenRank = rankOf(paths, c.expect);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 3) top3++;
      if (frozenRank === 0) frozen1++;
      if (frozenRank >= 0 && frozenRank < 3) frozen3++;
      if (rank !== 0) {
        const label = rank > 0 && rank < 3 ? `#${rank + 1}` : 'miss';
        const got = paths.slice(0, 3).join(' ') || '(nothing)';
        misses.push(`${label}: ${c.query} → ${got}  want ${answers(c).join(',')}`);
      }
      if (paths.length === 0) empty.push(c.query);
    }
    const later = cases.some((c) => c.later)
      ? ` (the ${frozen} frozen queries by their frozen labels: top-1 ${pct(frozen1, frozen)} · top-3 ${pct(frozen3, frozen)})`
      : '';
    const summary = [
      `search ${name}: ${cases.length} queries · top-1 ${pct(top1, cases.length)} · top-3 ${pct(top3, cases.length)}${later}`,
      ...misses.map((m) => `  ${m}`),
    ].join('\n');
    console.log(summary);
    await info.attach(`${name}-hit-rates.txt`, { body: summary, contentType: 'text/plain' });
    expect(empty, 'queries that came back empty').toEqual([]);
    expect(top3 / cases.length, summary).toBeGreaterThanOrEqual(minTop3);
    expect(top1 / cases.length, summary).toBeGreaterThanOrEqual(minTop1);
  });
}

test('every glossary term also finds the glossary among its first ten results', async ({
  page,
}) => {
  const terms = load('terms').filter((c) => c.kind === 'glossary' && c.query !== '术语表');
  test.setTimeout(terms.length * 8_000 + 30_000);
  await page.goto('/');
  await openSearch(page);
  const missing: string[] = [];
  for (const { query } of terms) {
    await searchPaths(page, query);
    const top10 = (await searchPathsUpTo(page, 10)).slice(0, 10);
    if (!top10.includes('/reference/glossary/')) missing.push(query);
  }
  expect(missing).toEqual([]);
});

test('each worksheet page is the first result for its own title', async ({ page }) => {
  const worksheets = builtPages().filter((p) => p.startsWith('/exercises/'));
  expect(worksheets.length).toBeGreaterThan(0);
  await page.goto('/');
  await openSearch(page);
  for (const path of worksheets) {
    const title = htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(builtHtml(path))![1]).trim();
    expect((await searchPaths(page, title))[0], title).toBe(path);
  }
});

test('a result shows its module, an excerpt with the words marked, and matching sections', async ({
  page,
}) => {
  await page.goto('/');
  await openSearch(page);
  await searchPaths(page, '晨会');
  const first = page.getByRole('dialog', { name: '搜索' }).locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute(
    'href',
    '/team/daily/',
  );
  await expect(first.locator('.pagefind-ui__result-tag')).toHaveText('团队建设与绩效');
  await expect(first.locator('.pagefind-ui__result-excerpt mark').first()).toContainText('晨');
  await expect(first.locator('.pagefind-ui__result-nested').first()).toBeVisible();
  // Excerpts read as Chinese: no ASCII 「. 」 joining Chinese blocks, no hidden word marks, and
  // 「…」 where a window cuts a sentence.
  const excerpts = await page.locator('.pagefind-ui__result-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1);
  for (const text of excerpts) {
    expect(text).not.toMatch(/[\p{Script=Han}）》」]\.\s/u);
    expect(text).not.toContain('\u200b');
  }
  expect(excerpts.some((text) => text.startsWith('…') || text.endsWith('…'))).toBe(true);
});

test('a question no page matches word for word says the results are partial matches', async ({
  page,
}) => {
  await page.goto('/');
  await openSearch(page);
  const paths = await searchPaths(page, '团队成员吵架怎么办');
  expect(paths.length).toBeGreaterThan(0);
  await expect(page.locator('.pagefind-ui__note')).toBeHidden();
  await searchPaths(page, '晨会要不要彩排');
  await expect(page.locator('.pagefind-ui__note')).toContainText('部分词语');
});

test('a search that finds nothing, or only some of its words, suggests close glossary terms', async ({
  page,
}) => {
  await page.goto('/');
  await openSearch(page);
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const suggestions = dialog.getByText('术语表中相近的术语：');
  expect(await searchPaths(page, '晨会要不要彩排')).not.toEqual([]);
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('link', { name: '晨会', exact: true })).toHaveAttribute(
    'href',
    '/team/daily/',
  );
  // Nothing at all matches: the message says so; no term is close, so none is suggested.
  expect(await searchPaths(page, 'qwerty')).toEqual([]);
  await expect(dialog.getByText('没有找到与“qwerty”相关的结果')).toBeVisible();
  await expect(suggestions).toBeHidden();
  // A query every word of which matches shows no suggestions.
  await searchPaths(page, '晨会');
  await expect(suggestions).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open search dialog with results passes axe (${theme} theme)`, async ({ page }) => {
    await setTheme(page, theme);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await openSearch(page);
    await searchPaths(page, '晨会要不要彩排');
    expect(await axeViolations(page, 'site-search dialog')).toEqual([]);
  });
}
