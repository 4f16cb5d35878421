// Reading progress, 继续阅读, the 学习进度 page and its backup, in Chromium against the build.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations as axe } from '../support/axe';
import { readFileSync, writeFileSync } from 'node:fs';
import { blockStorage, savedContaining, worksheetReady } from '../support/worksheet';

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主要' });
const toggle = (page: Page) => page.getByRole('button', { name: '本页已读' });
const readStatus = (page: Page) => page.locator('.course-read-status');

/**
 * Scroll to the end of a chapter, as a reader does, and wait until the reading-progress script
 * has seen it there and decided whether the page counts as read (it sets data-course-end-seen).
 */
async function reachEnd(page: Page) {
  const end = page.locator('.course-page-end');
  await end.scrollIntoViewIfNeeded();
  await expect(end).toHaveAttribute('data-course-end-seen', '');
}

/** Scroll to the end of a chapter and wait for it to count as read. */
async function readToEnd(page: Page) {
  await reachEnd(page);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
}

/** The position kept for 继续阅读 (smc:v1:progress:last), or null. */
const lastPosition = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('smc:v1:progress:last') ?? 'null'));

/** Everything the site keeps, as an object (for "nothing changed" checks). */
const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
  );

test.use({ viewport: { width: 1280, height: 900 } });

test('reading a chapter to the end marks it read in the sidebar, with the module count', async ({
  page,
}) => {
  await page.goto('/role/duties/');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(sidebar(page).locator('.course-read-mark')).toHaveCount(0);
  await readToEnd(page);
  await expect(page.getByRole('status').filter({ hasText: '本页已读' })).toBeVisible();

  // Another page: the sidebar shows the check (with text for screen readers) and 1/7.
  await sidebar(page).getByRole('link', { name: '销售经理角色认知' }).click();
  await expect(page).toHaveURL(/\/role\/role\/$/);
  const read = sidebar(page).getByRole('link', { name: /销售经理核心职责/ });
  await expect(read).toHaveAccessibleName(/（已读）/);
  await expect(
    sidebar(page).getByRole('link', { name: '销售经理角色认知', exact: true }),
  ).toHaveCount(1);
  const count = sidebar(page)
    .locator('summary', { hasText: '角色认知' })
    .locator('.course-module-count');
  await expect(count).toHaveText('已读 1/7');
  // The knowledge check is not a chapter: it never gets a check and is not counted.
  await expect(sidebar(page).locator('a[href="/role/quiz/"] .course-read-mark')).toHaveCount(0);
});

test('本页已读 is a toggle that says what it is now and keeps its state after reload', async ({
  page,
}) => {
  await page.goto('/role/profile/');
  const button = toggle(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Reaching the button means reaching the end of the page: it is marked read already.
  await readToEnd(page);
  await expect(readStatus(page)).toHaveText('本页已读，已计入学习进度。');
  await expect(
    sidebar(page).getByRole('link', { name: /合格销售经理的画像/ }),
  ).toHaveAccessibleName(/（已读）/);
  // Keyboard: unread by hand, said in the status line, and it sticks although the end is on screen.
  await button.focus();
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(readStatus(page)).toHaveText(
    '本页已改为未读：不计入学习进度，读到页尾也不会再自动标记。',
  );
  await expect(sidebar(page).locator('.course-read-mark')).toHaveCount(0);
  // After a reload the end comes into view again; once the script has judged it, still unread.
  await page.reload();
  await reachEnd(page);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(sidebar(page).locator('.course-read-mark')).toHaveCount(0);
  // And read again by hand.
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(sidebar(page).locator('.course-read-mark')).toHaveCount(1);
});

test('继续阅读 on the home page and a module first page returns to the page and heading', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /继续阅读/ })).toHaveCount(0);

  await page.goto('/role/competency/');
  await page.locator('#执行能力').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -50));
  await page.evaluate(() => document.getElementById('执行能力')!.scrollIntoView());
  // Saved once scrolling has settled (not only when the page is left).
  await expect.poll(async () => (await lastPosition(page))?.heading).toBe('执行能力');

  await page.goto('/');
  const link = page.getByRole('link', { name: /继续阅读：岗位胜任能力模型/ });
  await expect(link).toBeVisible();
  await expect(link).toContainText('执行能力');
  await link.click();
  await expect(page).toHaveURL(/\/role\/competency\/#/);
  await expect(page.locator('#执行能力')).toBeInViewport();

  // A module's first page offers it too; the page being read does not link to itself.
  await page.goto('/process/management-cycle/');
  await expect(page.getByRole('link', { name: /继续阅读：岗位胜任能力模型/ })).toBeVisible();
  await page.goto('/role/role/');
  await page.goto('/role/role/');
  await expect(page.getByRole('link', { name: /继续阅读/ })).toHaveCount(0);
});

