import { test, expect } from '@playwright/test';
import { searchTitles } from '../support/search';
import { savedContaining, worksheetReady } from '../support/worksheet';

// The same site built with BASE_PATH=/course/ and served under that sub-path.
test.describe('site under /course/', () => {
  test('home, a chapter, assets and internal links all resolve under the sub-path', async ({
    page,
    baseURL,
  }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('/course/', { waitUntil: 'networkidle' });
    await expect(page).toHaveTitle(/销售经理培训教程/);
    await page.getByRole('link', { name: '开始阅读' }).click();
    await expect(page).toHaveURL(`${baseURL}/course/intro/welcome/`);
    await page.waitForLoadState('networkidle');

    // Every same-origin link on the chapter stays under /course/ and answers 200.
    const hrefs = await page.$$eval('a[href]', (as) =>
      as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin)),
    );
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of new Set(hrefs.map((h) => h.split('#')[0]))) {
      expect(new URL(href).pathname, href).toMatch(/^\/course\//);
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    expect(failed).toEqual([]);
  });

  test('search returns results under the sub-path', async ({ page }) => {
    await page.goto('/course/intro/welcome/');
    const titles = await searchTitles(page, '销售经理');
    expect(titles.length).toBeGreaterThan(0);
    const first = page.locator('.pagefind-ui__result-link').first();
    expect(await first.getAttribute('href')).toMatch(/^\/course\//);
  });

  test('a worksheet island hydrates and saves under the sub-path', async ({ page }) => {
    await page.goto('/course/exercises/smart-goal/');
    // The island hydrates when it scrolls into view; below the page header it starts off-screen.
    await worksheetReady(page, '目标名称');
    const name = page.getByLabel('目标名称', { exact: true });
    await name.fill('子路径下的目标');
    await savedContaining(page, '子路径下的目标');
    await page.reload();
    await worksheetReady(page, '目标名称');
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('子路径下的目标');
  });

  test('print editions live under the sub-path and their links stay in the document', async ({
    page,
  }) => {
    await page.goto('/course/role/role/');
    const edition = page.getByRole('link', { name: /打印整个模块/ });
    await expect(edition).toHaveAttribute('href', '/course/print/role/');
    await edition.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('角色认知');
    const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    const outside = hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('/course/'));
    expect(outside).toEqual([]);
    const missing = await page.$$eval('main a[href^="#"]', (as) =>
      as
        .map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
  });

  test('a role-play turn links its technique under the sub-path', async ({ page }) => {
    await page.goto('/course/skills/sales-process/');
    const links = page.getByRole('main').getByRole('link', { name: '跟单与推动成交' });
    await expect(links).toHaveCount(2);
    for (const link of await links.all())
      await expect(link).toHaveAttribute('href', '/course/skills/follow-up/');
  });

  test('workshop mode under the sub-path: embed page, panel links, sizing script, 汇总', async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto('/course/embed/swot/?ns=sub-1');
    await worksheetReady(page, '分析对象');
    await expect(page.getByText('工作坊 sub-1')).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link')).toHaveAttribute(
      'href',
      '/course/process/market-analysis/',
    );

    await page.goto('/course/exercises/swot/');
    await page.getByText('嵌入与分享：链接、嵌入代码和二维码').click();
    const panel = page.locator('details[data-embed-panel]');
    await panel.getByLabel('工作坊代码（可选）').fill('sub-2');
    await expect(panel.locator('[data-part="link"]')).toHaveText(
      `${baseURL}/course/embed/swot/?ns=sub-2`,
    );
    const snippet = await panel.getByRole('textbox', { name: /嵌入代码/ }).inputValue();
    expect(snippet).toContain(`<script src="${baseURL}/course/embed.js" async></script>`);

    // The snippet, pasted into a page elsewhere, loads and sizes the worksheet.
    await page.goto(`${baseURL!.replace('localhost', '127.0.0.1')}/course/robots.txt`);
    await page.evaluate((html) => {
      document.open();
      document.write(
        `<!doctype html><html lang="zh-CN"><title>t</title><body>${html}</body></html>`,
      );
      document.close();
    }, snippet);
    const field = page.frameLocator('iframe').getByLabel('分析对象', { exact: true });
    await expect(async () => {
      await field.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(field).toBeEnabled({ timeout: 2_000 });
    }).toPass();
    await expect
      .poll(async () => (await page.locator('iframe').boundingBox())!.height)
      .toBeGreaterThan(800);

    await page.goto('/course/exercises/collect/');
    await expect(page.getByLabel('选择练习文件（可多选）')).toBeVisible();
    await page.goto('/course/reference/trainer-guide/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('讲师指南');
    expect(failed).toEqual([]);
  });

  test('reading progress, 继续阅读, a knowledge check and the 学习进度 page work under the sub-path', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/course/role/duties/');
    await page.locator('.course-page-end').scrollIntoViewIfNeeded();
    const toggle = page.getByRole('button', { name: '本页已读' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const sidebar = page.getByRole('navigation', { name: '主要' });
    await expect(sidebar.getByRole('link', { name: /销售经理核心职责/ })).toHaveAccessibleName(
      /（已读）/,
    );
    // Stored without the base path, so a backup moves between hosts.
    const pages = await page.evaluate(() => localStorage.getItem('smc:v1:progress:pages'));
    expect(Object.keys(JSON.parse(pages!).pages)).toEqual(['/role/duties/']);

    await page.goto('/course/');
    const next = page.getByRole('link', { name: /继续阅读：销售经理核心职责/ });
    await expect(next).toHaveAttribute('href', /^\/course\/role\/duties\//);
    await next.click();
    await expect(page).toHaveURL(/\/course\/role\/duties\//);

    await page.goto('/course/role/quiz/');
    const first = page.locator('.quiz-question').first();
    await first.locator('input').first().check();
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.locator('.quiz-feedback a')).toHaveAttribute('href', /^\/course\/role\//);

    await page.goto('/course/reference/progress/');
    await expect(page.getByRole('progressbar', { name: /角色认知/ })).toHaveAttribute('value', '1');
    await expect(page.getByRole('link', { name: '角色认知' }).first()).toHaveAttribute(
      'href',
      /^\/course\//,
    );
  });
});
