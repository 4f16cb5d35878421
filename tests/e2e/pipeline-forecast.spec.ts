import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { savedContaining, worksheetReady } from '../support/worksheet';
import { tableRows } from '../support/table';

const PAGE = '/exercises/pipeline-forecast/';

async function open(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '预测期间');
}

async function openWithExample(page: Page) {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('预测期间', { exact: true })).toHaveValue('2027 年 3 月');
}

/** 20 deals as copied from a spreadsheet: a header row, tabs between cells, one bad amount. */
function spreadsheetBlock(): string {
  const stages = ['需求分析', '方案提交', '谈判议价', '促成成交'];
  const lines = ['客户名称\t金额\t阶段\t预计成交日期\t负责人\t预测类别'];
  for (let i = 1; i <= 20; i++) {
    const amount =
      i === 7 ? '12万' : i % 5 === 0 ? `１,${String(i * 10).padStart(3, '0')}` : `${i * 10}`;
    const category = i % 3 === 0 ? '承诺' : i % 3 === 1 ? '可能' : '储备';
    lines.push(`客户${i}\t${amount}\t${stages[i % 4]}\t2027/3/${i}\t王敏\t${category}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

test('the chapter example: only March deals count, 400 万元 weighted to 162.5 万元', async ({
  page,
}) => {
  await openWithExample(page);
  await expect
    .poll(() => tableRows(page, '按阶段计算（本期）'))
    .toEqual([
      '需求分析 | 2 | 80 | 10% | 8',
      '方案提交 | 2 | 150 | 25% | 37.5',
      '谈判议价 | 1 | 120 | 60% | 72',
      '促成成交 | 1 | 50 | 90% | 45',
    ]);
  await expect
    .poll(() => tableRows(page, '本期预测'))
    .toEqual([
      '本期商机金额 | 400',
      '加权预测（金额 × 赢单率） | 162.5',
      '承诺（commit） | 170',
      '最好情况（承诺 + 可能） | 320',
      '期间目标 | 180',
      '剩余目标 | 180',
      '覆盖率（本期商机 ÷ 剩余目标） | 2.22 倍',
    ]);
  await expect(
    page.getByText('预计在本期成交的商机 6 条（共 10 条）；其他商机不计入本期预测。'),
  ).toBeVisible();
  // The funnel over all deals, as a chart and as its table.
  await expect(page.getByRole('img', { name: /销售漏斗：共 10 条商机/ })).toBeVisible();
  await expect
    .poll(() => tableRows(page, '漏斗各阶段（全部商机）'))
    .toEqual([
      '需求分析 | 4 | 280 | 60%',
      '方案提交 | 3 | 300 | 50%',
      '谈判议价 | 2 | 190 | 33.3%',
      '促成成交 | 1 | 50 | —',
    ]);
  await expect(
    page.getByText(/最薄弱的环节：从「谈判议价」到「促成成交」的转化率只有 33\.3%/),
  ).toBeVisible();
  // The chapter's accuracy: forecast 200, actual 180 → about 89%.
  await expect
    .poll(() => tableRows(page, '各期预测与实际'))
    .toEqual(['2027 年 2 月 | 200 | 180 | 88.9% | 删除这一期']);
});

test('typing by label: a deal outside the period does not count; bad amounts keep their text', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('预测期间', { exact: true }).fill('2027 年 4 月');
  await page.getByLabel('期间开始').fill('2027-04-01');
  await page.getByLabel('期间结束').fill('2027-04-30');
  await page.getByLabel('期间目标').fill('¥1,000');
  await page.getByLabel('商机 1 客户名称').fill('华东机电');
  await page.getByLabel('商机 1 金额').fill('５００');
  await page.getByLabel('商机 1 阶段').selectOption({ label: '谈判议价' });
  await page.getByLabel('商机 1 预计成交日期').fill('2027-04-15');
  await page.getByRole('button', { name: '添加商机' }).click();
  await page.getByLabel('商机 2 客户名称').fill('华南贸易');
  await page.getByLabel('商机 2 金额').fill('800');
  await page.getByLabel('商机 2 预计成交日期').fill('2027-06-15');
  const figures = page.getByRole('table', { name: '本期预测' });
  await expect(figures).toContainText('加权预测（金额 × 赢单率）300');
  await expect(figures).toContainText('覆盖率（本期商机 ÷ 剩余目标）0.50 倍');
  await expect(page.getByText(/覆盖率只有 0\.50 倍/)).toBeVisible();
  const amount = page.getByLabel('商机 2 金额');
  await amount.fill('8百');
  await expect(amount).toHaveValue('8百');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('1 条商机的金额或阶段无法读取，未计入预测。')).toBeVisible();
  await savedContaining(page, '华东机电');
});

test('导入表格: a 20-row block pasted from a spreadsheet, one bad row refused by message', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByText('可导入 19 行，1 行未通过检查。')).toBeVisible();
  await expect(page.getByText('第 8 行：金额「12万」不是数字')).toBeVisible();
  await expect(page.getByLabel('第 2 列（金额）')).toHaveValue('amount');
  await expect(page.getByLabel('第 6 列（预测类别）')).toHaveValue('category');
  await expect(page.getByRole('table', { name: '预览（前 5 行，共 19 行）' })).toBeVisible();
  await page.getByRole('button', { name: '导入 19 行' }).click();
  await expect(page.getByText('已导入 19 条商机；1 行未通过检查，未导入。')).toBeVisible();
  await expect(page.getByRole('table', { name: '商机清单（19 条）' })).toBeVisible();
  await expect(page.getByLabel('商机 5 金额')).toHaveValue('1,050');
  await expect(page.getByLabel('商机 19 客户名称')).toHaveValue('客户20');
  await expect(page.getByRole('button', { name: '导入表格' })).toBeFocused();
});

test('导入表格: an .xlsx written by LibreOffice, appended after the deals already there', async ({
  page,
}, info) => {
  const csv = info.outputPath('deals.csv');
  writeFileSync(
    csv,
    '客户名称,金额（万元）,阶段,预计成交日期,负责人,预测类别\n' +
      '华东机电,120,谈判议价,2027-03-20,王敏,承诺\n' +
      '西北物流,"1,234.5",需求分析,2027-03-05,李强,可能\n' +
      '南方建材,80,洽谈中,2027-03-06,李强,储备\n',
  );
  execFileSync('soffice', [
    '--headless',
    '--infilter=CSV:44,34,76,1',
    '--convert-to',
    'xlsx',
    '--outdir',
    info.outputPath(),
    csv,
  ]);
  await openWithExample(page);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByLabel('或选择文件（.csv、.xlsx）').setInputFiles(info.outputPath('deals.xlsx'));
  await expect(page.getByText('可导入 2 行，1 行未通过检查。')).toBeVisible();
  await expect(
    page.getByText('第 4 行：阶段「洽谈中」不是可选项（需求分析、方案提交、谈判议价、促成成交）'),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: '导入方式' })).toBeVisible();
  await page.getByLabel('追加到现有的 10 行之后').check();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByRole('table', { name: '商机清单（12 条）' })).toBeVisible();
  await expect(page.getByLabel('商机 11 客户名称')).toHaveValue('华东机电');
  await expect(page.getByLabel('商机 11 预计成交日期')).toHaveValue('2027-03-20');
  await expect(page.getByLabel('商机 12 金额')).toHaveValue('1,234.5');
  // Both count in March: 162.5 + 120 × 60% + 1,234.5 × 10%.
  await expect(page.getByRole('table', { name: '本期预测' })).toContainText(
    '加权预测（金额 × 赢单率）357.95',
  );
});

test('导入表格: a .csv in GB18030 as WPS writes it on Chinese Windows, replacing the deals', async ({
  page,
}, info) => {
  const csv = info.outputPath('wps.csv');
  const utf8 = '客户,金额（万元）,阶段,预计成交日期\r\n华东机电,"1,200",促成成交,2027年3月20日\r\n';
  writeFileSync(csv, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: utf8 }));
  await openWithExample(page);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByLabel('或选择文件（.csv、.xlsx）').setInputFiles(csv);
  await expect(page.getByText('可导入 1 行。')).toBeVisible();
  await expect(page.getByLabel('第 1 列（客户）')).toHaveValue('customer');
  await page.getByLabel('替换现有的 10 行').check();
  await page.getByRole('button', { name: '导入 1 行' }).click();
  await expect(page.getByRole('table', { name: '商机清单（1 条）' })).toBeVisible();
  await expect(page.getByLabel('商机 1 客户名称')).toHaveValue('华东机电');
  await expect(page.getByRole('table', { name: '本期预测' })).toContainText(
    '加权预测（金额 × 赢单率）1,080',
  );
});

test('the filled worksheet prints its values, the figures and the funnel table', async ({
  page,
}, info) => {
  await openWithExample(page);
  // The figures are a deferred part: print once they show the example's, not the blank page's.
  await expect(page.getByRole('table', { name: '本期预测' })).toContainText('162.5');
  const printed = squeeze(pdfPages(await printToPdf(page, info, 'filled')).join('\n'));
  const text = printed.slice(printed.indexOf(squeeze('开始练习')));
  for (const value of ['2027 年 3 月', '佳禾商贸', '162.5', '漏斗各阶段（全部商机）', '88.9%'])
    expect(text).toContain(squeeze(value));
  expect(text).not.toContain(squeeze('载入示例'));
});

test('the chapter sends the reader to the worksheet with its example', async ({ page }) => {
  await page.goto('/process/forecasting/');
  await page.getByRole('link', { name: '在线练习：销售漏斗预测（打开示例）' }).click();
  await expect(page).toHaveURL(/\/exercises\/pipeline-forecast\/(#example)?$/);
  await expect(async () => {
    const period = page.getByLabel('预测期间', { exact: true });
    await period.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(period).toHaveValue('2027 年 3 月', { timeout: 2_000 });
  }).toPass();
  await expect(page.getByRole('table', { name: '本期预测' })).toContainText('162.5');
});

test('keyboard: a deal is added and removed without a mouse, focus stays in place', async ({
  page,
}) => {
  await open(page);
  const add = page.getByRole('button', { name: '添加商机' });
  await add.focus();
  await page.keyboard.press('Enter');
  const second = page.getByLabel('商机 2 客户名称');
  await expect(second).toBeVisible();
  await second.focus();
  await page.keyboard.type('远航科技');
  await expect(second).toHaveValue('远航科技');
  await page.getByRole('button', { name: '删除商机 2（远航科技）' }).focus();
  await page.keyboard.press('Enter');
  await expect(second).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await add.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  // 导入表格 opens and closes from the keyboard too.
  const open_ = page.getByRole('button', { name: '导入表格' });
  await open_.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '取消' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('粘贴表格内容')).toHaveCount(0);
  await expect(open_).toBeFocused();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the example and the import are clean in the ${theme} theme`, async ({ page }) => {
    await openWithExample(page);
    await setTheme(page, theme);
    await page.getByRole('button', { name: '导入表格' }).click();
    await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByText('第 8 行：金额「12万」不是数字')).toBeVisible();
    expect(await axeViolations(page, '.ws')).toEqual([]);
  });
}
