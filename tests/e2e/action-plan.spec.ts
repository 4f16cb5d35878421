// 90 天行动计划: filled in by visible label, the worked example of growth/next-steps, the
// warnings, the timeline's table, and the finished plan on one or two A4 pages.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { pdfPageCount, pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';

const PAGE = '/exercises/action-plan/';

/** "Today" is fixed: day 61 of the worked example, which then starts on 2027-01-04. */
async function open(page: Page) {
  await page.clock.setFixedTime(new Date('2027-03-05T09:00:00'));
  await page.goto(PAGE);
  await worksheetReady(page, '计划开始日期');
}

async function loadExample(page: Page) {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('计划开始日期', { exact: true })).toHaveValue('2027-01-04');
}

const checks = (page: Page) => page.getByRole('region', { name: '计划检查' });

test('a plan typed by label is dated from its start, checked, and comes back after a reload', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('计划开始日期', { exact: true }).fill('2027-01-04');
  const phase1 = page.getByRole('region', { name: '第 1–30 天：诊断与沟通' });
  await expect(phase1).toContainText('2027 年 1 月 4 日至 2027 年 2 月 2 日');

  await phase1.getByRole('button', { name: '添加阶段目标' }).click();
  const goal = page.getByLabel('第 1–30 天 阶段目标 1', { exact: true });
  await expect(goal).toBeFocused();
  await goal.fill('努力提升团队的沟通质量');
  await expect(checks(page)).toContainText(
    '第 1–30 天阶段目标 1：「努力」没有具体数字：请写明要达到多少。',
  );
  await expect(checks(page)).toContainText('第 1–30 天还没有可衡量的阶段目标');
  await goal.fill('第 30 天前，和 8 名团队成员各做 1 次一对一沟通');
  await expect(checks(page)).not.toContainText('第 1–30 天还没有可衡量的阶段目标');

  // By keyboard: Enter on 添加行动 lands in the new row, ready to type.
  await phase1.getByRole('button', { name: '添加行动' }).press('Enter');
  const action = page.getByLabel('第 1–30 天 第 1 项 行动', { exact: true });
  await expect(action).toBeFocused();
  await page.keyboard.type('梳理销售漏斗数据');
  await expect(action).toHaveValue('梳理销售漏斗数据');
  await page.getByLabel('第 1–30 天 行动 1 负责人', { exact: true }).fill('王磊');
  await page.getByLabel('第 1–30 天 行动 1 完成日期', { exact: true }).fill('2027-02-10');
  await page
    .getByLabel('第 1–30 天 行动 1 状态', { exact: true })
    .selectOption({ label: '进行中' });
  await expect(checks(page)).toContainText(
    '第 1–30 天行动 1 的完成日期（2027 年 2 月 10 日）不在本阶段内（2027 年 1 月 4 日至 2027 年 2 月 2 日）。',
  );
  await page.getByLabel('第 1–30 天 行动 1 完成日期', { exact: true }).fill('2027-01-20');
  await expect(checks(page)).not.toContainText('不在本阶段内');
  await savedContaining(page, '梳理销售漏斗数据');

  await page.reload();
  await worksheetReady(page, '计划开始日期');
  await expect(page.getByLabel('第 1–30 天 阶段目标 1', { exact: true })).toHaveValue(
    '第 30 天前，和 8 名团队成员各做 1 次一对一沟通',
  );
  await expect(page.getByLabel('第 1–30 天 行动 1 负责人', { exact: true })).toHaveValue('王磊');
  await expect(page.getByLabel('第 1–30 天 行动 1 状态', { exact: true })).toHaveValue('doing');
});

