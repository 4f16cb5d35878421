import { test, expect, type Page } from '@playwright/test';
import { worksheetReady } from '../support/worksheet';

// The worksheet agrees with the chapter 渠道价格体系管理 line by line: one tax basis in the
// waterfall, rounding that meets its rate, bands without overlap, floors on the company's own
// prices with approval levels, the break-even volume of a price cut and the 窜货 check.

const PAGE = '/exercises/channel-pricing/';

async function openWithExample(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('建议零售价', { exact: true })).toHaveValue('100');
  await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('60.00');
}

/** The cells of one row of a table, trimmed, once the row is there (its part may still load). */
async function rowCells(page: Page, table: string, row: string) {
  const found = page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(`^${row}`) });
  await found.first().waitFor();
  return found
    .locator('th, td')
    .allTextContents()
    .then((cells) => cells.map((c) => c.trim()));
}

test('the waterfall is on the 不含税 basis with the total VAT as its own bar', async ({ page }) => {
  await openWithExample(page);
  await expect(page.getByRole('heading', { name: '价格瀑布图（不含税口径）' })).toBeVisible();
  const table = '价格瀑布（不含税口径，数据表）';
  expect(await rowCells(page, table, '增值税合计')).toEqual(['增值税合计', '−11.50', '13.0%']);
  expect(await rowCells(page, table, '不含税零售价')).toEqual(['不含税零售价', '88.50', '100.0%']);
  expect(await rowCells(page, table, '零售商毛利')).toEqual(['零售商毛利', '−17.70', '20.0%']);
  expect(await rowCells(page, table, '经销商毛利')).toEqual(['经销商毛利', '−17.70', '20.0%']);
  expect(await rowCells(page, table, '厂商毛利')).toEqual(['厂商毛利', '−13.10', '14.8%']);
  await expect(page.getByText('35.40 元（占不含税零售价 40.0%）')).toBeVisible();
  await expect(page.getByText(/^占比按四舍五入保留一位小数/)).toBeVisible();
  // The chart keeps its accessible name and its table.
  await expect(page.getByRole('img', { name: /^价格瀑布图（不含税口径）/ })).toBeVisible();
});

test('a price set for a 10 % margin meets it: 4.15 → 4.62', async ({ page }) => {
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  await page.getByRole('radio', { name: '成本加成' }).check();
  await page.getByRole('radio', { name: '不含税' }).check();
  await page.getByLabel('单位成本', { exact: true }).fill('4.15');
  await page.getByRole('radio', { name: '厂商 按目标毛利率' }).check();
  await page.getByLabel('厂商 目标毛利率（%）').fill('10');
  await page.getByLabel('厂商 最低毛利率（%）').fill('10');
  const producer = page.getByRole('table', { name: /^价格链/ }).getByRole('row', { name: /^厂商/ });
  await expect(producer).toContainText('4.62');
  await expect(producer).toContainText('10.2%');
  await expect(producer).not.toContainText('低于最低毛利率');
});

test('a unit cost to four decimals is accepted and shown as typed', async ({ page }) => {
  await openWithExample(page);
  const cost = page.getByLabel('单位成本', { exact: true });
  await cost.fill('0.3456');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
  const producer = page.getByRole('table', { name: /^价格链/ }).getByRole('row', { name: /^厂商/ });
  await expect(producer).toContainText('0.3456');
  await cost.fill('0.34567');
  await expect(page.getByText('单位成本最多保留四位小数')).toBeVisible();
});

test('尾数 .9 goes either way and shows the typed and the used price together', async ({
  page,
}) => {
  await openWithExample(page);
  const retail = page.getByLabel('建议零售价', { exact: true });
  await retail.fill('12');
  await page.getByRole('radio', { name: '尾数 .9（向下）' }).check();
  await expect(page.getByText(/^实际使用 11\.90 元（填写 12\.00 元，尾数调整）/)).toBeVisible();
  await page.getByRole('radio', { name: '尾数 .9（向上）' }).check();
  await expect(page.getByText(/^实际使用 12\.90 元（填写 12\.00 元，尾数调整）/)).toBeVisible();
});

