import { expect, type Page } from '@playwright/test';

/** Waits until a worksheet island has hydrated and read its storage (inputs become enabled). */
export async function worksheetReady(page: Page, firstField: string) {
  const field = page.getByLabel(firstField, { exact: true });
  // Islands hydrate when they scroll into view (client:visible): on a phone they start below the fold.
  // Hydration may swap the server-rendered node while it is being scrolled to, so retry as a whole.
  await expect(async () => {
    await field.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(field).toBeEnabled({ timeout: 2_000 });
  }).toPass();
}

/** Makes localStorage unusable before any page script runs, as in some private modes and iframes. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Keys the worksheets keep in localStorage (project prefix smc:). */
export async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('smc:')));
}

/** Waits until the worksheet has written a document containing `text` to localStorage. */
export async function savedContaining(page: Page, text: string) {
  await expect
    .poll(() =>
      page.evaluate(
        (t) =>
          Object.keys(localStorage).some(
            (k) => k.includes(':doc:') && (localStorage.getItem(k) ?? '').includes(t),
          ),
        text,
      ),
    )
    .toBe(true);
}
