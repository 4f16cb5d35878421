// Content-Security-Policy: every built page carries one (a meta tag, see src/plugins/csp.mjs),
// the site's own features run under it without a single violation, and what it is there to stop
// (inline event handlers, injected inline scripts, third-party origins) is refused.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtHtml } from '../../support/html';
import { builtPages, NOT_FOUND_PATH } from '../../support/site';
import { openSearch, searchPaths } from '../../support/search';
import { savedContaining, worksheetReady } from '../../support/worksheet';

/**
 * Records every CSP violation of a page: the `securitypolicyviolation` events of the document
 * (installed before any page script runs) and the browser's "Refused to …" console messages.
 * Returns a function that reads both.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    const text = m.text();
    if (/Refused to|Content Security Policy/i.test(text)) console.push(text);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()),
      true,
    );
  });
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    return [...events, ...console];
  };
}

/** The policy meta tag of the current page. */
const policy = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]');

test.use({ viewport: { width: 1280, height: 900 } });

test('every built page carries the policy and no inline event handler', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  for (const path of pages) {
    const html = path === NOT_FOUND_PATH ? readFileSync('dist/404.html', 'utf8') : builtHtml(path);
    // First in the head, so it covers every script and style that follows.
    expect(html, path).toMatch(
      /<meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/,
    );
    expect(html, path).toContain('<meta name="referrer" content="no-referrer">');
    expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], path).toEqual([]);
  }
});

/** 打印本页 calls window.print through the script listener (no inline handler). */
async function printsOnClick(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await page.getByRole('button', { name: '打印本页' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
}

test.describe('the site works under its policy without a violation', () => {
  test('home: the theme toggle', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await expect(policy(page)).toHaveAttribute('content', /object-src 'none'/);
    const theme = page.getByRole('combobox', { name: '选择主题' }).first();
    await theme.selectOption({ label: '浅色' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await theme.selectOption({ label: '深色' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations()).toEqual([]);
  });

  test('a chapter: 打印本页 and 本页已读', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/role/duties/');
    await expect(policy(page)).toHaveAttribute('content', /script-src 'self'/);
    await printsOnClick(page);
    // Once the reading-progress script has seen the end of the page, the toggle switches state.
    const end = page.locator('.course-page-end');
    await end.scrollIntoViewIfNeeded();
    await expect(end).toHaveAttribute('data-course-end-seen', '');
    const read = page.getByRole('button', { name: '本页已读' });
    const before = await read.getAttribute('aria-pressed');
    await read.click();
    await expect(read).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
    expect(await violations()).toEqual([]);
  });

  test('a print edition: 打印本页', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/print/role/');
    await printsOnClick(page);
    expect(await violations()).toEqual([]);
  });

  test('a worksheet: fill in, save, and the QR code of 嵌入与分享', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('华东分销渠道');
    const add = page.getByLabel('添加优势', { exact: true });
    await add.fill('终端网点覆盖全省');
    await add.press('Enter');
    await expect(page.getByLabel('优势 1', { exact: true })).toHaveValue('终端网点覆盖全省');
    await savedContaining(page, '终端网点覆盖全省');
    await page.getByText('嵌入与分享：链接、嵌入代码和二维码').click();
    await expect(page.locator('[data-part="qr"] svg')).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test('an embed page: fill in and save', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/embed/swot/?ns=csp-check');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('嵌入页检查');
    await savedContaining(page, '嵌入页检查');
    expect(await violations()).toEqual([]);
  });

  // Where a worker cannot start, Pagefind compiles its WebAssembly in the page, which the
  // policy allows with 'wasm-unsafe-eval' (and nothing else: no eval).
  for (const worker of [true, false])
    test(`the search dialog with a query, ${worker ? 'in its web worker' : 'without its web worker: WebAssembly on the page itself'}`, async ({
      page,
    }) => {
      if (!worker) await page.route('**/pagefind-worker.js', (route) => route.abort());
      const violations = await watchViolations(page);
      await page.goto('/');
      await openSearch(page);
      const paths = await searchPaths(page, '渠道');
      expect(paths.length).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    });

  test('a quiz and the 学习进度 page', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/role/quiz/');
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: '核对答案' }) })
      .first();
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.locator('.quiz-feedback')).toContainText(/回答正确|正确答案/);
    await page.goto('/reference/progress/');
    await expect(page.getByRole('row', { name: /角色认知/ })).toContainText('作答中');
    await expect(page.getByRole('progressbar', { name: /角色认知/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test('the policy refuses an inline handler, an injected inline script and third-party origins', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/role/duties/');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { inlineRan?: string[] };
    w.inlineRan = [];
    const button = document.createElement('button');
    button.setAttribute('onclick', "window.inlineRan.push('onclick')");
    document.body.append(button);
    button.click();
    const script = document.createElement('script');
    script.textContent = "window.inlineRan.push('script')";
    document.body.append(script);
    const fetched = await fetch('https://third-party.example/collect').then(
      () => 'fetched',
      () => 'refused',
    );
    return [...w.inlineRan, fetched];
  });
  expect(ran).toEqual(['refused']);
  await expect
    .poll(async () => (await violations()).join('\n'))
    .toMatch(/script-src-attr[\s\S]*script-src-elem[\s\S]*connect-src/);
});
