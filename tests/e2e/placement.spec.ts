// 入门自测 (/intro/self-assessment/): from the first question to the recommendation, kept in the
// browser, shown on 学习进度, and printed as a paper questionnaire with the key on its own page.
import { test, expect, type Page } from '@playwright/test';
import { QUESTIONS } from '../../src/placement/questions';
import { LETTERS } from '../../src/placement/key';
import { bodyText, pdfPages, printToPdf, squeeze } from '../support/pdf';

const PAGE = '/intro/self-assessment/';
/** The answers: the better practice everywhere except 团队建设与绩效 (none) and 角色认知 (one). */
const WRONG = new Set(['p1', 'p9', 'p10']);
const choice = (q: (typeof QUESTIONS)[number]) =>
  WRONG.has(q.id) ? LETTERS.find((l) => l !== q.best)! : q.best;
const optionText = (q: (typeof QUESTIONS)[number], letter: string) =>
  q.options[LETTERS.indexOf(letter as (typeof LETTERS)[number])];

const question = (page: Page, n: number) =>
  page.getByRole('group', { name: new RegExp(`^第 ${n} 题`) });

test('answers every question, is told what is missing, and gets where to start', async ({
  page,
}) => {
  await page.goto(PAGE);
  // Keyboard: the first option of question 1 takes focus and Space chooses it.
  const first = question(page, 1).getByRole('radio').first();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();

  // All but question 5, by visible option text.
  for (const [i, q] of QUESTIONS.entries()) {
    if (i === 4) continue;
    await question(page, i + 1)
      .getByRole('radio', { name: optionText(q, choice(q)) })
      .check();
  }
  await page.getByRole('button', { name: '查看结果' }).click();
  await expect(page.getByRole('status')).toHaveText(
    '还有 1 题没有作答：第 5 题。答完全部题目才能查看结果。',
  );
  await expect(question(page, 5).getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('heading', { name: '你的结果' })).toBeHidden();

  const q5 = QUESTIONS[4];
  await question(page, 5)
    .getByRole('radio', { name: optionText(q5, choice(q5)) })
    .check();
  await page.getByRole('button', { name: '查看结果' }).click();
  const heading = page.getByRole('heading', { name: '你的结果' });
  await expect(heading).toBeFocused();

  const result = page.getByRole('region', { name: '你的结果' });
  await expect(result).toContainText('共 18 题，你选中了 15 题的更好做法。');
  await expect(result).toContainText('建议从「团队建设与绩效」开始学习：');
  const start = result.getByRole('link', { name: '打开「团队建设与绩效」的第一章' });
  await expect(start).toHaveAttribute('href', /\/team\/[a-z-]+\/$/);
  const table = result.getByRole('table', { name: '各模块的结果' });
  const row = (label: string) => table.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row('团队建设与绩效')).toContainText('0 / 2建议先读');
  await expect(row('角色认知')).toContainText('1 / 2建议复习');
  await expect(row('渠道管理')).toContainText('2 / 2可以略读');

  // Each question shows the better practice and its chapter.
  await expect(question(page, 1).locator('xpath=..')).toContainText(
    `更好的做法：${QUESTIONS[0].best.toUpperCase()}. ${QUESTIONS[0].options[1]}`,
  );
  await expect(question(page, 2).locator('xpath=..')).toContainText('你的选择就是更好的做法。');

  // Kept in the browser: after a reload the answers and the result are still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: '你的结果' })).toBeVisible();
  await expect(
    question(page, 9).getByRole('radio', { name: optionText(QUESTIONS[8], choice(QUESTIONS[8])) }),
  ).toBeChecked();

  // And on 学习进度.
  await page.goto('/reference/progress/');
  const summary = page.getByRole('region', { name: '入门自测' });
  await expect(summary).toContainText('共 18 题，你选中了 15 题的更好做法。');
  await expect(summary).toContainText('建议从「团队建设与绩效」开始学习。');
  await expect(summary).toContainText('建议先读：团队建设与绩效');
  await expect(summary).toContainText('建议复习：角色认知');

  // 重新作答 clears the answers.
  await page.goto(PAGE);
  await page.getByRole('button', { name: '重新作答' }).click();
  await expect(page.getByRole('heading', { name: '你的结果' })).toBeHidden();
  await expect(question(page, 1).getByRole('radio', { checked: true })).toHaveCount(0);
  await page.goto('/reference/progress/');
  await expect(page.getByRole('region', { name: '入门自测' })).toContainText('还没有做入门自测。');
});

test('prints as a paper questionnaire, with the scoring key on a page of its own', async ({
  page,
}, info) => {
  await page.goto(PAGE);
  const pages = pdfPages(await printToPdf(page, info, 'placement'));
  const all = squeeze(pages.join('\n'));
  expect(all).toContain(squeeze(`□A.${QUESTIONS[0].options[0]}`));
  for (const web of ['查看结果', '点击', '你的结果', '重新作答'])
    expect(all, `"${web}" printed`).not.toContain(web);
  const key = pages.findIndex((p) => bodyText([p]).startsWith('评分说明（讲师用）'));
  expect(key, 'the key starts a page').toBeGreaterThan(0);
  const keyText = bodyText(pages.slice(key));
  expect(keyText).toContain(squeeze('团队建设与绩效 第 9 题、第 10 题'));
  // The key's answer letters are the questions' better practices.
  expect(keyText).toContain(
    squeeze(
      `第 17 题、第 18 题 ${QUESTIONS[16].best.toUpperCase()}、${QUESTIONS[17].best.toUpperCase()}`,
    ),
  );
  // Questions do not run onto the key's page.
  expect(keyText).not.toContain(squeeze(QUESTIONS[17].options[0]));
});