test('示例: the chapter’s three phases and goal, its timeline as a table, and the warnings', async ({
  page,
}) => {
  await loadExample(page);
  await expect(page.getByLabel('第 31–60 天 阶段目标 1', { exact: true })).toHaveValue(
    '第 60 天前，团队每周过程指标周报按时提交率达到 100%，方案阶段转化率从 25% 提高到 30%。',
  );
  await expect(page.getByRole('region', { name: '第 31–60 天：试点与调整' })).toContainText(
    '2027 年 2 月 3 日至 2027 年 3 月 4 日',
  );
  await expect(page.getByRole('region', { name: '第 61–90 天：固化与复盘' })).toContainText(
    '2027 年 3 月 5 日至 2027 年 4 月 3 日',
  );
  await expect(checks(page)).toContainText('三个阶段都有可衡量的目标');

  // The timeline: a chart with a name, and the same facts in a table.
  await expect(page.getByRole('img', { name: /^90 天时间线：9 项行动，3 个复盘日/ })).toBeVisible();
  const table = page.getByRole('table', { name: '时间线（表格）' });
  const dropped = table.getByRole('row', { name: /试行新的报价审批流程/ });
  await expect(dropped).toContainText('刘洋');
  await expect(dropped).toContainText('2027 年 2 月 27 日');
  await expect(dropped).toContainText('第 55 天');
  await expect(dropped).toContainText('已放弃');
  await expect(table.getByRole('rowheader', { name: '复盘', exact: true })).toHaveCount(3);
  await expect(page.getByText('今天是计划的第 61 天（2027 年 3 月 5 日）。')).toBeVisible();

  // 90 天复盘: per goal 结果 and 原因.
  await expect(page.getByLabel('第 31–60 天 阶段目标 1 结果', { exact: true })).toHaveValue(
    '部分达成：周报按时提交率 100%，方案阶段转化率 28%，未到 30%。',
  );

  // Warnings: an action outside its phase, a phase without a measurable goal.
  await page.getByLabel('第 31–60 天 行动 3 完成日期', { exact: true }).fill('2027-03-10');
  await expect(checks(page)).toContainText(
    '第 31–60 天行动 3 的完成日期（2027 年 3 月 10 日）不在本阶段内',
  );
  await expect(dropped).toContainText('第 66 天');
  await page.getByRole('button', { name: '删除第 61–90 天阶段目标 1' }).click();
  await expect(checks(page)).toContainText('第 61–90 天还没有可衡量的阶段目标');
});

test('the finished example prints on one or two A4 pages, values and no widgets', async ({
  page,
}, info) => {
  await loadExample(page);
  // Print once the timeline shows the example's steps, not the blank page's.
  await expect(page.getByRole('table', { name: '时间线（表格）' })).toContainText(
    '试行新的报价审批流程',
  );
  const file = await printToPdf(page, info, 'action-plan');
  const count = pdfPageCount(file);
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(2);
  const text = squeeze(pdfPages(file).join('\n'));
  for (const value of [
    '2027-01-04',
    '方案阶段转化率从25%提高到30%',
    '试行新的报价审批流程',
    '已放弃',
    '第55天',
    '陪访只覆盖了5名成员',
    '把陪访制度推广到全部8名成员',
  ])
    expect(text, `"${value}" on paper`).toContain(value);
  for (const widget of [
    '载入示例',
    '添加行动',
    '添加阶段目标',
    '删除',
    '计划检查',
    '示例内容',
    '点击',
  ])
    expect(text, `"${widget}" printed`).not.toContain(widget);
});

test('the filled plan at 375 px: no sideways scroll, axe clean in light and dark', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await loadExample(page);
  await fieldReady(page.getByLabel('下一个 90 天的重点', { exact: true }));
  await expect(page.getByRole('table', { name: '时间线（表格）' })).toBeAttached();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page scrolls sideways at 375 px').toBeLessThanOrEqual(0);
  expect(await axeViolations(page, '.ws')).toEqual([]);

  await setTheme(page, 'dark');
  await page.reload();
  await worksheetReady(page, '计划开始日期');
  await expect(page.getByRole('table', { name: '时间线（表格）' })).toBeAttached();
  expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  expect(await axeViolations(page, '.ws')).toEqual([]);
});
