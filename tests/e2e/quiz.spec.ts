// Knowledge checks (知识自测): answering, feedback (the chosen and the correct options marked in
// words), 重做此题, the saved last and best scores, the option order of an attempt (shuffled,
// kept across a reload), the links to the teaching section, printing with the answer key on
// its own page, accessibility.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations as axe } from '../support/axe';
import { readdirSync, readFileSync } from 'node:fs';
import { builtHtml } from '../support/html';
import { pdfPages, printToPdf, squeeze } from '../support/pdf';
import { MODULES } from '../../src/course/modules.mjs';

interface Question {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: { id: string; text: string; correct?: boolean }[];
  source: { page: string; anchor: string };
}
const quiz = (module: string) =>
  JSON.parse(readFileSync(`src/content/quizzes/${module}.json`, 'utf8')) as {
    questions: Question[];
  };
const ROLE = quiz('role').questions;

const item = (page: Page, q: Question) => page.locator(`[data-question="${q.id}"]`);
const correctTexts = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.text);
const wrongText = (q: Question) => q.options.find((o) => !o.correct)!.text;
/**
 * An option of a question on the page, found by its text (the page shuffles the options);
 * once checked, its name also carries the marks (✓ 正确答案, ✗ 你的选择).
 */
const option = (li: Locator, q: Question, text: string) =>
  li.getByRole(q.type === 'single' ? 'radio' : 'checkbox', {
    name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`),
  });

/** Choose options by their text and press 核对答案 (enabled once the script is ready). */
async function answer(li: Locator, q: Question, texts: string[]) {
  const check = li.getByRole('button', { name: '核对答案' });
  await expect(check).toBeEnabled();
  for (const t of texts) await option(li, q, t).check();
  await check.click();
}
/** The option texts of every question, in the order the page shows them. */
const shownOrder = (page: Page) =>
  page
    .locator('.quiz-question')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.querySelectorAll('.quiz-option-text')].map((s) => s.textContent).join('|'),
      ),
    );
const authoringOrder = (qs: Question[]) => qs.map((q) => q.options.map((o) => o.text).join('|'));

test('every module has a quiz page whose links land on an existing heading', () => {
  const files = readdirSync('src/content/quizzes').map((f) => f.replace(/\.json$/, ''));
  expect(files.sort()).toEqual(MODULES.map((m) => m.id).sort());
  for (const m of MODULES) {
    const html = builtHtml(`/${m.id}/quiz/`);
    const hrefs = [...html.matchAll(/回看：<a href="([^"]+)"/g)].map((x) => x[1]);
    expect(hrefs.length, m.id).toBe(quiz(m.id).questions.length);
    for (const href of hrefs) {
      const [path, hash] = href.split('#');
      expect(builtHtml(path), href).toContain(`id="${decodeURIComponent(hash)}"`);
    }
  }
});

test.describe('answering a knowledge check', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('gives instant feedback with the explanation and link, and keeps the score after reload', async ({
    page,
  }) => {
    await page.goto('/role/quiz/');
    // The module is in the title and the tab (twelve pages would otherwise all read 知识自测);
    // the sidebar keeps the short label under its module.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识自测：角色认知');
    await expect(page).toHaveTitle('知识自测：角色认知 | 销售经理培训教程');
    await expect(
      page.getByRole('navigation', { name: '主要' }).locator('a[href="/role/quiz/"]'),
    ).toHaveText('知识自测');
    await expect(page.getByRole('status').first()).toContainText(`共 ${ROLE.length} 题`);

    // Nothing chosen: a message, no score.
    const first = item(page, ROLE[0]);
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.locator('.quiz-feedback')).toContainText('请先选择一个答案');

    // Right answer on the first question.
    await answer(first, ROLE[0], correctTexts(ROLE[0]));
    const feedback = first.locator('.quiz-feedback');
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText('回答正确');
    const link = feedback.getByRole('link');
    await expect(link).toHaveAttribute('href', `${ROLE[0].source.page}#${ROLE[0].source.anchor}`);
    await expect(first.locator('input').first()).toBeDisabled();
    await expect(first.getByRole('button', { name: '重做此题' })).toBeHidden();
    await expect(first.locator('label', { hasText: correctTexts(ROLE[0])[0] })).toContainText(
      '✓ 你的选择 · 正确答案',
    );

    // A wrong answer on the second one names the right option by its text, and marks the
    // chosen and the correct options in words.
    const second = item(page, ROLE[1]);
    await answer(second, ROLE[1], [wrongText(ROLE[1])]);
    const right = correctTexts(ROLE[1]);
    await expect(second.locator('.quiz-feedback')).toContainText(
      `回答不对。正确答案是：${right.map((t) => `“${t}”`).join('；')}。`,
    );
    await expect(second.locator('label', { hasText: wrongText(ROLE[1]) })).toContainText(
      '✗ 你的选择',
    );
    await expect(second.locator('label', { hasText: right[0] })).toContainText('✓ 正确答案');
    await expect(second.locator('label', { hasText: right[0] })).not.toContainText('你的选择');
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `已核对 2/${ROLE.length} 题，答对 1 题。`,
    );

    // The rest right: the attempt is complete and scored.
    for (const q of ROLE.slice(2)) await answer(item(page, q), q, correctTexts(q));
    const total = ROLE.length;
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `本次作答完成：共 ${total} 题，答对 ${total - 1} 题。`,
    );
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total - 1}/${total}`,
    );

    // The page is still usable on a phone, in both themes, with feedback and marks shown.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      expect(await axe(page), theme).toEqual([]);
    }

    // After a reload: the answers, feedback, score and the option order are back.
    const order = await shownOrder(page);
    expect(order).not.toEqual(authoringOrder(ROLE));
    await page.reload();
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total - 1}/${total}`,
    );
    await expect(second.locator('.quiz-feedback')).toContainText('回答不对');
    await expect(option(first, ROLE[0], correctTexts(ROLE[0])[0])).toBeChecked();
    expect(await shownOrder(page)).toEqual(order);

    // 重做此题 on the wrong one: only that question opens again; right this time, the attempt
    // is complete again and becomes the last and the best score.
    await second.getByRole('button', { name: '重做此题' }).click();
    await expect(second.locator('.quiz-feedback')).toBeHidden();
    await expect(option(second, ROLE[1], right[0])).toBeEnabled();
    await expect(second.locator('label', { hasText: right[0] })).not.toContainText('正确答案');
    await expect(first.locator('.quiz-feedback')).toContainText('回答正确');
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `已核对 ${total - 1}/${total} 题，答对 ${total - 1} 题。`,
    );
    await answer(second, ROLE[1], right);
    await expect(second.locator('.quiz-feedback')).toContainText('回答正确');
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `本次作答完成：共 ${total} 题，答对 ${total} 题。`,
    );
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total}/${total}`,
    );

    // 重新作答: answers cleared, a new order; a worse attempt is the last, the best stays.
    await page.getByRole('button', { name: '重新作答' }).click();
    await expect(first.locator('.quiz-feedback')).toBeHidden();
    await expect(first.locator('input').first()).toBeEnabled();
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `共 ${total} 题。每题选好后点击“核对答案”。`,
    );
    expect(await shownOrder(page)).not.toEqual(order);
    for (const [i, q] of ROLE.entries())
      await answer(item(page, q), q, i < 2 ? [wrongText(q)] : correctTexts(q));
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `本次作答完成：共 ${total} 题，答对 ${total - 2} 题。`,
    );
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total - 2}/${total}`,
    );
    await expect(page.locator('.quiz-score-saved')).toContainText(`最好成绩：${total}/${total}`);

    // The 学习进度 page lists the last and the best result.
    await page.goto('/reference/progress/');
    const row = page.getByRole('row', { name: /角色认知/ });
    await expect(row).toContainText(`${total - 2}/${total}`);
    await expect(row).toContainText(`${total}/${total}`);
  });

  test('a result saved before options were shuffled still reads', async ({ page }) => {
    const q = ROLE[0];
    const old = {
      v: 1,
      answers: { [q.id]: [q.options.find((o) => o.correct)!.id] },
      checked: [q.id],
      updatedAt: '2026-11-01T08:00:00.000Z',
      last: { correct: 7, total: 8, at: '2026-11-01T08:00:00.000Z' },
      best: { correct: 7, total: 8, at: '2026-11-01T08:00:00.000Z' },
    };
    await page.goto('/role/quiz/');
    await page.evaluate((v) => localStorage.setItem('smc:v1:quiz:role', JSON.stringify(v)), old);
    await page.reload();
    await expect(page.locator('.quiz-score-saved')).toContainText('最近一次完成：7/8');
    await expect(item(page, q).locator('.quiz-feedback')).toContainText('回答正确');
    await expect(option(item(page, q), q, correctTexts(q)[0])).toBeChecked();
    // The next answer saves a seed with the record: from then on a reload keeps the order.
    await answer(item(page, ROLE[1]), ROLE[1], correctTexts(ROLE[1]));
    const order = await shownOrder(page);
    await page.reload();
    await expect(item(page, ROLE[2]).getByRole('button', { name: '核对答案' })).toBeEnabled();
    expect(await shownOrder(page)).toEqual(order);
  });

  test('multiple choice: all correct options are needed', async ({ page }) => {
    const q = ROLE.find((x) => x.type === 'multiple')!;
    await page.goto('/role/quiz/');
    const li = item(page, q);
    await expect(li.getByRole('checkbox')).toHaveCount(q.options.length);
    await answer(li, q, correctTexts(q).slice(0, -1));
    await expect(li.locator('.quiz-feedback')).toContainText('回答不对');
    // The missed correct option is marked as the correct answer, not as chosen.
    const missed = correctTexts(q).at(-1)!;
    await expect(li.locator('label', { hasText: missed })).toContainText('✓ 正确答案');
    await expect(li.locator('label', { hasText: missed })).not.toContainText('你的选择');
  });

  test('the chosen option stands out on its whole row, in the dark theme too', async ({ page }) => {
    const q = ROLE[0];
    await page.goto('/role/quiz/');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const li = item(page, q);
    await expect(li.getByRole('button', { name: '核对答案' })).toBeEnabled();
    const rows = li.locator('label.quiz-option');
    const look = (row: Locator) =>
      row.evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.backgroundColor} ${s.borderColor}`;
      });
    const plain = await look(rows.first());
    await rows.first().getByRole('radio').check();
    expect(await look(rows.first())).not.toBe(plain);
    expect(await look(rows.nth(1))).toBe(plain);
  });

  test('works with the keyboard alone', async ({ page }) => {
    const q = ROLE[0];
    await page.goto('/role/quiz/');
    const radios = item(page, q).getByRole('radio');
    // 核对答案 is enabled once the script has put the options in the attempt's order.
    await expect(item(page, q).getByRole('button', { name: '核对答案' })).toBeEnabled();
    const names = await radios.evaluateAll((rs) =>
      rs.map((r) => r.closest('label')!.querySelector('.quiz-option-text')!.textContent),
    );
    const target = names.indexOf(correctTexts(q)[0]);
    // Space chooses the focused option (focus alone does not, when the answer is shown first);
    // the arrow keys then move the choice.
    await radios.first().focus();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(target)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(item(page, q).getByRole('button', { name: '核对答案' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item(page, q).locator('.quiz-feedback')).toContainText('回答正确');
  });
});

test.describe('a knowledge check on paper', () => {
  test('prints the questions, then the answer key (for trainers) on a page of its own', async ({
    page,
  }, info) => {
    await page.goto('/role/quiz/');
    // Hidden on screen.
    await expect(page.getByRole('heading', { name: '答案与解析（讲师用）' })).toBeHidden();
    const file = await printToPdf(page, info, 'role-quiz');
    const pages = pdfPages(file).map(squeeze);
    const keyPage = pages.findIndex((p) => p.includes(squeeze('答案与解析（讲师用）')));
    expect(keyPage).toBeGreaterThan(0);
    // Every question is before the key, none of the key is before it.
    const before = pages.slice(0, keyPage).join('');
    for (const q of ROLE) expect(before).toContain(squeeze(q.prompt));
    expect(before).not.toContain(squeeze('答案与解析'));
    // No score box or buttons on paper (the intro paragraph names the button, the box says 共 N 题).
    expect(before).not.toContain(squeeze(`共 ${ROLE.length} 题。`));
    expect(before).not.toContain('重新作答核对答案');
    // The intro tells a reader with a pen what to do, not where to click.
    expect(before).toContain(squeeze('在选中的选项字母上画圈'));
    expect(before).not.toContain('点击');
    // The key page starts with the key (after the running header), and lists every answer.
    const lines = pdfPages(file)
      [keyPage].split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(squeeze(lines[1])).toBe(squeeze('答案与解析（讲师用）'));
    const key = pages.slice(keyPage).join('');
    // Answers by their text, not by a letter (the screen shuffles the options).
    ROLE.forEach((q, i) => {
      const texts = correctTexts(q)
        .map((t) => `“${t}”`)
        .join('；');
      expect(key).toContain(squeeze(`第 ${i + 1} 题：${texts}`));
    });
  });

  test('the module print edition ends with the quiz, without controls', async ({ page }) => {
    await page.goto('/print/role/');
    const quizChapter = page.locator('main > article').last();
    await expect(quizChapter.getByRole('heading', { level: 2 }).first()).toHaveText(
      '知识自测：角色认知',
    );
    await expect(quizChapter.getByRole('button')).toHaveCount(0);
    await expect(quizChapter.locator('input')).toHaveCount(0);
    await expect(quizChapter.getByText(squeeze(ROLE[0].prompt).slice(0, 10))).toBeVisible();
  });
});
