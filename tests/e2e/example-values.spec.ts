// Values left over from the worked example are marked until edited — beside the field, for
// screen readers and in the checks — and 汇总 flags a goal that still holds them.
import { test, expect, type Page } from '@playwright/test';
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

/** Saves the open document as a file and loads it into 汇总. */
async function collectSaved(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件' }).click(),
  ]);
  const file = readFileSync(await download.path(), 'utf8');
  await page.goto('/exercises/collect/');
  const input = page.getByLabel('选择练习文件（可多选）');
  await fieldReady(input);
  await input.setInputFiles([
    { name: 'doc.json', mimeType: 'application/json', buffer: Buffer.from(file) },
  ]);
}

test('SWOT: example values are marked until edited, and 汇总 flags the ones left', async ({
  page,
}) => {
  await page.goto('/exercises/swot/');
  await worksheetReady(page, '分析对象');
  await page.getByRole('button', { name: '载入示例' }).click();
  const first = page.getByLabel('优势 1', { exact: true });
  await expect(first).toHaveValue('技术服务团队响应快');
  await expect(first).toHaveAccessibleDescription(/示例内容：请改成你自己的/);
  await expect(page.getByLabel('分析对象', { exact: true })).toHaveAccessibleDescription(
    /示例内容/,
  );
  await expect(page.getByText('还保留着示例内容：15 处，已在旁边标出。')).toBeVisible();

  await first.fill('华东区服务网点 24 小时响应');
  await expect(first).not.toHaveAccessibleDescription(/示例内容/);
  await expect(page.getByText('还保留着示例内容：14 处，已在旁边标出。')).toBeVisible();
  await expect(page.getByLabel('劣势 1', { exact: true })).toHaveAccessibleDescription(/示例内容/);

  await collectSaved(page);
  await expect(page.getByRole('article')).toContainText('含未修改的示例内容：14 处');
});

test('渠道价格: example values are marked until edited, and 汇总 flags the ones left', async ({
  page,
}) => {
  await page.goto('/exercises/channel-pricing/');
  await worksheetReady(page, '建议零售价');
  await page.getByRole('button', { name: '载入示例' }).click();
  const cost = page.getByLabel('单位成本', { exact: true });
  await expect(cost).toHaveValue('40');
  await expect(cost).toHaveAccessibleDescription(/示例内容：请改成你自己的/);
  await expect(page.getByText('还保留着示例内容：33 处，已在旁边标出。')).toBeVisible();
  // Marks in a deferred part too (价格执行管控).
  await expect(page.getByLabel('甲区域价格（元/件）', { exact: true })).toHaveAccessibleDescription(
    /示例内容/,
  );

  await cost.fill('42');
  await expect(cost).not.toHaveAccessibleDescription(/示例内容/);
  await expect(page.getByText('还保留着示例内容：32 处，已在旁边标出。')).toBeVisible();

  await collectSaved(page);
  await expect(page.getByRole('article')).toContainText('含未修改的示例内容：32 处');
});

/**
 * The three list worksheets: a value of the example in a row of the list is marked beside its
 * field until it is edited (the row drawn again alone still drops its mark), the checks warn,
 * and 汇总 flags what is left.
 */
const LISTS = [
  {
    name: '销售漏斗预测',
    path: '/exercises/pipeline-forecast/',
    first: '预测期间',
    field: '商机 1 客户名称',
    value: '华北建工',
    edited: '华南建材',
    other: '商机 2 金额',
    warning: ['还保留着示例内容：48 处，已在旁边标出。', '还保留着示例内容：47 处，已在旁边标出。'],
    flag: '含未修改的示例内容：47 处',
  },
  {
    name: '客户分级与流失预警',
    path: '/exercises/customer-grading/',
    first: '团队或区域',
    field: '客户 1 年销售额',
    value: '600',
    edited: '640',
    other: '客户 5 近 3 个月订货次数',
    warning: ['还保留着示例内容：25 处，已在旁边标出。', '还保留着示例内容：24 处，已在旁边标出。'],
    flag: '含未修改的示例内容：24 处',
  },
  {
    name: '提成方案测算',
    path: '/exercises/commission-plan/',
    first: '底薪',
    field: '销售代表 1 目标',
    value: '500,000',
    edited: '520,000',
    other: '销售代表 2 目标',
    warning: [
      '还保留着示例内容：底薪、提成档位、回款比例、毛利系数、测算目标、销售代表 甲、销售代表 乙、销售代表 丙。',
      '还保留着示例内容：底薪、提成档位、回款比例、毛利系数、测算目标、销售代表 甲、销售代表 乙、销售代表 丙。',
    ],
    flag: '含未修改的示例内容：底薪、提成档位、回款比例、毛利系数、测算目标、销售代表 甲',
  },
];

for (const list of LISTS) {
  test(`${list.name}: example values in the list are marked until edited, and 汇总 flags the ones left`, async ({
    page,
  }) => {
    await page.goto(list.path);
    await worksheetReady(page, list.first);
    await page.getByRole('button', { name: '载入示例' }).click();
    const field = page.getByLabel(list.field, { exact: true });
    await expect(field).toHaveValue(list.value);
    await expect(field).toHaveAccessibleDescription(/示例内容：请改成你自己的/);
    await expect(page.getByLabel(list.first, { exact: true })).toHaveAccessibleDescription(
      /示例内容/,
    );
    await expect(page.getByText(list.warning[0])).toBeVisible();

    await field.fill(list.edited);
    await expect(field).not.toHaveAccessibleDescription(/示例内容/);
    await expect(page.getByLabel(list.other, { exact: true })).toHaveAccessibleDescription(
      /示例内容/,
    );
    await expect(page.getByText(list.warning[1])).toBeVisible();

    await collectSaved(page);
    await expect(page.getByRole('article')).toContainText(list.flag);
  });
}
