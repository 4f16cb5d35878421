// Layout details every worksheet page shares: readable text sizes, fields in one row aligned.
import { test, expect } from '@playwright/test';
import { worksheetReady } from '../support/worksheet';

const PAGES = [
  ['/exercises/smart-goal/', '目标名称'],
  ['/exercises/swot/', '分析对象'],
  ['/exercises/channel-pricing/', '建议零售价'],
  ['/exercises/team-competency/', '团队名称'],
  ['/exercises/scorecard/', '考核周期'],
  ['/exercises/action-plan/', '计划开始日期'],
  ['/exercises/pipeline-forecast/', '预测期间'],
  ['/exercises/commission-plan/', '底薪'],
  ['/exercises/customer-grading/', '团队或区域'],
] as const;

for (const [path, field] of PAGES) {
  test(`${path}: no visible text inside the worksheet is smaller than 12 px`, async ({ page }) => {
    await page.goto(path);
    await worksheetReady(page, field);
    const small = await page
      .locator('.ws')
      .first()
      .evaluate((root) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent?.trim();
          const el = n.parentElement;
          if (!text || !el || !el.checkVisibility()) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 12) found.push(`${size.toFixed(1)}px ${text.slice(0, 20)}`);
        }
        return found;
      });
    expect(small).toEqual([]);
  });
}

test('SMART: 基线值 and 目标值 sit on one line on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/exercises/smart-goal/');
  await worksheetReady(page, '目标名称');
  const base = await page.getByLabel('基线值', { exact: true }).boundingBox();
  const target = await page.getByLabel('目标值', { exact: true }).boundingBox();
  expect(base && target).toBeTruthy();
  expect(Math.abs(base!.y - target!.y)).toBeLessThanOrEqual(1);
});

test('channel pricing at 375 px: the price chain scrolls sideways with the tier names in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/exercises/channel-pricing/');
  await worksheetReady(page, '建议零售价');
  await page.getByRole('button', { name: '载入示例' }).click();
  const table = page.getByRole('table', { name: /价格链/ }).first();
  // The example's chain, once its part has drawn it (the blank one drawn first is narrower).
  await expect(table).toContainText('60.00');
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  const wrap = table.locator('xpath=ancestor::div[contains(@class,"ws-table-wrap")][1]');
  const widths = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(widths[0], 'the table is wider than the phone').toBeGreaterThan(widths[1]);
  await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const box = await wrap.boundingBox();
  for (const header of await table.getByRole('rowheader').all()) {
    const cell = await header.boundingBox();
    expect(cell!.x).toBeGreaterThanOrEqual(box!.x - 1);
    expect(cell!.x).toBeLessThan(box!.x + 4);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

/** Worksheets laid out in two panes on wide screens: page, first field, a field far down, results. */
const PANES = [
  { path: '/exercises/smart-goal/', first: '目标名称', far: '截止日期', results: 'SMART 实时结果' },
  {
    path: '/exercises/channel-pricing/',
    first: '建议零售价',
    far: '单位成本',
    results: '价格链计算结果',
  },
] as const;

for (const { path, first, far, results } of PANES) {
  test(`${path}: at 1366 px the results sit beside the inputs and stay in view while they scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(path);
    await worksheetReady(page, first);
    await page.getByRole('button', { name: '载入示例' }).click();
    const pane = page.getByRole('region', { name: results });
    const input = await page.getByLabel(first, { exact: true }).boundingBox();
    const beside = await pane.boundingBox();
    expect(beside!.x, 'results to the right of the inputs').toBeGreaterThanOrEqual(
      input!.x + input!.width,
    );
    // The worksheet is wider than Starlight's 45rem content column, within the main pane.
    const ws = await page.locator('.ws').first().boundingBox();
    expect(ws!.width).toBeGreaterThan(800);
    expect(ws!.x).toBeGreaterThanOrEqual(300);
    expect(ws!.x + ws!.width).toBeLessThanOrEqual(1366);
    // Scroll the inputs by most of a screen: the first field leaves, the results stay on screen.
    const before = (await pane.boundingBox())!.y;
    await page.evaluate((y) => window.scrollBy(0, y), input!.y + 400);
    await expect(page.getByLabel(first, { exact: true })).not.toBeInViewport();
    await expect(pane).toBeInViewport({ ratio: 0.9 });
    // It moved up with the page only as far as the top of the screen (below the header).
    const after = (await pane.boundingBox())!.y;
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThanOrEqual(0);
  });

  test(`${path}: at 375 px one column, results after the inputs, no sideways scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await worksheetReady(page, first);
    const input = await page.getByLabel(far, { exact: true }).boundingBox();
    const below = await page.getByRole('region', { name: results }).boundingBox();
    expect(below!.y).toBeGreaterThan(input!.y + input!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
}
