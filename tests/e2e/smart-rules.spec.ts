/**
 * The SMART checks and the SWOT strategy count as the screen shows them (issue #18, items
 * 8–12 and 14): each figure and message is read by its visible label.
 */
import { test, expect, type Page } from '@playwright/test';
import { worksheetReady } from '../support/worksheet';

async function openSmart(page: Page) {
  await page.goto('/exercises/smart-goal/');
  await worksheetReady(page, '目标名称');
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const checks = (page: Page) => page.getByRole('region', { name: 'SMART 检查' });
const statement = (page: Page) => page.getByRole('region', { name: '目标陈述' });

/** YYYY-MM-DD `days` from today in the browser's calendar (the page checks against it). */
async function isoInDays(page: Page, days: number): Promise<string> {
  return page.evaluate((d) => {
    const date = new Date();
    date.setDate(date.getDate() + d);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, days);
}

test('S: a year is not a quantity and effort words are flagged', async ({ page }) => {
  await openSmart(page);
  await field(page, '具体描述').fill('2027年努力提升华东区经销商的销售额，争取做得更好');
  await expect(checks(page).getByText('「努力」没有具体数字：请写明要达到多少。')).toBeVisible();
  await expect(checks(page).getByText('描述具体，写明了对象和数量。')).toHaveCount(0);

  await field(page, '具体描述').fill('24 小时内响应华东区经销商的所有报修');
  await expect(
    checks(page).getByText('「24 小时」是时间，不是数量：请写明要达到多少。'),
  ).toBeVisible();

  await field(page, '具体描述').fill('2027年将华东区经销商销售额提升到 1,500 万元');
  await expect(checks(page).getByText('描述具体，写明了对象和数量。')).toBeVisible();
});

test('A and the statement: rates in percentage points, a loss, an unchanged figure', async ({
  page,
}) => {
  await openSmart(page);
  await field(page, '衡量指标').fill('线索转化率');
  await field(page, '基线值').fill('20');
  await field(page, '目标值').fill('45');
  await field(page, '单位').fill('%');
  await expect(
    checks(page).getByText(
      '提高 25 个百分点，超过 10 个百分点：请在「可实现性依据」中说明资源和做法。',
    ),
  ).toBeVisible();
  await expect(statement(page)).toContainText('将线索转化率从 20% 提升到 45%（+25 个百分点）');
  await expect(page.getByText('增幅 125%')).toHaveCount(0);

  // 扭亏为盈: a loss is a valid baseline.
  await field(page, '衡量指标').fill('华东区净利润');
  await field(page, '单位').fill('万元');
  await field(page, '基线值').fill('-50');
  await field(page, '目标值').fill('20');
  await expect(field(page, '基线值')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(statement(page)).toContainText(
    '将华东区净利润从 −50 万元提升到 20 万元（+70 万元，扭亏为盈）',
  );
  await expect(
    checks(page).getByText(
      '基线值为负数，无法用增幅判断：增加 70 万元（扭亏为盈）。请在「可实现性依据」中说明依据。',
    ),
  ).toBeVisible();

  // 100.4% is over 100%, and says so.
  await field(page, '基线值').fill('250');
  await field(page, '目标值').fill('501');
  await expect(
    checks(page).getByText('增幅 100.4%，超过 100%：请在「可实现性依据」中说明资源和做法。'),
  ).toBeVisible();

  await field(page, '基线值').fill('100');
  await field(page, '目标值').fill('100');
  await expect(statement(page)).toContainText('将华东区净利润保持在 100 万元');
  await expect(statement(page)).not.toContainText('提升到');
});

test('T: a milestone already passed does not fail a goal in progress', async ({ page }) => {
  await openSmart(page);
  await field(page, '截止日期').fill(await isoInDays(page, 90));
  await page.getByRole('button', { name: '添加里程碑' }).click();
  await page.getByLabel('里程碑 1 日期').fill(await isoInDays(page, -30));
  await page.getByLabel('里程碑 1 描述').fill('完成潜在客户分级');
  const t = checks(page).getByRole('listitem').filter({ hasText: '有时限（Time-bound）' });
  await expect(t).toContainText('符合');
  await expect(t).toContainText('还有 90 天');

  await page.getByLabel('里程碑 1 日期').fill(await isoInDays(page, 120));
  await expect(t.getByText('里程碑 1 的日期晚于截止日期。')).toBeVisible();
});

test('SWOT: 已选 counts only items that still exist', async ({ page }) => {
  await page.goto('/exercises/swot/');
  await worksheetReady(page, '分析对象');
  for (const [name, text] of [
    ['优势', '终端网点覆盖全省 80% 县城'],
    ['机会', '县域市场需求增长'],
  ] as const) {
    const input = field(page, `添加${name}`);
    await input.fill(text);
    await input.press('Enter');
    await expect(field(page, `${name} 1`)).toHaveValue(text);
  }
  await page.getByRole('button', { name: '添加 SO 策略' }).click();
  await field(page, 'SO 策略 1').fill('借县城网点优势开拓县域市场');
  const cell = page.getByRole('region', { name: /^SO 策略/ });
  await cell.getByText(/选择依据的条目/).click();
  await page.getByRole('checkbox', { name: '终端网点覆盖全省 80% 县城' }).check();
  await page.getByRole('checkbox', { name: '县域市场需求增长' }).check();
  await expect(cell.getByText('选择依据的条目（已选 2 条）')).toBeVisible();

  await page.getByRole('button', { name: '删除 优势 1' }).click();
  await expect(cell.getByText('（已删除的条目）')).toBeVisible();
  await expect(cell.getByText('选择依据的条目（已选 1 条）')).toBeVisible();
});
