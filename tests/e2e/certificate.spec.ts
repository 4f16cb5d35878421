// 结业条件 on 学习进度 and the 结业 page with its one-page 学习证明. The learner's records are
// seeded in localStorage in the shapes the site stores (reading progress, quiz results,
// worksheet documents), built from the real chapter, quiz and worksheet lists.
import { test, expect, type Page } from '@playwright/test';
import { axeViolations as axe } from '../support/axe';
import { pdfPageCount, pdfPages, printToPdf, squeeze } from '../support/pdf';
import { COURSE_TITLE } from '../../src/course/modules.mjs';
import type { CourseRequirements } from '../../src/progress/completion';
import { courseRequirements } from '../../src/progress/requirements';
import { contentDocs, contentQuizzes } from '../../src/progress/testing-course';
import { finishedCourseItems } from '../support/course';

const AT = '2026-11-20T08:00:00.000Z';
const NOTE = '自学完成证明，非资质认证';

let req: CourseRequirements;
test.beforeAll(async () => {
  req = await courseRequirements(contentDocs(), contentQuizzes());
});

/** Everything done: every chapter read, every quiz at 8 of 10 (or all right), a filled document of each worksheet. */
const finishedCourse = () => finishedCourseItems(req, AT);

async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((all) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(all)) localStorage.setItem(k, v);
  }, items);
}

const checklist = (page: Page) => page.getByRole('group', { name: '结业条件' });

test('not complete: 学习进度 and the 结业 page list what is left, with links to it', async ({
  page,
}, info) => {
  const items = finishedCourse();
  const pages = JSON.parse(items['smc:v1:progress:pages']);
  pages.pages['/role/duties/'] = { read: false, at: AT };
  items['smc:v1:progress:pages'] = JSON.stringify(pages);
  const team = JSON.parse(items['smc:v1:quiz:team']);
  team.best = team.last = { correct: 7, total: 10, at: AT };
  items['smc:v1:quiz:team'] = JSON.stringify(team);
  delete items['smc:v1:default:swot:doc:doc1'];
  await seed(page, items);

  for (const path of ['/reference/progress/', '/reference/certificate/']) {
    await page.goto(path);
    const list = checklist(page);
    await expect(list.getByText('还差 3 项结业条件，完成下面列出的内容即可结业。')).toBeVisible();
    await expect(list.getByRole('link', { name: '销售经理核心职责' })).toHaveAttribute(
      'href',
      '/role/duties/',
    );
    await expect(list.getByRole('listitem').filter({ hasText: /^团队建设与绩效（/ })).toHaveText(
      '团队建设与绩效（最好成绩 7/10（70%），未达 80%）',
    );
    await expect(list.getByRole('link', { name: '团队建设与绩效' })).toHaveAttribute(
      'href',
      '/team/quiz/',
    );
    await expect(list.getByRole('link', { name: 'SWOT 分析矩阵' })).toHaveAttribute(
      'href',
      '/exercises/swot/',
    );
    await expect(list).toContainText(
      `已通过 ${req.modules.length - 1}/${req.modules.length} 个模块。`,
    );
  }
  // The 结业 page offers no certificate yet; printed (打印本页), it lists what is left.
  await expect(page.getByRole('button', { name: '打印学习证明' })).toBeHidden();
  await expect(page.getByRole('article', { name: '学习证明预览' })).toBeHidden();
  expect(await axe(page)).toEqual([]);
  const pdf = await printToPdf(page, info, 'not-complete');
  const text = squeeze(pdfPages(pdf).join(''));
  expect(text).toContain(squeeze('还差 3 项结业条件'));
  expect(text).toContain('销售经理核心职责');
  expect(text).not.toContain(NOTE);
});

test('complete: the learner types a name and prints a one-page A4 学习证明', async ({
  page,
}, info) => {
  await seed(page, finishedCourse());
  await page.goto('/reference/certificate/');
  await expect(checklist(page).getByText('你已完成全部结业条件。')).toBeVisible();

  // No name: a clear message, focus back on the field, nothing printed.
  await page.getByRole('button', { name: '打印学习证明' }).click();
  await expect(page.getByRole('alert')).toHaveText('请先填写学习者姓名，再打印学习证明。');
  const name = page.getByLabel('学习者姓名');
  await expect(name).toBeFocused();
  await name.fill('王晓明');
  await expect(page.getByText('请先填写学习者姓名')).toBeHidden();
  const certificate = page.getByRole('article', { name: '学习证明预览' });
  await expect(certificate).toContainText('王晓明');
  expect(await axe(page)).toEqual([]);

  const pdf = await printToPdf(page, info, 'certificate');
  expect(pdfPageCount(pdf)).toBe(1);
  const text = squeeze(pdfPages(pdf).join(''));
  expect(text).toContain('王晓明');
  expect(text).toContain(NOTE);
  expect(text).toContain(squeeze(`《${COURSE_TITLE}》`));
  expect(text).toContain('学习证明');
  const today = new Date();
  expect(text).toContain(`${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`);
  for (const m of req.modules) {
    const total = m.quiz!.questions;
    const correct = Math.ceil(total * 0.8);
    expect(text, m.label).toContain(
      squeeze(`${m.label}${correct}/${total}（${Math.floor((correct / total) * 100)}%）`),
    );
  }
  // Nothing but the certificate on paper.
  expect(text).not.toContain('结业条件');
  expect(text).not.toContain('打印学习证明');
});
