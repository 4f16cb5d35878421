import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { tableRows } from '../support/table';
import { savedContaining, worksheetReady } from '../support/worksheet';

const PAGE = '/exercises/commission-plan/';

async function open(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '底薪');
}

async function openWithExample(page: Page) {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('底薪', { exact: true })).toHaveValue('6,000');
}

/** 20 reps as copied from a spreadsheet: a header row, tabs between cells, one bad sales figure. */
function spreadsheetBlock(): string {
  const lines = ['销售代表\t目标\t实际销售额\t毛利\t回款'];
  for (let i = 1; i <= 20; i++) {
    const sales =
      i === 7 ? '12万' : i % 5 === 0 ? `４${String(i).padStart(2, '0')},000` : `${i * 20000}`;
    lines.push(`代表${i}\t500,000\t${sales}\t${i * 5000}\t${i * 20000}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

test('the chapter example: 甲 12,000, 乙 15,000, 丙 18,000 元, with the steps and the chart table', async ({
  page,
}) => {
  await openWithExample(page);
  await expect
    .poll(() => tableRows(page, '每人收入'))
    .toEqual([
      '甲 | 50% | 累进 5,000 × 毛利系数 1.2（毛利率 32%） × 回款 100% = 6,000 | 6,000 | 12,000',
      '乙 | 80% | 累进 9,000 × 毛利系数 1.0（毛利率 25%） × 回款 100% = 9,000 | 9,000 | 15,000',
      '丙 | 140% | 累进 20,000 × 毛利系数 0.6（毛利率 18%） × 回款 100% = 12,000 | 12,000 | 18,000',
    ]);
  await expect
    .poll(() => tableRows(page, '团队合计'))
    .toEqual([
      '实际销售额合计 | 1,350,000',
      '提成合计 | 27,000',
      '收入合计（底薪 + 提成） | 45,000',
      '销售费用率（收入合计 ÷ 实际销售额合计） | 3.3%',
      '团队毛利率（毛利 ÷ 实际销售额） | 22.7%',
    ]);
  await expect(page.getByText('没有发现断崖、过早封顶或只按销售额提成的问题。')).toBeVisible();
  await expect(
    page.getByText(/还保留着示例内容：底薪、提成档位、回款比例、毛利系数、测算目标、销售代表 甲/),
  ).toBeVisible();
  // The chart and its table: 累进 and 全额 from 0% to 200%, the cliff of 全额 at 100%.
  await expect(page.getByRole('img', { name: /收入与达成率：测算目标 500,000/ })).toBeVisible();
  await expect.poll(async () => (await tableRows(page, '收入与达成率（每 10%）')).length).toBe(21);
  const curve = await tableRows(page, '收入与达成率（每 10%）');
  expect(curve).toHaveLength(21);
  expect([curve[0], curve[5], curve[9], curve[10], curve[20]]).toEqual([
    '0% | 6,000 | 6,000',
    '50% | 11,000 | 11,000',
    '90% | 16,500 | 19,500',
    '100% | 18,000 | 26,000',
    '200% | 38,000 | 46,000',
  ]);
});

test('全额 shows the cliff with its figures; a cap before target and commission on sales are flagged', async ({
  page,
}) => {
  await openWithExample(page);
  await page.getByRole('radio', { name: /^全额/ }).check();
  await expect(
    page.getByText(
      '断崖：按全额计算，达成率从略低于 100% 到 100%，收入从 21,000 跳到 26,000，相差 5,000。',
      { exact: false },
    ),
  ).toBeVisible();
  await expect(
    page.getByText(/达成率从略低于 60% 到 60%，收入从 12,000 跳到 15,000/),
  ).toBeVisible();
  await page.getByLabel('封顶', { exact: true }).fill('12,000');
  await expect(
    page.getByText(/封顶过早：按测算目标 500,000，达成率 80% 时提成已达封顶 12,000/),
  ).toBeVisible();
  // 丙 earns 28,000 × 0.6 = 16,800 by 全额, cut to 12,000 by the cap.
  await expect
    .poll(async () => (await tableRows(page, '每人收入'))[2])
    .toBe(
      '丙 | 140% | 全额 28,000 × 毛利系数 0.6（毛利率 18%） × 回款 100% = 16,800；封顶 12,000，少发 4,800 | 12,000 | 18,000',
    );
  // Without the margin factors, commission on sales pays 丙 most while his margin is lowest.
  await page.getByLabel('封顶', { exact: true }).fill('');
  await page.getByRole('radio', { name: /^累进/ }).check();
  for (let i = 3; i >= 1; i--)
    await page.getByRole('button', { name: `删除毛利系数第 ${i} 档` }).click();
  await expect(
    page.getByText(
      /只按销售额提成：丙 的毛利率 18%，低于团队的 22\.7%，却拿到团队 58\.8% 的提成，只贡献 41\.2% 的毛利/,
    ),
  ).toBeVisible();
});

test('typing by label: bad input keeps its text, says what is wrong, and the figures wait', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('底薪', { exact: true }).fill('６,０００');
  await page.getByLabel('第 1 档 提成比例（%）').fill('3%');
  await page.getByLabel('销售代表 1 销售代表').fill('王敏');
  await page.getByLabel('销售代表 1 目标').fill('¥400,000');
  await page.getByLabel('销售代表 1 实际销售额').fill('500000');
  await expect(page.getByRole('table', { name: '每人收入' })).toBeVisible();
  await expect
    .poll(() => tableRows(page, '每人收入'))
    .toEqual(['王敏 | 125% | 累进 15,000 | 15,000 | 21,000']);
  const salary = page.getByLabel('底薪', { exact: true });
  await salary.fill('6千');
  await expect(salary).toHaveValue('6千');
  await expect(salary).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('底薪无法读取，请填写金额，例如 6,000。')).toBeVisible();
  await salary.fill('6000');
  await page.getByLabel('销售代表 1 实际销售额').fill('50万');
  await expect(
    page.getByText('以下销售代表的数据无法读取或缺少必填项，未计入：王敏（实际销售额）。'),
  ).toBeVisible();
  await savedContaining(page, '王敏');
});

test('导入表格: a 20-row block pasted from a spreadsheet, one bad row refused by message', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByText('可导入 19 行，1 行未通过检查。')).toBeVisible();
  await expect(page.getByText('第 8 行：实际销售额「12万」不是数字')).toBeVisible();
  await expect(page.getByLabel('第 3 列（实际销售额）')).toHaveValue('sales');
  await page.getByRole('button', { name: '导入 19 行' }).click();
  await expect(page.getByText('已导入 19 名销售代表；1 行未通过检查，未导入。')).toBeVisible();
  await expect(page.getByRole('table', { name: '销售代表名单（19 人）' })).toBeVisible();
  await expect(page.getByLabel('销售代表 5 实际销售额')).toHaveValue('405,000');
  await expect(page.getByLabel('销售代表 19 销售代表')).toHaveValue('代表20');
  await expect(page.getByRole('button', { name: '导入表格' })).toBeFocused();
});

test('导入表格: an .xlsx written by LibreOffice, appended after the example reps', async ({
  page,
}, info) => {
  const csv = info.outputPath('reps.csv');
  writeFileSync(
    csv,
    '姓名,目标（元）,销售额,毛利额,回款额\n' +
      '王敏,"500,000","450,000","117,000","360,000"\n' +
      ',"300,000","100,000","20,000","100,000"\n' +
      '李强,"400,000","400,000","100,000","400,000"\n',
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
  await page.getByLabel('或选择文件（.csv、.xlsx）').setInputFiles(info.outputPath('reps.xlsx'));
  await expect(page.getByText('可导入 2 行，1 行未通过检查。')).toBeVisible();
  await expect(page.getByText('第 3 行：缺少销售代表')).toBeVisible();
  await page.getByLabel('追加到现有的 3 行之后').check();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByRole('table', { name: '销售代表名单（5 人）' })).toBeVisible();
  await expect(page.getByLabel('销售代表 4 销售代表')).toHaveValue('王敏');
  await expect(page.getByLabel('销售代表 4 回款')).toHaveValue('360,000');
  // 王敏: 300,000 × 2% + 150,000 × 3% = 10,500, × 1.0 (26% margin) × 80% collected = 8,400.
  await expect
    .poll(async () => (await tableRows(page, '每人收入'))[3])
    .toBe(
      '王敏 | 90% | 累进 10,500 × 毛利系数 1.0（毛利率 26%） × 回款 80% = 8,400 | 8,400 | 14,400',
    );
});

test('the filled worksheet prints its values, the pay table and the chart table', async ({
  page,
}, info) => {
  await openWithExample(page);
  // The figures are a deferred part: print once they show the example's, not the blank page's.
  await expect(page.getByRole('table', { name: '每人收入' })).toContainText('45,000');
  const printed = squeeze(pdfPages(await printToPdf(page, info, 'filled')).join('\n'));
  const text = printed.slice(printed.indexOf(squeeze('开始练习')));
  for (const value of [
    '6,000',
    '500,000',
    '126,000',
    '18,000',
    '45,000',
    '收入与达成率（每 10%）',
    '46,000',
  ])
    expect(text).toContain(squeeze(value));
  expect(text).not.toContain(squeeze('载入示例'));
});

test('the chapter sends the reader to the worksheet with its example', async ({ page }) => {
  await page.goto('/team/commission/');
  await page.getByRole('link', { name: '在线练习：提成方案测算（打开示例）' }).click();
  await expect(page).toHaveURL(/\/exercises\/commission-plan\/(#example)?$/);
  await expect(async () => {
    const salary = page.getByLabel('底薪', { exact: true });
    await salary.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(salary).toHaveValue('6,000', { timeout: 2_000 });
  }).toPass();
  await expect(page.getByRole('table', { name: '团队合计' })).toContainText('45,000');
});

test('keyboard: a rep is added and removed without a mouse, focus stays in place', async ({
  page,
}) => {
  await open(page);
  const add = page.getByRole('button', { name: '添加销售代表' });
  await add.focus();
  await page.keyboard.press('Enter');
  const second = page.getByLabel('销售代表 2 销售代表');
  await expect(second).toBeVisible();
  await second.focus();
  await page.keyboard.type('李强');
  await expect(second).toHaveValue('李强');
  await page.getByRole('button', { name: '删除销售代表 2（李强）' }).focus();
  await page.keyboard.press('Enter');
  await expect(second).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await add.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the example with its warnings and the import are clean in the ${theme} theme`, async ({
    page,
  }) => {
    await openWithExample(page);
    await setTheme(page, theme);
    await page.getByRole('radio', { name: /^全额/ }).check();
    await expect(page.getByText(/断崖：按全额计算/).first()).toBeVisible();
    await page.getByRole('button', { name: '导入表格' }).click();
    await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByText('第 8 行：实际销售额「12万」不是数字')).toBeVisible();
    expect(await axeViolations(page, '.ws')).toEqual([]);
  });
}
