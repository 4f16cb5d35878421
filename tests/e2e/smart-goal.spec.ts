import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { readFileSync, writeFileSync } from 'node:fs';
import { blockStorage, savedContaining, storedKeys, worksheetReady } from '../support/worksheet';

const PAGE = '/exercises/smart-goal/';

async function open(page: Page, path = PAGE) {
  await page.goto(path);
  await worksheetReady(page, '目标名称');
}

async function fillGoal(page: Page) {
  await page.getByLabel('目标名称', { exact: true }).fill('华东区新客户开发');
  await page
    .getByLabel('具体描述', { exact: true })
    .fill('在华东区开发 15 家年采购额 50 万元以上的新经销商客户');
  await page.getByLabel('衡量指标', { exact: true }).fill('华东区新客户数');
  await page.getByLabel('基线值', { exact: true }).fill('20');
  await page.getByLabel('目标值', { exact: true }).fill('35');
  await page.getByLabel('单位', { exact: true }).fill('家');
  await page.getByLabel('关联的上级目标', { exact: true }).fill('公司年度增长战略');
}

test('typing composes the goal statement, and a reload brings every value back', async ({
  page,
}) => {
  await open(page);
  await fillGoal(page);
  const statement = page.getByRole('region', { name: '目标陈述' });
  await expect(statement).toContainText('将华东区新客户数从 20 家提升到 35 家（+75%）');
  await savedContaining(page, '华东区新客户数');

  await page.reload();
  await worksheetReady(page, '目标名称');
  await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('华东区新客户开发');
  await expect(page.getByLabel('基线值', { exact: true })).toHaveValue('20');
  await expect(page.getByLabel('目标值', { exact: true })).toHaveValue('35');
  await expect(statement).toContainText('从 20 家提升到 35 家');
});

