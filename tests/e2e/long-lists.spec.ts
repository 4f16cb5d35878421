/**
 * The three list worksheets (商机, 客户, 销售代表) with a list longer than a page: one contract
 * for all of them. The screen shows a page of rows at a time (exercises/core/ui/RowPages.tsx),
 * an edit lands in the row named, and paper carries every row. How fast 500 rows are is
 * measured in `npm run bench` (scripts/bench-rows.mjs, whose lists this reuses).
 */
import { test, expect, type Page } from '@playwright/test';
import { LISTS, block } from '../../scripts/bench-rows.mjs';
import { axeViolations } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining } from '../support/worksheet';

const ROWS = 60;

/** Opens the worksheet and pastes `rows` rows of the list through 导入表格. */
async function importRows(page: Page, list: (typeof LISTS)[number], rows: number) {
  await page.goto(list.path);
  const importButton = page.getByRole('button', { name: '导入表格' });
  await fieldReady(importButton);
  await importButton.click();
  await page.getByLabel('粘贴表格内容').fill(block(list, rows));
  await page.getByRole('button', { name: '预览' }).click();
  await page.getByRole('button', { name: `导入 ${rows} 行` }).click();
  await expect(page.getByRole('table', { name: list.caption(rows) })).toBeVisible();
}

for (const list of LISTS) {
  test(`${list.path}: ${ROWS} rows a page at a time, edited in place, all of them on paper`, async ({
    page,
  }, info) => {
    await importRows(page, list, ROWS);

    const name = (n: number) => String(list.row(n)[0]);
    const pager = page.getByRole('navigation', { name: list.pager });
    await expect(pager.getByRole('status')).toHaveText(`显示第 1–25 条，共 ${ROWS} 条`);
    await expect(page.getByLabel(list.field(25))).toHaveValue(name(25));
    await expect(page.getByLabel(list.field(26))).toHaveCount(0);

    await pager.getByRole('button', { name: '下一页' }).click();
    await expect(page.getByLabel(list.field(26))).toHaveValue(name(26));
    await expect(page.getByLabel(list.field(1))).toHaveCount(0);

    await pager
      .getByRole('combobox', { name: '页码' })
      .selectOption({ label: `第 3 页（51–${ROWS}）` });
    await expect(pager.getByRole('status')).toHaveText(`显示第 51–${ROWS} 条，共 ${ROWS} 条`);
    await expect(pager.getByRole('button', { name: '下一页' })).toBeDisabled();
    const last = page.getByLabel(list.field(ROWS));
    await last.fill('最后一行改过');
    await expect(last).toHaveValue('最后一行改过');
    await savedContaining(page, '最后一行改过');
    expect(await axeViolations(page)).toEqual([]);

    const printed = squeeze(pdfPages(await printToPdf(page, info, 'long-list')).join('\n'));
    for (const value of [name(13), name(37), name(59), '最后一行改过']) {
      expect(printed, value).toContain(value);
    }
    expect(printed).not.toContain('下一页');
    expect(printed).not.toContain('分页');
  });
}

test('汇总: a team list of 60 customers, the merged list a page at a time', async ({
  page,
}, info) => {
  const list = LISTS.find((l) => l.path === '/exercises/customer-grading/')!;
  await importRows(page, list, ROWS);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件', exact: true }).click(),
  ]);
  const file = info.outputPath('customers.json');
  await download.saveAs(file);

  await page.goto('/exercises/collect/');
  const files = page.getByLabel('选择练习文件（可多选）');
  await fieldReady(files);
  await files.setInputFiles([file]);
  await expect(
    page.getByRole('table', { name: `合并清单（1 份文件，${ROWS} 家客户）` }),
  ).toBeVisible();
  const pager = page.getByRole('navigation', { name: '合并清单：分页' });
  await expect(pager.getByRole('status')).toHaveText(`显示第 1–25 条，共 ${ROWS} 条`);
  await pager.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${list.row(26)[0]} `) })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