test('progress follows other tabs', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/team/daily/');
  await b.goto('/team/building/');
  await readToEnd(a);
  await expect(sidebar(b).getByRole('link', { name: /日常管理/ })).toHaveAccessibleName(/（已读）/);
});

test('blocked storage: reading works, marks last for the page, and a short notice says so', async ({
  page,
}) => {
  // Starlight's own theme script also meets the blocked storage; none of our scripts may throw.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`));
  await blockStorage(page);
  await page.goto('/role/duties/');
  await readToEnd(page);
  await expect(page.getByRole('status').filter({ hasText: '浏览器不允许保存数据' })).toBeVisible();
  await page.goto('/reference/progress/');
  await expect(page.getByRole('alert').filter({ hasText: '浏览器不允许保存数据' })).toBeVisible();
  expect(errors.filter((e) => /reading|storage|ProgressPage|Continue|page\.ts/.test(e))).toEqual(
    [],
  );
});

test.describe('学习进度 page and backup', () => {
  test('shows module bars, worksheets and quiz results; a backup restores into a fresh browser', async ({
    page,
    browser,
  }, info) => {
    test.slow(true, 'two browser contexts, a worksheet, a quiz and two axe scans');
    // Some reading, a worksheet, a knowledge-check answer.
    await page.goto('/role/duties/');
    await readToEnd(page);
    await page.goto('/role/role/');
    await readToEnd(page);
    await page.goto('/exercises/smart-goal/');
    await worksheetReady(page, '目标名称');
    await page.getByLabel('目标名称', { exact: true }).fill('备份测试目标');
    await savedContaining(page, '备份测试目标');
    await page.goto('/role/quiz/');
    await page.locator('[data-question="role-1"]').getByRole('radio').nth(1).check();
    await page
      .locator('[data-question="role-1"]')
      .getByRole('button', { name: '核对答案' })
      .click();

    await page.goto('/reference/progress/');
    const bar = page.getByRole('progressbar', { name: /角色认知/ });
    await expect(bar).toHaveAttribute('value', '2');
    await expect(bar).toHaveAttribute('max', '7');
    await expect(page.getByText(/已读 2\/7 页/)).toBeVisible();
    const ws = page.getByRole('link', { name: 'SMART 目标制定：备份测试目标' });
    await expect(ws).toBeVisible();
    await expect(page.getByRole('row', { name: /角色认知/ })).toContainText(
      '作答中（已核对 1 题）',
    );

    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => {
        localStorage.setItem('starlight-theme', t);
        document.documentElement.dataset.theme = t;
      }, theme);
      expect(await axe(page), theme).toEqual([]);
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '备份全部数据' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^smc-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = info.outputPath('backup.json');
    await download.saveAs(file);
    const before = await stored(page);

    // A fresh browser profile: nothing read, no worksheets, until the backup is restored.
    const fresh = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const other = await fresh.newPage();
    await other.goto('/reference/progress/');
    await expect(other.getByText('还没有在这个浏览器里填写过练习。')).toBeVisible();
    await other.getByLabel('恢复备份').setInputFiles(file);
    await expect(other.getByText(/恢复这份备份.*将会：新增 \d+ 项/)).toBeVisible();
    await other.getByRole('button', { name: '确认恢复' }).click();
    await expect(other.getByRole('status').filter({ hasText: '恢复完成' })).toBeVisible();
    await expect(other.getByRole('progressbar', { name: /角色认知/ })).toHaveAttribute(
      'value',
      '2',
    );
    const restored = other.getByRole('link', { name: 'SMART 目标制定：备份测试目标' });
    await expect(restored).toBeVisible();
    const overflow = await other.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axe(other)).toEqual([]);

    // Opening the worksheet from the list opens that document; the sidebar shows the reading.
    await restored.click();
    await worksheetReady(other, '目标名称');
    await expect(other.getByLabel('目标名称', { exact: true })).toHaveValue('备份测试目标');
    await other.goto('/role/quiz/');
    await expect(other.locator('[data-question="role-1"] .quiz-feedback')).toBeVisible();
    await other.setViewportSize({ width: 1280, height: 900 });
    await other.goto('/role/profile/');
    await expect(sidebar(other).locator('.course-read-mark')).toHaveCount(2);

    // Restoring the same file again into the original browser changes nothing.
    await page.getByLabel('恢复备份').setInputFiles(file);
    await expect(page.getByRole('status')).toContainText('本机都已有，无需恢复');
    expect(await stored(page)).toEqual(before);
    await fresh.close();
  });

  test('a truncated backup is refused; a damaged item is listed and skipped; nothing else changes', async ({
    page,
  }, info) => {
    await page.goto('/role/duties/');
    await readToEnd(page);
    await page.goto('/reference/progress/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '备份全部数据' }).click(),
    ]);
    const good = info.outputPath('good.json');
    await download.saveAs(good);
    const text = readFileSync(good, 'utf8');
    const before = await stored(page);

    const truncated = info.outputPath('truncated.json');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)));
    await page.getByLabel('恢复备份').setInputFiles(truncated);
    await expect(
      page.getByRole('alert').filter({ hasText: '文件不完整或不是 JSON' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('本机数据没有任何改动');

    const edited = info.outputPath('edited.json');
    const file = JSON.parse(text);
    file.items['smc:v1:progress:pages'] = '{"v":1,"pages":{"/role/x/":{"read":"是"}}}';
    file.items['smc:v1:progress:last'] = JSON.stringify({
      v: 1,
      path: '/a/b/',
      title: 'x',
      at: 'x',
    });
    writeFileSync(edited, JSON.stringify(file));
    await page.getByLabel('恢复备份').setInputFiles(edited);
    // One damaged item no longer refuses the whole file: it is listed, the rest is restored
    // (here this browser has it all already).
    await expect(page.getByRole('list', { name: '无法恢复的项目' })).toContainText(
      '阅读进度：内容无法解析',
    );
    await expect(page.getByRole('status')).toContainText('本机都已有，无需恢复');
    await expect(page.getByRole('button', { name: '确认恢复' })).toBeHidden();
    expect(await stored(page)).toEqual(before);
  });

  test('when the backup code cannot load, backup and restore say so and change nothing', async ({
    page,
  }, info) => {
    await page.goto('/role/duties/');
    await readToEnd(page);
    // The backup code loads on first use; here that request fails (offline, or a new deploy).
    await page.route(/\/_astro\/backup\.[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/reference/progress/');
    const before = await stored(page);
    await page.getByRole('button', { name: '备份全部数据' }).click();
    await expect(page.getByRole('alert')).toContainText('备份功能没能加载');
    const file = info.outputPath('any.json');
    writeFileSync(file, '{}');
    await page.getByLabel('恢复备份').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText('本机数据没有任何改动');
    expect(await stored(page)).toEqual(before);
  });
});
