import { test, expect, type Page } from '@playwright/test';
import { axeViolations, setTheme } from '../support/axe';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';

const PAGE = '/exercises/channel-pricing/';

async function openWithExample(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('建议零售价', { exact: true })).toHaveValue('100');
  // The chain table is a deferred part: its code draws the example once it has loaded.
  await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('60.00');
}

/** The chain table's cells, row by row, as the reader sees them. */
async function chainRows(page: Page) {
  const table = page.getByRole('table', { name: /^价格链/ });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
    );
}

test('the worked example matches the chapter: 60 → 80 → 100, margins and markups', async ({
  page,
}) => {
  await openWithExample(page);
  const text = (await chainRows(page)).map((r) => r.join(' | ')).join('\n');
  expect(text).toMatch(/经销商.*60\.00.*80\.00.*20\.00.*25\.0\s*%.*33\.3\s*%/);
  expect(text).toMatch(/零售商.*80\.00.*100\.00.*20\.00.*20\.0\s*%.*25\.0\s*%/);
});

test('changing 建议零售价 updates every dependent figure', async ({ page }) => {
  await openWithExample(page);
  const before = await chainRows(page);
  await page.getByLabel('建议零售价', { exact: true }).fill('200');
  await expect
    .poll(async () => (await chainRows(page)).map((r) => r.join(' | ')).join('\n'))
    .toMatch(/经销商.*120\.00.*160\.00.*40\.00.*25\.0\s*%.*33\.3\s*%/);
  const after = (await chainRows(page)).map((r) => r.join(' | ')).join('\n');
  expect(after).toMatch(/零售商.*160\.00.*200\.00.*40\.00/);
  expect(after).not.toEqual(before.map((r) => r.join(' | ')).join('\n'));
  // The waterfall's data table follows too.
  await expect(page.getByRole('table', { name: '价格瀑布（不含税口径，数据表）' })).toContainText(
    '200.00',
  );
});

test('markup and margin are never confused: 3.30 + 10% → 3.63, 10% margin → 3.67', async ({
  page,
}) => {
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  await page.getByRole('radio', { name: /成本加成/ }).check();
  await page.getByLabel('单位成本', { exact: true }).fill('3.30');
  const first = page.getByRole('group', { name: /第 1 级/ });
  await first.getByRole('radio', { name: '按加价率' }).check();
  await first.getByLabel('加价率（%）').fill('10');
  await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('3.63');
  await first.getByRole('radio', { name: '按目标毛利率' }).check();
  await first.getByLabel('目标毛利率（%）').fill('10');
  await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('3.67');
});

test('bad input gets a message in Chinese and never NaN', async ({ page }) => {
  await openWithExample(page);
  const retail = page.getByLabel('建议零售价', { exact: true });
  for (const bad of ['abc', '-5', '1e20']) {
    await retail.fill(bad);
    await expect(retail).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.locator('main')).not.toContainText('NaN');
  await expect(page.locator('main')).not.toContainText('Infinity');
  await retail.fill('１２０');
  await expect(retail).not.toHaveAttribute('aria-invalid', 'true');
  await retail.fill('¥99');
  await expect(retail).not.toHaveAttribute('aria-invalid', 'true');
});

test('a price below 最低限价 is flagged next to the figure', async ({ page }) => {
  await openWithExample(page);
  await expect(page.getByText(/低于最低限价 56(\.00)? 元/).first()).toBeVisible();
});

test('reload keeps the chain', async ({ page }) => {
  await openWithExample(page);
  await page.getByLabel('建议零售价', { exact: true }).fill('150');
  await savedContaining(page, '150');
  await page.reload();
  await worksheetReady(page, '建议零售价');
  await expect(page.getByLabel('建议零售价', { exact: true })).toHaveValue('150');
  await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('150.00');
});

test('on a phone the parts further down load when they come near, and work at once', async ({
  page,
}) => {
  const parts =
    /\/(TierEditor|ChainTable|SummarySection|ScenarioSection|VolumeSection)\.[\w-]+\.js$/;
  const loaded: string[] = [];
  page.on('request', (r) => {
    const m = parts.exec(new URL(r.url()).pathname);
    if (m) loaded.push(m[1]);
  });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  // The server drew every part: the quantity-break section is there before its code loads.
  const volume = page.getByRole('region', { name: '数量折扣与阶梯价格' });
  await expect(volume).toHaveCount(1);
  expect(loaded).not.toContain('VolumeSection');
  await expect(volume.getByRole('button', { name: '添加档位' })).toBeDisabled();

  await fieldReady(volume.getByRole('button', { name: '添加档位' }));
  expect(loaded).toContain('VolumeSection');
  await volume.getByRole('button', { name: '添加档位' }).click();
  await expect(volume.getByLabel('档位 1 超过（件）', { exact: true })).toBeVisible();
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('a blank worksheet loads the arithmetic on first use, and its figures follow', async ({
  page,
}) => {
  // figures.ts and chain.ts (with big.js) are not part of the island: a blank worksheet is
  // typed in first, and the figures beside the settings need them. In one column (below
  // 1200 px) the chain table is out of view at first; beside the inputs it loads when shown.
  await page.setViewportSize({ width: 1024, height: 720 });
  const arithmetic = /\/(figures|chain)\.[\w-]+\.js$/;
  const loaded: string[] = [];
  page.on('request', (r) => {
    const m = arithmetic.exec(new URL(r.url()).pathname);
    if (m) loaded.push(m[1]);
  });
  await page.goto(PAGE);
  await worksheetReady(page, '建议零售价');
  const retail = page.getByLabel('建议零售价', { exact: true });
  expect(loaded).toEqual([]);
  await retail.fill('100');
  // Read right away as typed (read.ts is in the island); the other basis once figures.ts is in.
  await expect(retail).not.toHaveAttribute('aria-invalid', 'true');
  await expect(retail).toHaveAccessibleDescription(/^不含税 88\.50/);
  expect(loaded).toContain('figures');
  await retail.fill('1,299');
  await expect(retail).toHaveAccessibleDescription(/^不含税 1,149\.56 按 1,299\.00 计算/);
});

test('a stored chain draws every part at once on the next visit', async ({ page }) => {
  await openWithExample(page);
  await savedContaining(page, '"retailPrice":"100"');
  await page.reload();
  await worksheetReady(page, '建议零售价');
  // No scrolling: the parts are out of date for this document, so they are drawn now.
  const order = page.getByRole('region', { name: '订货 1,200 件的货款' });
  await expect(order.getByText('69,300.00')).toHaveCount(1);
  await expect(
    page.getByRole('img', { name: /^价格瀑布图（不含税口径）：从零售价 100\.00 元/ }),
  ).toHaveCount(1);
});

test('axe finds nothing on the filled calculator, light and dark', async ({ page }) => {
  // Two full page loads and two axe scans of a large form.
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await openWithExample(page);
    expect(await axeViolations(page), `${theme} theme`).toEqual([]);
  }
});

test('printing shows the chain table and the waterfall chart', async ({ page }) => {
  await openWithExample(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: /^价格链/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /价格瀑布图/ })).toBeVisible();
  await expect(page.getByRole('table', { name: '价格瀑布（不含税口径，数据表）' })).toBeVisible();
});

test('phone width: tables scroll inside their box, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openWithExample(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
