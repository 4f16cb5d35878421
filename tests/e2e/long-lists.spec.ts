/**
 * The three list worksheets (商机, 客户, 销售代表) with a list longer than a page: one contract
 * for all of them. The screen shows a page of rows at a time (exercises/core/ui/RowPages.tsx),
 * an edit lands in the row named, and paper carries every row. How fast 500 rows are is
 * measured in `npm run bench` (scripts/bench-rows.mjs, whose lists this reuses).
 */
import { test, expect } from '@playwright/test';
import { LISTS, block } from '../../scripts/bench-rows.mjs';
import { axeViolations } from '../support/axe';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining } from '../support/worksheet';

const ROWS = 60;

for (const list of LISTS) {
  test(`${list.path}: ${ROWS} rows a page at a time, edited in place, all of them on paper`, async ({
    page,
  }, info) => {
    await page.goto(list.path);
    const importButton = page.getByRole('button', { name: '导入表格' });
    await fieldReady(importButton);
    await importButton.click();
    await page.getByLabel('粘贴表格内容').fill(block(list, ROWS));
    await page.getByRole('button', { name: '预览' }).click();
    await page.getByRole('button', { name: `导入 ${ROWS} 行` }).click();
    await expect(page.getByRole('table', { name: list.caption(ROWS) })).toBeVisible();

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
