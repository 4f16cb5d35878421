import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { builtPages, NOT_FOUND_PATH } from '../support/site';

const pages = builtPages();

test('the build has the pages we expect', () => {
  expect(pages).toContain('/');
  expect(pages.length).toBeGreaterThan(2);
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test.slow(path === '/print/', 'the whole course on one page: axe needs longer');
    test('phone, light theme: own-origin requests only, no sideways scroll, headings in order, axe', async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await setTheme(page, 'light');
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(foreign, 'requests to other origins').toEqual([]);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'page scrolls sideways at 375 px').toBeLessThanOrEqual(0);

      const levels = await page.$$eval('main :is(h1,h2,h3,h4,h5,h6)', (hs) =>
        hs
          .filter((h) => h.getClientRects().length > 0 || h.closest('[hidden]') === null)
          .map((h) => Number(h.tagName[1])),
      );
      expect(levels.filter((l) => l === 1).length, 'exactly one h1').toBe(1);
      for (let i = 1; i < levels.length; i++) {
        expect(
          levels[i] - levels[i - 1],
          `heading level jumps at #${i}: ${levels.join(',')}`,
        ).toBeLessThanOrEqual(1);
      }

      expect(await axeViolations(page)).toEqual([]);
    });

    test('desktop, dark theme: axe', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await setTheme(page, 'dark');
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
