import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';
import { tableRows } from '../support/table';

const PAGE = '/exercises/scorecard/';

async function openWithExample(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '考核周期');
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('考核周期', { exact: true })).toHaveValue('2026 年第四季度');
}

test('the chapter example: 85 × 40% + 80 × 30% + 90 × 20% + 70 × 10% = 83 分', async ({ page }) => {
  await openWithExample(page);
  const zhang = page.getByRole('table', { name: '张伟的得分' });
  await expect(zhang.locator('tfoot')).toContainText('83.00 分');
  const categories = await zhang.locator('tbody tr.sc-category-row').allTextContents();
  expect(categories.map((t) => t.replace(/\s+/g, ''))).toEqual([
    '业绩指标（权重40%）85.00',
    '能力指标（权重30%）80.00',
    '过程指标（权重20%）90.00',
    '发展指标（权重10%）70.00',
  ]);
  await expect(page.getByText('类别权重合计：100%')).toBeVisible();
  // Cap, threshold and lower-is-better, as the reader sees them.
  const lines = (name: string) => async () => (await tableRows(page, name)).join('\n');
  await expect
    .poll(lines('李娜的得分'))
    .toMatch(/销售额（万元） \| 500 \| 620 \| 120\.00（封顶，达成率 124\.00%）/);
  await expect
    .poll(lines('王强的得分'))
    .toMatch(/毛利率 \| 25% \| 16% \| 0\.00（低于门槛，达成率 64\.00%）/);
  await expect.poll(lines('王强的得分')).toMatch(/销售费用率 \| 8% \| 11% \| 72\.73/);
});

test('ranking and distribution: the members side by side, the chart with its table', async ({
  page,
}) => {
  await openWithExample(page);
  await expect
    .poll(() => tableRows(page, '团队排名'))
    .toEqual([
      '李娜 | 1 | 114.57 | 87.50 | 108.20 | 90.00 | 102.72',
      '张伟 | 2 | 85.00 | 80.00 | 90.00 | 70.00 | 83.00',
      '王强 | 3 | 56.18 | 67.50 | 76.30 | 60.00 | 63.98',
    ]);
  await expect(page.getByRole('img', { name: /得分分布：3 名成员/ })).toBeVisible();
  await expect
    .poll(() => tableRows(page, '得分分布（表格）'))
    .toEqual([
      '90 分及以上 | 1 人 | 李娜',
      '80–90 分（不含 90 分） | 1 人 | 张伟',
      '70–80 分（不含 80 分） | 0 人 |',
      '60–70 分（不含 70 分） | 1 人 | 王强',
      '60 分以下 | 0 人 |',
    ]);
});

test('weights must total 100%, shown live and exactly; bad input keeps its text', async ({
  page,
}) => {
  await openWithExample(page);
  const ability = page.getByLabel('能力指标 类别权重');
  await ability.fill('29.99');
  await expect(page.getByText('类别权重合计：99.99%')).toBeVisible();
  await expect(page.getByText('四类指标的权重合计为 99.99%，应为 100%。')).toBeVisible();
  // The weights count as typed: 80 × 29.99% takes 0.008 off 张伟's total.
  await expect(page.getByRole('table', { name: '张伟的得分' }).locator('tfoot')).toContainText(
    '82.99 分',
  );
  await ability.fill('３０％');
  await expect(page.getByText('类别权重合计：100%')).toBeVisible();
  await expect(page.getByText(/四类指标的权重合计为/)).toHaveCount(0);

  const weight = page.getByLabel('业绩指标第 1 项 权重');
  await weight.fill('40');
  await expect(page.getByText('业绩指标内各指标的权重合计为 90%，应为 100%。')).toBeVisible();
  await weight.fill('五十');
  await expect(weight).toHaveValue('五十');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('请输入数字', { exact: true })).toBeVisible();
});

