// The 综合测验: 20 questions drawn from every module's bank, kept across a reload, one submit
// (refused with a message while questions are open), the answer sheet with the module quizzes'
// marks and explanations, and the best score on 学习进度.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

interface Question {
  id: string;
  type: 'single' | 'multiple';
  options: { id: string; text: string; correct?: boolean }[];
}
const BANKS = readdirSync('src/content/quizzes').map(
  (f) =>
    JSON.parse(readFileSync(`src/content/quizzes/${f}`, 'utf8')) as {
      module: string;
      questions: Question[];
    },
);
const QUESTIONS = new Map(BANKS.flatMap((b) => b.questions.map((q) => [q.id, q] as const)));
const MODULE_OF = new Map(BANKS.flatMap((b) => b.questions.map((q) => [q.id, b.module] as const)));

const correctTexts = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.text);
const wrongText = (q: Question) => q.options.find((o) => !o.correct)!.text;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An option by its text (the page shuffles them); after submitting its name carries the marks. */
const option = (li: Locator, q: Question, text: string) =>
  li.getByRole(q.type === 'single' ? 'radio' : 'checkbox', {
    name: new RegExp(`^${escape(text)}(\\s|$)`),
  });
const item = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
/** The ids of the questions shown, in order. */
const shownIds = (page: Page) =>
  page
    .locator('.quiz-question:visible')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.question ?? ''));

test('综合测验: answer the 20 drawn questions, submit once, review, best score on 学习进度', async ({
  page,
}) => {
  await page.goto('/reference/final-quiz/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('综合测验');
  const submit = page.getByRole('button', { name: '提交答卷' });
  await expect(submit).toBeEnabled();
  await expect(page.locator('.quiz-question:visible')).toHaveCount(20);
  const ids = await shownIds(page);
  expect(new Set(ids).size).toBe(20);
  expect(new Set(ids.map((id) => MODULE_OF.get(id))).size).toBe(BANKS.length);
  await expect(page.getByRole('heading', { name: /^第 1 题/ })).toBeVisible();

  // One submit: refused, with a message, while questions are open.
  await submit.click();
  await expect(page.getByRole('alert').filter({ hasText: '还有 20 题没有作答' })).toBeVisible();

  // Three wrong, seventeen right.
  for (const [i, id] of ids.entries()) {
    const q = QUESTIONS.get(id)!;
    for (const text of i < 3 ? [wrongText(q)] : correctTexts(q))
      await option(item(page, id), q, text).check();
  }
  await expect(page.getByRole('status').filter({ hasText: '已作答 20 题' })).toBeVisible();

  // A reload keeps the questions and the answers.
  await page.reload();
  await expect(submit).toBeEnabled();
  expect(await shownIds(page)).toEqual(ids);
  const first = QUESTIONS.get(ids[0])!;
  await expect(option(item(page, ids[0]), first, wrongText(first))).toBeChecked();

  await submit.click();
  await expect(
    page.getByRole('status').filter({ hasText: '本次成绩：17/20（85%）' }),
  ).toBeVisible();
  await expect(submit).toBeHidden();

  // The answer sheet: the same questions, each marked, with its explanation and section.
  expect(await shownIds(page)).toEqual(ids);
  const wrong = item(page, ids[0]);
  await expect(wrong).toContainText('回答不对。正确答案是：');
  await expect(option(wrong, first, wrongText(first))).toHaveAccessibleName(/✗ 你的选择/);
  await expect(option(wrong, first, correctTexts(first)[0])).toHaveAccessibleName(/✓ 正确答案/);
  await expect(option(wrong, first, wrongText(first))).toBeDisabled();
  await expect(wrong.getByRole('link')).toBeVisible();
  await expect(item(page, ids[5])).toContainText('回答正确。');

  // 学习进度 shows the best score; 备份全部数据 carries it like the module quizzes.
  await page.goto('/reference/progress/');
  const row = page.getByRole('row', { name: /综合测验/ });
  await expect(row.getByRole('cell').nth(1)).toContainText('17/20');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '备份全部数据' }).click(),
  ]);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(backup).toContain('smc:v1:quiz:final');

  // 重新作答 draws another set of questions; the best score stays.
  await page.goto('/reference/final-quiz/');
  await page.getByRole('button', { name: /重新作答/ }).click();
  await expect(submit).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已作答 0 题' })).toBeVisible();
  expect(await shownIds(page)).not.toEqual(ids);
  await expect(page.getByText(/^最近一次完成：17\/20/)).toBeVisible();
});