test('a bad number shows a message under the field, never NaN', async ({ page }) => {
  await open(page);
  const baseline = page.getByLabel('基线值', { exact: true });
  await baseline.fill('abc');
  await expect(baseline).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('请输入数字')).toBeVisible();
  await baseline.fill('１２３');
  await expect(baseline).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('a second tab follows edits made in the first', async ({ page, context }) => {
  await open(page);
  await page.getByLabel('目标名称', { exact: true }).fill('第一版');
  await savedContaining(page, '第一版');
  const second = await context.newPage();
  await open(second);
  await expect(second.getByLabel('目标名称', { exact: true })).toHaveValue('第一版');

  await page.getByLabel('目标名称', { exact: true }).fill('第二版');
  await expect(second.getByLabel('目标名称', { exact: true })).toHaveValue('第二版');
});

test('corrupted saved data is kept aside with a notice, and the page stays usable', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('目标名称', { exact: true }).fill('好的文档');
  await savedContaining(page, '好的文档');
  const broken = await page.evaluate(() => {
    const index = Object.keys(localStorage).find((k) => k.endsWith(':smart-goal:index'))!;
    const ids = JSON.parse(localStorage.getItem(index)!) as string[];
    const key = index.replace(/index$/, 'doc:broken1');
    localStorage.setItem(key, '{"id":"broken1","data":{"name":"半截');
    localStorage.setItem(index, JSON.stringify([...ids, 'broken1']));
    return key;
  });
  await page.reload();
  await worksheetReady(page, '目标名称');
  const notice = page.getByRole('region', { name: '有些数据无法读取' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('button', { name: '导出原始数据' })).toBeVisible();
  // The good document still loads and can be edited; the bad text is still stored.
  await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('好的文档');
  await page.getByLabel('目标名称', { exact: true }).fill('好的文档 2');
  const raw = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.includes('broken1'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(raw).toContain('{"id":"broken1","data":{"name":"半截');
  expect(broken).toContain('smart-goal:doc:broken1');
});

test('blocked storage switches to memory with a visible notice and an export button', async ({
  page,
}) => {
  await blockStorage(page);
  await open(page);
  await page.getByLabel('目标名称', { exact: true }).fill('只在内存里');
  const alert = page.getByRole('alert').filter({ hasText: '只保存在内存中' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: '导出' })).toBeVisible();
  await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('只在内存里');
});

test('export to JSON and import it back as a new document', async ({ page }, info) => {
  await open(page);
  await fillGoal(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^smart-goal-.*\.json$/);
  const file = info.outputPath('goal.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.exercise).toBe('smart-goal');
  expect(exported.data.name).toBe('华东区新客户开发');

  await page.getByLabel('打开文件').setInputFiles(file);
  await expect(page.getByText(/已导入为新文档/)).toBeVisible();
  const docs = page.getByLabel('当前文档');
  await expect(docs.locator('option')).toHaveCount(2);
  await expect(page.getByLabel('目标值', { exact: true })).toHaveValue('35');

  // A truncated file changes nothing and says what is wrong, in Chinese.
  const bad = info.outputPath('bad.json');
  writeFileSync(bad, readFileSync(file, 'utf8').slice(0, 40));
  await page.getByLabel('打开文件').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('文件内容不完整或不是 JSON');
  await expect(docs.locator('option')).toHaveCount(2);
});

test('a share link opens read-only and can be saved as my copy', async ({ page, context }) => {
  await open(page);
  await fillGoal(page);
  await page.getByRole('button', { name: '分享链接' }).click();
  const link = await page.getByLabel('分享链接（只读，可复制）').inputValue();
  expect(link).toContain('#share=');

  const other = await context.browser()!.newContext();
  const visitor = await other.newPage();
  await visitor.goto(link);
  const shared = visitor.getByRole('region', { name: /你正在查看别人分享的/ });
  // The island hydrates when it scrolls into view (client:visible); it starts below the fold.
  await expect(async () => {
    await visitor
      .getByLabel('目标名称', { exact: true })
      .scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(shared).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await expect(visitor.getByLabel('目标名称', { exact: true })).toHaveValue('华东区新客户开发');
  await visitor.getByRole('button', { name: '保存为我的副本' }).click();
  await expect(visitor.getByText(/已保存为你的文档/)).toBeVisible();
  await expect(visitor.getByLabel('目标名称', { exact: true })).toBeEditable();
  expect((await storedKeys(visitor)).some((k) => k.includes(':smart-goal:doc:'))).toBe(true);
  await other.close();
});

test('the whole form works with the keyboard alone', async ({ page }) => {
  await open(page);
  await page.getByLabel('目标名称', { exact: true }).focus();
  await page.keyboard.type('键盘目标');
  await page.keyboard.press('Tab');
  await page.keyboard.type('在华东区开发 15 家新客户');
  await page.keyboard.press('Tab');
  await page.keyboard.type('新客户数');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('35');
  await expect(page.getByLabel('目标值', { exact: true })).toHaveValue('35');
  // Reach 添加里程碑 by tabbing and press it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (name === '添加里程碑') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('里程碑 1 日期')).toBeVisible();
  await expect(page.getByLabel('里程碑 1 日期')).toBeFocused();
});

test('load the worked example, then axe finds nothing on the filled page', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('目标名称', { exact: true })).not.toHaveValue('');
  await expect(page.getByRole('region', { name: '目标陈述' })).toContainText('提升到');
  expect(await axeViolations(page)).toEqual([]);
});

test('phone width: the worksheet fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('目标名称', { exact: true })).not.toHaveValue('');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the worksheet embedded in a chapter shares its documents with the worksheet page', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('目标名称', { exact: true }).fill('章节内填写');
  await savedContaining(page, '章节内填写');
  await page.goto('/team/performance/');
  const embedded = page.getByRole('region', { name: 'SMART 目标制定' });
  await embedded.scrollIntoViewIfNeeded();
  await expect(embedded.getByLabel('目标名称', { exact: true })).toHaveValue('章节内填写');
});
