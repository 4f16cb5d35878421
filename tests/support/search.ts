import { expect, type Page } from '@playwright/test';

/** Opens the site search, types a query and returns the result titles, best first. */
export async function searchTitles(page: Page, query: string): Promise<string[]> {
  const open = page.getByRole('button', { name: /^搜索/ });
  await expect(open).toBeEnabled();
  await open.click();
  const dialog = page.getByRole('dialog', { name: '搜索' });
  const input = dialog.getByRole('textbox', { name: '搜索' });
  await input.fill(query);
  const results = dialog.locator('.pagefind-ui__result-link');
  const message = dialog.locator('.pagefind-ui__message');
  // The first query loads Pagefind's index chunks: allow for a slow machine.
  await expect(message).toContainText(/找到|没有/, { timeout: 30_000 });
  return results.allTextContents();
}
