import { expect, type Page } from '@playwright/test';

/** Opens the site search, types a query and returns the result titles, best first. */
export async function searchTitles(page: Page, query: string): Promise<string[]> {
  await openSearch(page);
  await searchPaths(page, query);
  return page.getByRole('dialog', { name: '搜索' }).locator(PAGE_LINKS).allTextContents();
}

/** One query of a search benchmark set and the page (or pages) that should answer it. */
export interface SearchCase {
  query: string;
  expect: string | string[];
  /** Pages written after the set was frozen that also answer the query, labelled later by someone
   * who read those pages but not the search results. */
  later?: string[];
  kind?: string;
}

/** Every page that answers a case: its frozen labels and those added for later pages. */
export function answers(c: SearchCase): string[] {
  return [...(Array.isArray(c.expect) ? c.expect : [c.expect]), ...(c.later ?? [])];
}

/** Top-level result links of the open search dialog (sub-results left out). */
const PAGE_LINKS =
  '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link';

/**
 * Types a query into the already open search dialog and returns the paths of the page results,
 * best first, once the result message names this query and the first results have rendered.
 */
export async function searchPaths(page: Page, query: string, base = ''): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const input = dialog.getByRole('textbox', { name: '搜索' });
  await input.fill(query);
  const message = dialog.locator('.pagefind-ui__message');
  // Wait for the final message of this query, not "正在搜索…" (a query may itself contain 没有).
  // The first query loads the index; on a busy machine that can take several seconds.
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const done = new RegExp(`^(找到 \\d+ 个|没有找到)与“${escaped}”相关的结果$`);
  await expect(message).toHaveText(done, { timeout: 30_000 });
  const count = Number(/找到 (\d+) 个/.exec((await message.textContent()) ?? '')?.[1] ?? 0);
  const links = dialog.locator(PAGE_LINKS);
  if (count > 0) {
    await expect(links.first()).toHaveAttribute('href', /\//, { timeout: 15_000 });
    // Results render as their excerpts arrive; wait until none is a placeholder any more.
    await expect(dialog.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0, {
      timeout: 15_000,
    });
  }
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => (base && h.startsWith(base) ? h.slice(base.length - 1) : h));
}

/** Opens the search dialog from the page header. */
export async function openSearch(page: Page) {
  const open = page.getByRole('button', { name: /^搜索/ });
  await expect(open).toBeEnabled();
  await open.click();
  await expect(page.getByRole('dialog', { name: '搜索' })).toBeVisible();
}

/** Rank (0-based) of the first expected page in the results, or -1. */
export function rankOf(paths: string[], expected: string | string[]): number {
  const want = new Set(Array.isArray(expected) ? expected : [expected]);
  return paths.findIndex((p) => want.has(p.split('#')[0]));
}

/** Clicks 加载更多结果 until at least `n` results are shown (or all are), returns their paths. */
export async function searchPathsUpTo(page: Page, n: number): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const links = dialog.locator(PAGE_LINKS);
  const more = dialog.getByRole('button', { name: '加载更多结果' });
  while ((await links.count()) < n && (await more.isVisible())) {
    const before = await links.count();
    await more.click();
    await expect(links).not.toHaveCount(before, { timeout: 15_000 });
    await expect(dialog.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0, {
      timeout: 15_000,
    });
  }
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}
