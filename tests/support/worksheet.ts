import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until a worksheet island has hydrated and read its storage (inputs become enabled). */
export async function worksheetReady(page: Page, firstField: string) {
  await fieldReady(page.getByLabel(firstField, { exact: true }));
}

/**
 * Scrolls to a field, as a reader does, until it is enabled. Islands hydrate when they scroll
 * into view (client:visible), and a deferred part is redrawn when its code loads: either may
 * swap the server-rendered node while it is being scrolled to, so this retries as a whole.
 */
export async function fieldReady(field: Locator) {
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
