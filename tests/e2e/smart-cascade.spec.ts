/**
 * The SMART cascade as the screen shows it (issue #18, item 13): periods follow the fiscal-year
 * start and the deadline, the rounding remainder is named, and actuals give 达成率.
 */
import { test, expect, type Page } from '@playwright/test';
import { fieldReady, worksheetReady } from '../support/worksheet';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openSmart(page: Page) {
  await page.goto('/exercises/smart-goal/');
  await worksheetReady(page, '目标名称');
}

/** The cascade section loads when it comes near the screen; wait until it answers. */
const cascadeReady = (page: Page) => fieldReady(field(page, '分解方式'));

test('a fiscal year from April and a deadline of 2027-03-31 give 4 月 … 次年 3 月', async ({
  page,
}) => {
  await openSmart(page);
  await field(page, '目标值').fill('1200');
  await field(page, '单位').fill('万元');
  await field(page, '截止日期').fill('2027-03-31');
  await cascadeReady(page);
  await field(page, '财年起始月').selectOption({ label: '4 月' });
  const periods = region(page, '分解到期间').getByRole('table');
  await expect(periods.getByRole('rowheader')).toHaveText([
    '第一季度',
    '4 月',
    '5 月',
    '6 月',
    '第二季度',
    '7 月',
    '8 月',
    '9 月',
    '第三季度',
    '10 月',
    '11 月',
    '12 月',
    '第四季度',
    '次年 1 月',
    '次年 2 月',
    '次年 3 月',
    '合计',
  ]);

  // A deadline in November ends the plan there: 4–11 月 in three fiscal quarters.
  await field(page, '截止日期').fill('2026-11-30');
  await expect(periods.getByRole('rowheader').last()).toHaveText('合计');
  await expect(periods.getByRole('rowheader', { name: '11 月', exact: true })).toBeVisible();
  await expect(periods.getByRole('rowheader', { name: '12 月', exact: true })).toHaveCount(0);
  await expect(periods.getByRole('rowheader', { name: '第四季度' })).toHaveCount(0);
});

test('the screen says where the rounding remainder went', async ({ page }) => {
  await openSmart(page);
  await field(page, '目标值').fill('100');
  await field(page, '单位').fill('家');
  await cascadeReady(page);
  const people = region(page, '分解到个人');
  for (const [i, name] of ['张伟', '李娜', '王强'].entries()) {
    await people.getByRole('button', { name: '添加成员' }).click();
    await field(page, `成员 ${i + 1} 姓名`).fill(name);
  }
  // 100 ÷ 3 = 33.33 each: rounded down 33 × 3 = 99, the 1 left goes to the first.
  await expect(people.getByRole('cell', { name: '34', exact: true })).toHaveCount(1);
  await expect(people.getByRole('cell', { name: '33', exact: true })).toHaveCount(2);
  await expect(people.getByText('按权重不能整除：余数 1 家计入张伟。')).toBeVisible();
  // Inside each quarter too: 25 家 over 3 months → 9/8/8, the 1 left to the quarter's first month.
  const periods = region(page, '分解到期间');
  await expect(periods.getByText('第一季度按权重不能整除：余数 1 家计入 1 月。')).toBeVisible();
  await expect(periods.getByText('第四季度按权重不能整除：余数 1 家计入 10 月。')).toBeVisible();

  // Person × month: 12 months of 9/8/8 家 per quarter; each row and column adds up.
  const cross = region(page, '人员 × 月份').getByRole('table');
  await expect(cross.getByRole('row', { name: /^张伟/ }).getByRole('cell').last()).toHaveText('34');
  await expect(cross.getByRole('row', { name: /^李娜/ }).getByRole('cell').last()).toHaveText('33');
  await expect(cross.getByRole('row', { name: /^合计/ }).getByRole('cell')).toHaveText([
    '9',
    '8',
    '8',
    '9',
    '8',
    '8',
    '9',
    '8',
    '8',
    '9',
    '8',
    '8',
    '100',
  ]);
  const columnSums = await cross.evaluate((table: HTMLTableElement) =>
    Array.from(table.tBodies[0].rows[0].cells, (_, j) =>
      Array.from(table.tBodies[0].rows).reduce(
        (sum, row) => sum + Number(row.cells[j].textContent),
        0,
      ),
    ),
  );
  expect(columnSums.slice(1)).toEqual([9, 8, 8, 9, 8, 8, 9, 8, 8, 9, 8, 8, 100]);
});

test('actuals per month give the period and the cumulative 达成率', async ({ page }) => {
  await openSmart(page);
  await field(page, '目标值').fill('1200');
  await field(page, '单位').fill('万元');
  await field(page, '截止日期').fill('2027-12-31');
  await cascadeReady(page);
  const tracking = region(page, '达成率跟踪');
  await expect(tracking.getByText('还没有填写实际完成。')).toBeVisible();
  // Each month's target is 1,200 ÷ 12 = 100 万元.
  await field(page, '1 月 实际完成').fill('105.5');
  await field(page, '2 月 实际完成').fill('90');
  const table = tracking.getByRole('table');
  const feb = table.getByRole('row', { name: /^2 月/ });
  // 90 ÷ 100 = 90%; cumulative 195.5 ÷ 200 = 97.75% ≈ 97.8%; 195.5 ÷ 1,200 = 16.3%.
  await expect(feb.getByRole('cell')).toHaveText([
    '100.00',
    /实际完成/,
    '90%',
    '200.00',
    '195.50',
    '97.8%',
    '16.3%',
  ]);
  await expect(table.getByRole('row', { name: /^1 月/ })).toContainText('105.5%');
  await expect(tracking.getByRole('status')).toHaveText(
    '截至最近填写的期间，累计实际 195.5 万元，累计指标 200 万元，累计达成率 97.8%；占分解总量 1,200 万元的 16.3%。',
  );

  // A bad actual gets a message and is not counted; the others stay.
  await field(page, '3 月 实际完成').fill('-5');
  await expect(field(page, '3 月 实际完成')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, '2 月 实际完成')).toHaveValue('90');
  await expect(tracking.getByRole('status')).toContainText('累计实际 195.5 万元');
});