test('switching 价格口径 under 成本加成 keeps the retail price', async ({ page }) => {
  await openWithExample(page);
  await page.getByRole('radio', { name: '成本加成' }).check();
  // 88.50 × 1.13 = 100.005 would round to 100.01: the 含税 figure is the 含税 chain's own price.
  const output = page.getByRole('status', { name: '计算得出的零售价' });
  await expect(output).toHaveText('100.00 不含税 88.50');
  await page.getByRole('radio', { name: '不含税' }).check();
  await expect(output).toHaveText('88.50 含税 100.00');
});

test('the top quantity band reads 「超过 1,000 件」', async ({ page }) => {
  await openWithExample(page);
  const bands = page.getByRole('table', { name: /^各档单价/ });
  await expect(bands).toContainText('501–1,000 件');
  await expect(bands).toContainText('超过 1,000 件');
  await expect(bands).not.toContainText('1,000 件以上');
});

test('floors sit on the company’s own prices, and discounts name who approves', async ({
  page,
}) => {
  await openWithExample(page);
  await expect(page.getByLabel('经销商进价 最低限价（元/件）')).toHaveValue('56');
  // The retailer buys from the dealer: no floor on that resale price, and the page says why.
  await expect(page.getByLabel('零售商进价 最低限价（元/件）')).toHaveCount(0);
  await expect(page.getByText(/《反垄断法》第十八条/)).toBeVisible();
  await expect(page.getByRole('link', { name: '见本章“价格管理的边界”' })).toHaveAttribute(
    'href',
    /\/channels\/pricing\/#/,
  );
  // Supplied directly by the company, the retailer gets its own floor.
  await page.getByRole('checkbox', { name: '零售商： 公司也直接供货给该级' }).check();
  await expect(page.getByLabel('零售商进价 最低限价（元/件）')).toBeVisible();
  // 区域价: 60 × (1 − 8 %) = 55.20 < 56, and 8 % is for the 销售总监 to approve.
  await expect(page.getByText('降价 8.0%，需销售总监审批').first()).toBeVisible();
  await expect(page.getByText('降价 5.0%，需区域经理审批').first()).toBeVisible();
  await page.getByLabel('销售总监最多批准降价（%）').fill('7');
  await expect(
    page.getByText('降价 8.0%，超出销售总监的审批权限（7%），需公司特批').first(),
  ).toBeVisible();
});

test('each scenario says how much more must sell to keep the total margin', async ({ page }) => {
  await openWithExample(page);
  await expect(
    page.getByText(
      '厂商毛利率 24.7%，降价 8%：销量要增加 8% ÷（24.7% − 8%）= 48.0%，毛利总额才能保持不变。',
    ),
  ).toBeVisible();
  await page.getByLabel('促销价 额外降价（%）').fill('25');
  await expect(
    page.getByText(
      '降价 25% 不低于零售商的毛利率 20.0%：每件不再有毛利，销量增加多少也保不住毛利总额。',
    ),
  ).toBeVisible();
});

test('the 窜货 check warns when the regional gap exceeds freight and handling', async ({
  page,
}) => {
  await openWithExample(page);
  const status = page.getByRole('status').filter({ hasText: '两区价差' });
  await expect(status).toHaveText(
    '⚠ 两区价差 8.00 元，超过跨区运费和费用合计 5.00 元：货从乙区域运到甲区域，每件还能多赚 3.00 元，容易引发窜货。',
  );
  await page.getByLabel('乙区域价格（元/件）').fill('56');
  await expect(status).toHaveText(
    '两区价差 4.00 元，没有超过跨区运费和费用合计 5.00 元：跨区倒货无利可图。',
  );
});

test('the producer’s pocket price: 53.10 on the invoice, 47.02 in the pocket', async ({ page }) => {
  await openWithExample(page);
  const table = '厂商的到手价（不含税，数据表）';
  expect(await rowCells(page, table, '账期成本')).toEqual(['账期成本', '−0.52', '1.0%']);
  expect(await rowCells(page, table, '到手价')).toEqual(['到手价', '47.02', '88.5%']);
  await expect(
    page.getByText(
      '开票价 53.10 元，到手价 47.02 元；到手毛利 7.02 元，到手毛利率 14.9%（按开票价算是 24.7%）。',
    ),
  ).toBeVisible();
  // A longer credit term costs more: 53.10 × 90 ÷ 365 × 6 % = 0.7856 → 0.79; pocket 46.75.
  await page.getByLabel('厂商 账期（天）').fill('90');
  await expect(page.getByText(/^开票价 53\.10 元，到手价 46\.75 元/)).toBeVisible();
});
