import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';
import { tableRows } from '../support/table';

const PAGE = '/exercises/customer-grading/';

async function open(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '团队或区域');
}

async function openWithExample(page: Page) {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('团队或区域', { exact: true })).toHaveValue('华东区域团队');
}

/** The list view's customer names, in the order shown. */
async function listed(page: Page) {
  return page
    .getByRole('table', { name: /^客户清单/ })
    .locator('tbody tr th')
    .allTextContents();
}

/** 20 customers as copied from a spreadsheet: a header row, tabs between cells, one bad 年销售额. */
function spreadsheetBlock(): string {
  const lines = ['客户名称\t年销售额\t当前销售额\t未来潜力\t战略价值\t合作稳定性\t负责人'];
  for (let i = 1; i <= 20; i++) {
    const revenue =
      i === 7 ? '12万' : i % 5 === 0 ? `１,${String(i * 10).padStart(3, '0')}` : `${i * 10}`;
    const s = [(i % 5) + 1, ((i + 2) % 5) + 1, ((i + 1) % 5) + 1, 3];
    lines.push(`客户${i}\t${revenue}\t${s.join('\t')}\t王敏`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

test('the chapters example: 甲 to 丁 graded as in key-accounts, the chain at 60 points is 红', async ({
  page,
}) => {
  await openWithExample(page);
  await expect
    .poll(() => tableRows(page, '客户评分（5 家）'))
    .toEqual([
      '甲：大型食品集团 | 600 | 5 | 4 | 5 | 4 | 4.5 | A 战略合作伙伴 | 删除',
      '乙：新兴饮料品牌 | 80 | 2 | 5 | 4 | 3 | 3.5 | B 成长型重点客户 | 删除',
      '丙：老牌日化企业 | 350 | 4 | 2 | 2 | 5 | 3.2 | C 维护型重点客户 | 删除',
      '丁：本地小型食品厂 | 60 | 2 | 3 | 2 | 2 | 2.3 | D 开发型普通客户 | 删除',
      '戊：区域连锁超市（12 家门店） | 320 | 4 | 3 | 3 | 4 | 3.5 | C 维护型重点客户 | 删除',
    ]);
  // customers/churn: 关键联系人变动 15 + 订货频次下降 20 + 回款延迟 15 + 竞争对手接触 10 = 60.
  for (const signal of ['订货频次下降', '回款延迟', '关键联系人变动', '竞争对手接触'])
    await expect(page.getByLabel(`客户 5 ${signal}`)).toBeChecked();
  await expect(page.getByLabel('客户 5 订单金额减少')).not.toBeChecked();
  // The chain's orders: 13 in the same 3 months a year before, 5 now → down 61.5%, by the figures.
  const frequency = page.getByLabel('客户 5 订货频次下降');
  await expect(frequency).toBeDisabled();
  await expect(frequency).toHaveAccessibleDescription('按数字判定');
  await expect
    .poll(async () => (await tableRows(page, '订货和采购的对比（选填）'))[4])
    .toBe('戊：区域连锁超市（12 家门店） | 5 | 13 | 下降 61.5% ⚠订货频次下降 |  |  |');
  const signals = () => tableRows(page, '风险信号（满足即勾选）');
  await expect.poll(async () => (await signals())[4]).toMatch(/\| 60 \| 红色：高风险$/);
  // 乙 has one 15-point signal: below 30, but a 成长型重点客户 is 黄 at once.
  await expect.poll(async () => (await signals())[1]).toMatch(/\| 15 \| 黄色：关注$/);
  await expect(
    page.getByRole('heading', { name: /戊：区域连锁超市（12 家门店）（红色：高风险）/ }),
  ).toBeVisible();
  await expect(page.getByText('应对动作：销售经理 48 小时内介入，启动挽回步骤。')).toBeVisible();
  await expect(page.getByLabel('客户 5 负责人')).toHaveValue('王敏');
  // The pyramid as a chart and as its table: shares add up to exactly 100%.
  await expect(page.getByRole('img', { name: /客户分级金字塔：已分级 5 家客户/ })).toBeVisible();
  await expect
    .poll(() => tableRows(page, '各层级的客户数和年销售额'))
    .toEqual([
      'A 战略合作伙伴 | 1 | 600 | 42.5%',
      'B 成长型重点客户 | 1 | 80 | 5.7%',
      'C 维护型重点客户 | 2 | 670 | 47.5%',
      'D 开发型普通客户 | 1 | 60 | 4.3%',
    ]);
  await expect(
    page.getByRole('table', { name: '各层级的客户数和年销售额' }).locator('tfoot'),
  ).toContainText('1,410');
  await expect(page.locator('.ws-error')).toHaveCount(0);
});

test('the list view: filtered by 等级 and 风险等级, sorted by a column', async ({ page }) => {
  await openWithExample(page);
  await expect(page.getByText('显示 5 家客户（共 5 家）。')).toBeVisible();
  // By default the highest risk first.
  await expect
    .poll(() => listed(page))
    .toEqual([
      '戊：区域连锁超市（12 家门店）',
      '丙：老牌日化企业',
      '乙：新兴饮料品牌',
      '丁：本地小型食品厂',
      '甲：大型食品集团',
    ]);
  await page.getByLabel('按风险等级筛选').selectOption({ label: '黄色：关注' });
  await expect(page.getByText('显示 2 家客户（共 5 家）。')).toBeVisible();
  await expect.poll(() => listed(page)).toEqual(['丙：老牌日化企业', '乙：新兴饮料品牌']);
  await page.getByLabel('按风险等级筛选').selectOption({ label: '全部' });
  await page.getByLabel('按等级筛选').selectOption({ label: 'C 维护型重点客户' });
  await expect
    .poll(() => listed(page))
    .toEqual(['戊：区域连锁超市（12 家门店）', '丙：老牌日化企业']);
  await page.getByLabel('按等级筛选').selectOption({ label: '全部' });
  const list = page.getByRole('table', { name: /^客户清单/ });
  const sort = list.getByRole('button', { name: '年销售额' });
  await sort.click();
  await expect(list.getByRole('columnheader', { name: '年销售额' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect
    .poll(() => listed(page))
    .toEqual([
      '甲：大型食品集团',
      '丙：老牌日化企业',
      '戊：区域连锁超市（12 家门店）',
      '乙：新兴饮料品牌',
      '丁：本地小型食品厂',
    ]);
  await sort.click();
  await expect(list.getByRole('columnheader', { name: '年销售额' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect.poll(async () => (await listed(page))[0]).toBe('丁：本地小型食品厂');
  await expect(sort).toBeFocused();
});

test('typing by label: score, grade, risk and 挽回措施; bad amounts keep their text; a customer named twice', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('客户 1 客户名称').fill('华东机电');
  await page.getByLabel('客户 1 年销售额').fill('１,２００');
  await page.getByLabel('客户 1 当前销售额').selectOption('4');
  await page.getByLabel('客户 1 未来潜力').selectOption('5');
  await page.getByLabel('客户 1 战略价值').selectOption('4');
  await page.getByLabel('客户 1 合作稳定性').selectOption('3');
  // 4 × 30% + 5 × 30% + 4 × 20% + 3 × 20% = 4.1: below 4.2, potential above sales → 成长型.
  await expect
    .poll(() => tableRows(page, '客户评分（1 家）'))
    .toEqual(['华东机电 | １,２００ | 4 | 5 | 4 | 3 | 4.1 | B 成长型重点客户 | 删除']);
  await page.getByLabel('客户 1 回款延迟').check();
  await expect
    .poll(async () => (await tableRows(page, '风险信号（满足即勾选）'))[0])
    .toMatch(/\| 15 \| 黄色：关注$/);
  // Figures decide 订货频次下降: 7 orders against 10 is down exactly 30% → 15 + 20.
  await page.getByLabel('客户 1 近 3 个月订货次数').fill('7');
  await page.getByLabel('客户 1 上年同期订货次数').fill('１０');
  await expect(page.getByLabel('客户 1 订货频次下降')).toBeChecked();
  await expect
    .poll(async () => (await tableRows(page, '风险信号（满足即勾选）'))[0])
    .toMatch(/\| 35 \| 黄色：关注$/);
  await page.getByLabel('客户 1 上年同期订货次数').fill('9');
  await expect(page.getByLabel('客户 1 订货频次下降')).not.toBeChecked();
  await expect
    .poll(async () => (await tableRows(page, '风险信号（满足即勾选）'))[0])
    .toMatch(/\| 15 \| 黄色：关注$/);
  await expect(
    page.getByText('1 家黄色或红色客户还没有写明挽回措施、负责人和完成日期。'),
  ).toBeVisible();
  await page.getByLabel('客户 1 挽回措施').fill('本周拜访财务负责人，确认延迟原因。');
  await page.getByLabel('客户 1 负责人').fill('李强');
  await page.getByLabel('客户 1 完成日期').fill('2027-03-08');
  await expect(page.getByText(/还没有写明挽回措施/)).toHaveCount(0);

  const revenue = page.getByLabel('客户 1 年销售额');
  await revenue.fill('12万');
  await expect(revenue).toHaveValue('12万');
  await expect(revenue).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('1 家客户的年销售额无法读取，按 0 计入销售额占比。')).toBeVisible();

  await page.getByRole('button', { name: '添加客户' }).click();
  await page.getByLabel('客户 2 客户名称').fill(' 华东机电 ');
  await expect(
    page.getByText('同一客户在清单中出现了不止一次：华东机电（2 次）。请合并或删除重复的行。'),
  ).toBeVisible();
  await savedContaining(page, '本周拜访财务负责人');
});

test('导入表格: a 20-row block pasted from a spreadsheet, one bad row refused by message', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: '导入表格' }).click();
  await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
  await page.getByRole('button', { name: '预览' }).click();
  await expect(page.getByText('可导入 19 行，1 行未通过检查。')).toBeVisible();
  await expect(page.getByText('第 8 行：年销售额「12万」不是数字')).toBeVisible();
  await expect(page.getByLabel('第 4 列（未来潜力）')).toHaveValue('potential');
  await page.getByRole('button', { name: '导入 19 行' }).click();
  await expect(page.getByText('已导入 19 家客户；1 行未通过检查，未导入。')).toBeVisible();
  await expect(page.getByRole('table', { name: '客户评分（19 家）' })).toBeVisible();
  await expect(page.getByLabel('客户 5 年销售额')).toHaveValue('1,050');
  await expect(page.getByLabel('客户 19 客户名称')).toHaveValue('客户20');
  // 客户1: 2, 4, 3, 3 → 0.6 + 1.2 + 0.6 + 0.6 = 3.0, potential above sales → 成长型.
  await expect
    .poll(async () => (await tableRows(page, '客户评分（19 家）'))[0])
    .toBe('客户1 | 10 | 2 | 4 | 3 | 3 | 3.0 | B 成长型重点客户 | 删除');
  await expect(page.getByText('显示 19 家客户（共 19 家）。')).toBeVisible();
  await expect(page.getByRole('button', { name: '导入表格' })).toBeFocused();
});

test('导入表格: an .xlsx written by LibreOffice, appended after the example', async ({
  page,
}, info) => {
  const csv = info.outputPath('customers.csv');
  writeFileSync(
    csv,
    '客户,销售额（万元）,当前销售额,未来潜力,战略价值,合作稳定性\n' +
      '华东机电,"1,234.5",4,5,4,4\n' +
      '西北物流,80,2,3,2,2\n' +
      '南方建材,abc,3,3,3,3\n',
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
  await page
    .getByLabel('或选择文件（.csv、.xlsx）')
    .setInputFiles(info.outputPath('customers.xlsx'));
  await expect(page.getByText('可导入 2 行，1 行未通过检查。')).toBeVisible();
  await expect(page.getByText('第 4 行：年销售额「abc」不是数字')).toBeVisible();
  await page.getByLabel('追加到现有的 5 行之后').check();
  await page.getByRole('button', { name: '导入 2 行' }).click();
  await expect(page.getByRole('table', { name: '客户评分（7 家）' })).toBeVisible();
  await expect(page.getByLabel('客户 6 客户名称')).toHaveValue('华东机电');
  await expect(page.getByLabel('客户 6 年销售额')).toHaveValue('1,234.5');
  // 华东机电: 4.3 with 战略价值 4 → a second 战略合作伙伴; 1,834.5 of 2,724.5.
  await expect
    .poll(async () => (await tableRows(page, '各层级的客户数和年销售额'))[0])
    .toBe('A 战略合作伙伴 | 2 | 1,834.5 | 67.3%');
});

test('the filled worksheet prints its values, the pyramid table and the 挽回措施', async ({
  page,
}, info) => {
  await openWithExample(page);
  // The figures are a deferred part: print once they show the example's, not the blank page's.
  await expect(page.getByRole('table', { name: '各层级的客户数和年销售额' })).toContainText(
    '42.5%',
  );
  const printed = squeeze(pdfPages(await printToPdf(page, info, 'filled')).join('\n'));
  const text = printed.slice(printed.indexOf(squeeze('开始练习')));
  for (const value of [
    '华东区域团队',
    '乙：新兴饮料品牌',
    '3.5',
    'B 成长型重点客户',
    '各层级的客户数和年销售额',
    '42.5%',
    '红色：高风险',
    '指定内勤专门对接补货',
  ])
    expect(text).toContain(squeeze(value));
  expect(text).not.toContain(squeeze('载入示例'));
  expect(text).not.toContain(squeeze('按等级筛选'));
});

test("汇总: two members' lists in one, the customer both named flagged", async ({ page }, info) => {
  await openWithExample(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件', exact: true }).click(),
  ]);
  const first = info.outputPath('first.json');
  await download.saveAs(first);
  // A second member lists 甲 again (spaced, in full-width letters) and a customer of their own.
  const doc = JSON.parse(readFileSync(first, 'utf8'));
  doc.id = `${doc.id}b`;
  doc.title = '李强的客户';
  doc.data.customers = [
    { ...doc.data.customers[0], id: 'c1', name: ' 甲：大型食品集团 ' },
    { ...doc.data.customers[3], id: 'c2', name: 'ＸＹＺ 超市' },
  ];
  const second = info.outputPath('second.json');
  writeFileSync(second, JSON.stringify(doc));

  await page.goto('/exercises/collect/');
  const files = page.getByLabel('选择练习文件（可多选）');
  await fieldReady(files);
  await files.setInputFiles([first, second]);
  await expect(page.getByText('已汇总 2 份「客户分级与流失预警」')).toBeVisible();
  await expect(page.getByText('以下客户出现在不止一份文件中：甲：大型食品集团。')).toBeVisible();
  const merged = page.getByRole('table', { name: '合并清单（2 份文件，7 家客户）' });
  await expect(merged.getByRole('row', { name: /重复：出现在 2 份文件中/ })).toHaveCount(2);
  await expect(merged.getByRole('row', { name: /ＸＹＺ 超市/ })).not.toContainText('重复');
});

test('keyboard and phone: a customer is added, scored and removed without a mouse; no sideways scroll at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  const add = page.getByRole('button', { name: '添加客户' });
  await add.focus();
  await page.keyboard.press('Enter');
  const second = page.getByLabel('客户 2 客户名称');
  await expect(second).toBeVisible();
  await second.focus();
  await page.keyboard.type('远航科技');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('客户 2 当前销售额')).toBeFocused();
  await page.getByLabel('客户 2 回款延迟').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('客户 2 回款延迟')).toBeChecked();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: '删除客户 2（远航科技）' }).focus();
  await page.keyboard.press('Enter');
  await expect(second).toHaveCount(0);
  await expect(add).toBeFocused();
  expect(await add.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

for (const [chapter, link] of [
  ['/customers/key-accounts/', '在线练习：客户分级与流失预警（打开示例）'],
  ['/customers/churn/', '在线练习：客户分级与流失预警（打开示例）'],
] as const) {
  test(`${chapter} sends the reader to the worksheet with its example`, async ({ page }) => {
    await page.goto(chapter);
    await page.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(/\/exercises\/customer-grading\/(#example)?$/);
    await expect(async () => {
      const team = page.getByLabel('团队或区域', { exact: true });
      await team.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(team).toHaveValue('华东区域团队', { timeout: 2_000 });
    }).toPass();
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the example and the import are clean in the ${theme} theme`, async ({ page }) => {
    await openWithExample(page);
    await setTheme(page, theme);
    await expect(page.getByRole('table', { name: /^客户清单/ })).toBeVisible();
    await page.getByRole('button', { name: '导入表格' }).click();
    await page.getByLabel('粘贴表格内容').fill(spreadsheetBlock());
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByText('第 8 行：年销售额「12万」不是数字')).toBeVisible();
    expect(await axeViolations(page, '.ws')).toEqual([]);
  });
}
