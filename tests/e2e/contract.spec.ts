// The worksheet contract: every worksheet in exercises/registry.ts works in every place the site
// shows it. One test per worksheet walks all of it in Chromium against the build: the page
// renders and saves, 打印空白表, 导出 Excel, the embed route, a share link opens as a read-only
// copy, 汇总 opens two exported files of it, a 学习进度 backup round-trips it, and a chapter's
// link with the worked example (#example) opens it beside the learner's document.
// A worksheet added to the registry is tested here with no edit to this file; its definition
// names the field to fill (`contract`).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { WORKSHEETS } from '../../exercises/registry';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';

test.use({ viewport: { width: 1280, height: 900 } });

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file;
}

for (const entry of WORKSHEETS.filter((w) => w.ready)) {
  const { field, value } = entry.contract;

  test(`${entry.id}: page, print, Excel, embed, share link, 汇总 and backup`, async ({
    page,
    browser,
  }, info) => {
    test.setTimeout(120_000);
    const input = () => page.getByLabel(field, { exact: true });

    // The page renders, saves as it goes, and a reload keeps the value.
    await page.goto(`/exercises/${entry.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
    await worksheetReady(page, field);
    await input().fill(value);
    await savedContaining(page, value);
    await page.reload();
    await worksheetReady(page, field);
    await expect(input()).toHaveValue(value);

    // 打印空白表 prints, and loses nothing.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.getByRole('button', { name: '打印空白表' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    // Each worksheet goes back in its own way (SWOT has 返回我的分析); the document is kept.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.reload();
    await worksheetReady(page, field);
    await expect(input()).toHaveValue(value);

    // 导出 Excel downloads a workbook (an .xlsx is a zip: it starts with PK).
    const xlsx = await download(page, '导出 Excel');
    expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^${entry.id}-.*\\.xlsx$`));
    const xlsxFile = info.outputPath('sheet.xlsx');
    await xlsx.saveAs(xlsxFile);
    expect(readFileSync(xlsxFile).subarray(0, 2).toString('latin1')).toBe('PK');

    // Two exported files for 汇总: this document, and a second participant's copy of it.
    const json = await download(page, '保存为文件');
    const first = info.outputPath('first.json');
    await json.saveAs(first);
    const doc = JSON.parse(readFileSync(first, 'utf8'));
    expect(doc.exercise).toBe(entry.id);
    const second = info.outputPath('second.json');
    writeFileSync(second, JSON.stringify({ ...doc, id: `${doc.id}-2`, title: '第二位参与者' }));

    // A share link opens elsewhere as a read-only copy.
    await page.getByRole('button', { name: '分享链接' }).click();
    const link = await page.getByLabel('分享链接（只读，可复制）').inputValue();
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(link);
    await expect(async () => {
      await visitor.getByLabel(field, { exact: true }).scrollIntoViewIfNeeded({ timeout: 2_000 });
      await expect(visitor.getByRole('region', { name: /你正在查看别人分享的/ })).toBeVisible({
        timeout: 2_000,
      });
    }).toPass();
    await expect(visitor.getByLabel(field, { exact: true })).toHaveValue(value);
    await expect(visitor.getByLabel(field, { exact: true })).not.toBeEditable();

    // The embed route shows the worksheet alone, working.
    await visitor.goto(`/embed/${entry.id}/`);
    await expect(visitor.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
    await worksheetReady(visitor, field);
    await expect(visitor.getByRole('alert')).toBeHidden();

    // 汇总 opens both files as this worksheet type. Its file picker stays disabled until the
    // page's script runs, so the files are chosen once, when it is enabled: choosing the same
    // files again fires no change event. A failure says what the page shows (a load error, a
    // refused file).
    await visitor.goto('/exercises/collect/');
    const files = visitor.getByLabel('选择练习文件（可多选）');
    await fieldReady(files);
    await files.setInputFiles([first, second]);
    await expect(visitor.getByText(`已汇总 2 份「${entry.title}」`))
      .toBeVisible({ timeout: 30_000 })
      .catch(async (error: Error) => {
        const shown = await visitor.getByRole('main').innerText();
        throw new Error(`${error.message}\n汇总 shows:\n${shown.slice(0, 1500)}`);
      });
    await expect(visitor.getByRole('combobox', { name: '练习类型' })).toHaveValue(entry.id);
    await visitorContext.close();

    // A 学习进度 backup restores the document into a fresh browser.
    await page.goto('/reference/progress/');
    const backup = await download(page, '备份全部数据');
    const backupFile = info.outputPath('backup.json');
    await backup.saveAs(backupFile);
    const freshContext = await browser.newContext();
    const fresh = await freshContext.newPage();
    await fresh.goto('/reference/progress/');
    await fresh.getByLabel('恢复备份').setInputFiles(backupFile);
    await fresh.getByRole('button', { name: '确认恢复' }).click();
    await expect(fresh.getByRole('status').filter({ hasText: '恢复完成' })).toBeVisible();
    await fresh.goto(`/exercises/${entry.id}/`);
    await worksheetReady(fresh, field);
    await expect(fresh.getByLabel(field, { exact: true })).toHaveValue(value);

    // A chapter's link ending in #example opens the worked example in a new document; the
    // learner's own document stays, and the address loses the hash (a reload opens no third).
    await fresh.goto(`/exercises/${entry.id}/#example`);
    await expect(fresh.getByText('示例已放在一份新文档里')).toBeVisible();
    await expect(fresh.getByLabel('当前文档').locator('option')).toHaveCount(2);
    expect(new URL(fresh.url()).hash).toBe('');
    await freshContext.close();
  });
}
