// 团队能力评估: rating by visible label and keyboard, the example's worked numbers (the team's
// dimension averages, the lowest items, the gap between 本人 and 经理), the radar's table
// equivalent, and a filled printout.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { axeViolations, setTheme } from '../support/axe';
import { bodyText, pdfPages, printToPdf, squeeze } from '../support/pdf';
import { fieldReady, savedContaining, worksheetReady } from '../support/worksheet';

const PAGE = '/exercises/team-competency/';

async function open(page: Page) {
  await page.goto(PAGE);
  await worksheetReady(page, '团队名称');
}

const person = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^成员 ${n}`) });

test('rating by label and keyboard fills the radar’s table and the development plan', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('团队名称', { exact: true }).fill('华南二组');
  const me = person(page, 1);
  await me.getByLabel('成员姓名', { exact: true }).fill('陈静');
  await expect(me.getByLabel('评分人', { exact: true })).toHaveValue('self');

  // Every rating is a group named by its competency; arrow keys move within it.
  const vision = me.getByRole('group', { name: '愿景塑造与传递（本人评分）' });
  await vision.getByRole('radio', { name: '3' }).check();
  await page.keyboard.press('ArrowRight');
  await expect(vision.getByRole('radio', { name: '4' })).toBeChecked();
  await me
    .getByRole('group', { name: '目标设定与管理（本人评分）' })
    .getByRole('radio', { name: '2' })
    .check();
  await me
    .getByRole('group', { name: '跨部门协作（本人评分）' })
    .getByRole('radio', { name: '1' })
    .check();

  // The behavioural anchors open on demand.
  const anchors = me.getByText('行为描述：冲突解决');
  await anchors.click();
  await expect(me.getByText('3 分：能按规则处理撞单和资源争夺')).toBeVisible();

  // The table beside the radar: 领导力 (4 + 2) / 2 = 3.0, 沟通能力 1.
  const table = page.getByRole('table', { name: '陈静：各维度平均分' });
  await expect(table.getByRole('row', { name: /领导力/ })).toContainText('3.0');
  await expect(table.getByRole('row', { name: /沟通能力/ })).toContainText('1.0');
  await expect(table.getByRole('row', { name: /业务能力/ })).toContainText('—');
  await expect(page.getByText('陈静：还有 13 项能力未评分')).toBeVisible();

  // The two lowest (跨部门协作 1, 目标设定与管理 2) become the plan.
  const plan = page.getByRole('region', { name: '陈静的发展计划' });
  const row = plan.getByRole('group', { name: '跨部门协作' });
  await expect(plan.getByRole('group', { name: '目标设定与管理' })).toBeVisible();
  await row.getByLabel('发展行动', { exact: true }).fill('每月主持一次跨部门协调会');
  await row.getByLabel('期限', { exact: true }).fill('2027-03-31');
  await savedContaining(page, '每月主持一次跨部门协调会');

  // A team member: rated by 经理; a second rater shows the gap.
  await page.getByRole('button', { name: '添加成员' }).click();
  const member = person(page, 2);
  await expect(member.getByLabel('成员姓名', { exact: true })).toBeFocused();
  await page.keyboard.type('周凯');
  await expect(member.getByLabel('评分人', { exact: true })).toHaveValue('manager');
  await member.getByLabel('同时记录本人的评分').check();
  await member
    .getByRole('group', { name: '冲突解决（经理评分）' })
    .getByRole('radio', { name: '2' })
    .check();
  await member
    .getByRole('group', { name: '冲突解决（本人评分）' })
    .getByRole('radio', { name: '5' })
    .check();
  await expect(member.getByRole('row', { name: /冲突解决/ })).toContainText('−3（差距大）');
  await expect(page.getByText('周凯：「冲突解决」本人 5 分、经理 2 分，相差 3 分')).toBeVisible();

  // Removing a member can be undone.
  await page.getByRole('button', { name: '删除成员 2：周凯' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除「周凯」' })).toBeVisible();
  await expect(person(page, 2)).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(person(page, 2).getByLabel('成员姓名', { exact: true })).toHaveValue('周凯');

  await page.reload();
  await worksheetReady(page, '团队名称');
  await expect(person(page, 2).getByLabel('成员姓名', { exact: true })).toHaveValue('周凯');
  await expect(
    page
      .getByRole('region', { name: '陈静的发展计划' })
      .getByRole('group', { name: '跨部门协作' })
      .getByLabel('期限', { exact: true }),
  ).toHaveValue('2027-03-31');
});

test('the example: the team’s averages, the lowest items and the gap between raters', async ({
  page,
}, info) => {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('团队名称', { exact: true })).toHaveValue('华东区域销售一组');

  // The team's radar and its table: 38 / 12 = 3.17 for 领导力, exactly.
  const team = page.getByRole('table', { name: '各维度平均分：每人与团队平均' });
  await expect(team.getByRole('row', { name: /领导力/ })).toHaveText(
    /领导力\s*3\.5\s*2\.75\s*3\.25\s*3\.17/,
  );
  await expect(team.getByRole('row', { name: /沟通能力/ })).toHaveText(
    /沟通能力\s*2\.5\s*3\.25\s*3\.0\s*2\.92/,
  );
  await expect(
    page.getByRole('img', { name: /团队平均的能力雷达图：领导力 3\.17，业务能力 3\.5/ }),
  ).toBeVisible();

  // The chapter's common mistake: a manager from sales, weakest in 跨部门协作 and 冲突解决.
  const plan = page.getByRole('region', { name: '张伟的发展计划' });
  await expect(plan.getByRole('group')).toHaveText([/^跨部门协作/, /^冲突解决/]);
  // Three items share the lowest score: all three are taken.
  const wang = page.getByRole('region', { name: '王强的发展计划' });
  await expect(wang.getByRole('group')).toHaveText([
    /^产品专业知识/,
    /^销售技巧精通/,
    /^时间与优先级管理/,
  ]);
  // 李娜: 本人 4, 经理 2.
  await expect(
    page.getByText('李娜：「问题分析与解决」本人 4 分、经理 2 分，相差 2 分'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: '李娜：各维度平均分' })).toContainText(
    /经理评分\s*本人评分/,
  );

  // The advice links go to the chapters' headings.
  await expect(page.getByRole('link', { name: '怎样有针对性地提升短板' })).toHaveAttribute(
    'href',
    '/role/competency/#识别短板并有针对性地提升',
  );

  // On paper: the values, the tables and the plan.
  await fieldReady(plan.getByLabel('发展行动').first());
  const printed = bodyText(pdfPages(await printToPdf(page, info, 'filled')));
  // The worksheet's part of the page (the page's own text above it may name its buttons).
  const text = printed.slice(printed.indexOf(squeeze('开始练习')));
  for (const value of [
    '华东区域销售一组',
    '各维度平均分：每人与团队平均',
    '3.17',
    '2.92',
    '张伟的发展计划',
    '每月与财务、供应链各开一次客户问题协调会',
    // Each rating prints as its number: 张伟's 愿景塑造与传递 3, 目标设定与管理 4.
    '愿景塑造与传递3目标设定与管理4',
  ])
    expect(text).toContain(squeeze(value));
  // 李娜's 问题分析与解决: 经理 2, 本人 4, gap −2.
  expect(text).toMatch(/问题分析与解决(2|4|−2){3}（差距大）/);
  expect(text).not.toContain(squeeze('行为描述'));
  expect(text).not.toContain(squeeze('载入示例'));
});

test('axe finds nothing on the filled example, anchors open, in light and dark theme', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await open(page);
    if (theme === 'light') await page.getByRole('button', { name: '载入示例' }).click();
    await expect(page.getByRole('table', { name: '各维度平均分：每人与团队平均' })).toBeVisible();
    await person(page, 2).getByText('行为描述：问题分析与解决').click();
    expect(await axeViolations(page, '.ws'), `${theme} theme`).toEqual([]);
  }
});

test('汇总: the group’s average radar and the most common gaps of the participants’ files', async ({
  page,
}, info) => {
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect(page.getByLabel('团队名称', { exact: true })).toHaveValue('华东区域销售一组');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '保存为文件', exact: true }).click(),
  ]);
  const first = info.outputPath('first.json');
  await download.saveAs(first);
  // A second participant: weakest in 跨部门协作 (1) and 愿景塑造与传递, 冲突解决 (2).
  const doc = JSON.parse(readFileSync(first, 'utf8'));
  doc.id = `${doc.id}b`;
  doc.data.people[0].name = '赵六';
  doc.data.people[0].scores = [2, 3, 3, 3, 4, 4, 4, 4, 3, 3, 3, 3, 3, 1, 2, 3];
  const second = info.outputPath('second.json');
  writeFileSync(second, JSON.stringify(doc));

  await page.goto('/exercises/collect/');
  const files = page.getByLabel('选择练习文件（可多选）');
  await fieldReady(files);
  await files.setInputFiles([first, second]);
  // 领导力 (14 + 11) / 8 = 3.125 → 3.13; 沟通能力 (10 + 9) / 8 = 2.38.
  const group = page.getByRole('table', { name: '全组各维度平均分' });
  await expect(group.getByRole('row', { name: /领导力/ })).toContainText('3.13');
  await expect(group.getByRole('row', { name: /沟通能力/ })).toContainText('2.38');
  await expect(page.getByRole('img', { name: /全组平均的能力雷达图：领导力 3\.13/ })).toBeVisible();
  const gaps = page.getByRole('table', { name: '最常见的短板' });
  await expect(gaps.getByRole('row')).toHaveText([
    /能力\s*人数/,
    /跨部门协作\s*2 人/,
    /冲突解决\s*2 人/,
    /愿景塑造与传递\s*1 人/,
  ]);
});

test('at 375 px the filled example has no sideways page scroll; wide tables scroll in their box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await open(page);
  await page.getByRole('button', { name: '载入示例' }).click();
  const team = page.getByRole('table', { name: '各维度平均分：每人与团队平均' });
  await expect(team).toBeVisible();
  await person(page, 2).getByText('行为描述：问题分析与解决').click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // 李娜's ratings by 经理 and 本人 side by side: wider than the phone, scrolled in their own box.
  const ratings = page.getByRole('table', { name: '李娜的评分' });
  const wrap = ratings.locator('xpath=ancestor::div[contains(@class,"ws-table-wrap")][1]');
  const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeGreaterThan(client);
});
