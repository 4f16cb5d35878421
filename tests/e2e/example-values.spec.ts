// Values left over from the worked example are marked until edited — beside the field, for
// screen readers and in the checks — and 汇总 flags a goal that still holds them.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fieldReady, worksheetReady } from '../support/worksheet';

test('SMART: example values are marked until edited, and 汇总 flags the ones left', async ({
  page,
}) => {
  await page.goto('/exercises/smart-goal/');
  await worksheetReady(page, '目标名称');
  await page.getByRole('button', { name: '载入示例' }).click();
  const parent = page.getByLabel('关联的上级目标', { exact: true });
  await expect(parent).toHaveValue('公司年度增长战略');
  await expect(parent).toHaveAccessibleDescription(/示例内容：请改成你自己的/);
  const checks = page.getByRole('region', { name: 'SMART 检查' });
  await expect(checks).toContainText('还保留着示例内容：目标名称、具体描述');

  // Edited fields lose the mark; the ones left stay listed.
  await page.getByLabel('目标名称', { exact: true }).fill('华东区回款提升');
  await page
    .getByLabel('具体描述', { exact: true })
    .fill('在华东区把 90 天回款率从 70% 提升到 85%');
  await page.getByLabel('衡量指标', { exact: true }).fill('90 天回款率');
  await page.getByLabel('基线值', { exact: true }).fill('70');
  await page.getByLabel('目标值', { exact: true }).fill('85');
  await expect(page.getByLabel('目标名称', { exact: true })).not.toHaveAccessibleDescription(
    /示例内容/,
  );
  await expect(checks).toContainText('还保留着示例内容：单位、可实现性依据、关联的上级目标');
  await expect(page.getByLabel('单位', { exact: true })).toHaveAccessibleDescription(/示例内容/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件' }).click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');
  await page.goto('/exercises/collect/');
  const input = page.getByLabel('选择练习文件（可多选）');
  await fieldReady(input);
  await input.setInputFiles([
    { name: 'goal.json', mimeType: 'application/json', buffer: Buffer.from(file) },
  ]);
  await expect(page.getByRole('article', { name: '1. 华东区回款提升' })).toContainText(
    '含未修改的示例内容：单位、可实现性依据、关联的上级目标',
  );
});
