// Offline use (src/offline/): after one visit with a connection the whole course works without
// one, and a new build is offered, never forced. Runs at the root and under /course/ (the
// subpath project, whose server has the site at /course/).
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSearch, searchPaths } from '../support/search';
import { savedContaining, worksheetReady } from '../support/worksheet';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the course and controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

const TERMS = ['渠道价格', '绩效面谈', '客户流失'];

/** Where the project's server has the site. */
const sitePath = () => (test.info().project.name === 'subpath' ? '/course/' : '/');

test('after one visit the course works offline: chapters, search, worksheets, embeds, 讲义版', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const base = sitePath();
  await page.goto(base);
  await offlineReady(page);
  await openSearch(page);
  const online: string[][] = [];
  for (const term of TERMS) online.push((await searchPaths(page, term, base)).slice(0, 3));

  // 学习进度 says what this device holds, and downloads the rest (the whole-course 讲义版,
  // which is cached on demand).
  await page.goto(`${base}reference/progress/`);
  const offlineStatus = page.locator('[data-offline-status]');
  await expect(offlineStatus).toContainText(/还差 1 个（约 1\.\d MB）/);
  await page.getByRole('button', { name: '下载全部课程以便离线使用' }).click();
  await expect(offlineStatus).toHaveText(
    /^本设备已保存全部课程（\d+ 个文件），没有网络时也能使用。$/,
  );
  await expect(page.getByRole('button', { name: '下载全部课程以便离线使用' })).toBeHidden();

  await context.setOffline(true);
  // Chapters never visited.
  for (const [path, title] of [
    ['team/performance/', '目标管理与绩效评估'],
    ['legal/contracts/', '合同关键条款'],
  ]) {
    await page.goto(base + path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  }
  // Search gives the same first results as online.
  await openSearch(page);
  for (const [i, term] of TERMS.entries()) {
    const offline = (await searchPaths(page, term, base)).slice(0, 3);
    expect(offline, `search 「${term}」 offline`).toEqual(online[i]);
    expect(offline.length).toBeGreaterThan(0);
  }
  // A worksheet saves and comes back after a reload.
  await page.goto(`${base}exercises/swot/`);
  await worksheetReady(page, '分析对象');
  await page.getByLabel('分析对象', { exact: true }).fill('离线工作坊');
  await savedContaining(page, '离线工作坊');
  await page.reload();
  await worksheetReady(page, '分析对象');
  await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('离线工作坊');
  // An embed with a workshop code, and a module's 讲义版.
  await page.goto(`${base}embed/smart-goal/?ns=room1`);
  await expect(page.getByLabel('目标名称', { exact: true })).toBeEnabled();
  await page.goto(`${base}print/channels/`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('渠道管理');
  await page.goto(`${base}print/`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('销售经理培训教程');
  // An address the course does not have: its 404 page, not the browser's error.
  await page.goto(`${base}no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
});

test.describe('a new build', () => {
  let server: ChildProcess;
  let dir: string;
  let origin: string;
  let base: string;

  test.beforeEach(async ({}, info) => {
    base = sitePath();
    // A copy of the build this project serves, on a port of its own, so it can be redeployed.
    dir = mkdtempSync(join(tmpdir(), 'smc-offline-'));
    cpSync(base === '/' ? 'dist' : 'dist-course', dir, { recursive: true });
    // Ports above the run's own two (E2E_PORT, E2E_PORT + 1), so runs side by side never clash.
    const port =
      Number(process.env.E2E_PORT ?? 4173) + 10 + info.parallelIndex * 2 + (base === '/' ? 0 : 1);
    origin = `http://localhost:${port}`;
    server = spawn(
      'node',
      ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base],
      { stdio: 'ignore' },
    );
    await expect
      .poll(async () => (await fetch(`${origin}${base}`).catch(() => null))?.status ?? 0)
      .toBe(200);
  });

  test.afterEach(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is offered with 课程已更新 and loads only on the click; worksheets are kept', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`${origin}${base}exercises/smart-goal/`);
    await offlineReady(page);
    await worksheetReady(page, '目标名称');
    await page.getByLabel('目标名称', { exact: true }).fill('更新前的目标');
    await savedContaining(page, '更新前的目标');
    // A page that reloads by itself loses this mark.
    await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));

    // Deploy: a new service worker (any change to its bytes is a new build to the browser).
    appendFileSync(join(dir, 'sw.js'), '\n// build 2\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: '课程已更新' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toContainText('你填写的练习和学习进度不受影响');
    expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('更新前的目标');

    await Promise.all([
      page.waitForEvent('framenavigated'),
      prompt.getByRole('button', { name: '重新载入' }).click(),
    ]);
    await worksheetReady(page, '目标名称');
    expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(
      undefined,
    );
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('更新前的目标');
    await expect(page.getByRole('status').filter({ hasText: '课程已更新' })).toHaveCount(0);
  });
});