test('a new card: fill by label, score a member, keep the interview record', async ({ page }) => {
  await page.goto(PAGE);
  await worksheetReady(page, '考核周期');
  await page.getByLabel('考核周期', { exact: true }).fill('2027 年第一季度');
  await page.getByLabel('业绩指标第 1 项 指标名称').fill('销售额');
  await page.getByLabel('业绩指标第 1 项 目标值').fill('1,000');
  await page.getByLabel('业绩指标第 1 项 计分方式').selectOption({ label: '门槛计分' });
  await page.getByLabel('业绩指标第 1 项 门槛').fill('80%');
  await page.getByLabel('成员 1 成员姓名').fill('赵敏');
  await page.getByLabel('赵敏 销售额 实际值').fill('７５０');
  const table = page.getByRole('table', { name: '赵敏的得分' });
  await expect(table).toContainText('0.00（低于门槛，达成率 75.00%）');
  await page.getByLabel('赵敏 销售额 实际值').fill('1,300');
  await expect(table).toContainText('120.00（封顶，达成率 130.00%）');
  await page.getByLabel('赵敏 优势与成绩').fill('新客户开发超额完成');
  await savedContaining(page, '新客户开发超额完成');
  await page.reload();
  await worksheetReady(page, '考核周期');
  await fieldReady(page.getByLabel('赵敏 优势与成绩'));
  await expect(page.getByLabel('赵敏 优势与成绩')).toHaveValue('新客户开发超额完成');
});

test('the filled card prints its values and an interview record for each member', async ({
  page,
}, info) => {
  await openWithExample(page);
  // The ranking is a deferred part: print once its code has drawn the example.
  await expect(page.getByRole('table', { name: '团队排名' })).toBeVisible();
  const printed = squeeze(pdfPages(await printToPdf(page, info, 'filled')).join('\n'));
  // The page's own instructions name the buttons; the worksheet itself prints no widget.
  const text = printed.slice(printed.indexOf(squeeze('开始练习')));
  for (const value of ['2026 年第四季度', '83.00 分', '102.72', '绩效面谈记录', '双方确认（签字）'])
    expect(text).toContain(squeeze(value));
  expect(text).toContain(squeeze('季度客户拜访 108 次'));
  expect(text).toContain(squeeze('得分分布（表格）'));
  expect(text).not.toContain(squeeze('载入示例'));
});

test('打印面谈记录 prints one member alone, as the interview record', async ({ page }, info) => {
  await openWithExample(page);
  // Printing is stubbed: the page is printed to PDF while the record is on show.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printing', '1');
  });
  await page.getByRole('button', { name: '打印张伟的面谈记录' }).click();
  await expect(page.locator('html[data-printing="1"]')).toHaveCount(1);
  const text = squeeze(pdfPages(await printToPdf(page, info, 'interview')).join('\n'));
  expect(text).toContain(squeeze('绩效面谈记录：张伟'));
  expect(text).toContain(squeeze('83.00 分'));
  expect(text).toContain(squeeze('下次回顾'));
  expect(text).not.toContain(squeeze('李娜'));
  expect(text).not.toContain(squeeze('团队排名'));
  // Nor the page's instructions around the worksheet.
  expect(text).not.toContain(squeeze('怎么用'));
});

test('keyboard: an indicator is added and removed without a mouse, focus stays in place', async ({
  page,
}) => {
  await page.goto(PAGE);
  await worksheetReady(page, '考核周期');
  const add = page.getByRole('button', { name: '在业绩指标中添加指标' });
  await add.focus();
  await page.keyboard.press('Enter');
  const second = page.getByLabel('业绩指标第 2 项 指标名称');
  await expect(second).toBeVisible();
  await second.focus();
  await page.keyboard.type('回款率');
  await expect(second).toHaveValue('回款率');
  await page.getByRole('button', { name: '删除业绩指标第 2 项指标' }).focus();
  await page.keyboard.press('Enter');
  await expect(second).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await add.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('the chapter sends the reader to the worksheet with its example', async ({ page }) => {
  await page.goto('/team/performance/');
  await page.getByRole('link', { name: '在线练习：绩效计分卡（打开示例）' }).click();
  // The link lands on the form (no scrolling needed), which opens the example and drops the hash.
  await expect(page.getByLabel('考核周期', { exact: true })).toHaveValue('2026 年第四季度');
  await expect(page.getByLabel('考核周期', { exact: true })).toBeInViewport();
  await expect(page).toHaveURL(/\/exercises\/scorecard\/$/);
  await expect(page.getByRole('table', { name: '张伟的得分' }).locator('tfoot')).toContainText(
    '83.00 分',
  );
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the example is clean in the ${theme} theme`, async ({ page }) => {
    await openWithExample(page);
    await setTheme(page, theme);
    await expect(page.getByRole('table', { name: '团队排名' })).toBeVisible();
    expect(await axeViolations(page, '.ws')).toEqual([]);
  });
}
