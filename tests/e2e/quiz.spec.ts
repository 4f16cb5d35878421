// Knowledge checks (知识自测): answering, feedback, the saved score, the links to the teaching
// section, printing with the answer key on its own page, accessibility.
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
const correctIndexes = (q: Question) => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** Choose options by index (radio or checkbox) and press 核对答案. */
async function answer(li: Locator, indexes: number[]) {
  const inputs = li.locator('input');
  for (const i of indexes) await inputs.nth(i).check();
  await li.getByRole('button', { name: '核对答案' }).click();
}

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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('知识自测');
    await expect(page.getByRole('status').first()).toContainText(`共 ${ROLE.length} 题`);

    // Nothing chosen: a message, no score.
    const first = item(page, ROLE[0]);
    await first.getByRole('button', { name: '核对答案' }).click();
    await expect(first.locator('.quiz-feedback')).toContainText('请先选择一个答案');

    // Right answer on the first question.
    await answer(first, correctIndexes(ROLE[0]));
    const feedback = first.locator('.quiz-feedback');
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText('回答正确');
    const link = feedback.getByRole('link');
    await expect(link).toHaveAttribute('href', `${ROLE[0].source.page}#${ROLE[0].source.anchor}`);
    await expect(first.locator('input').first()).toBeDisabled();

    // A wrong answer on the second one names the right option.
    const wrong = ROLE[1].options.findIndex((o) => !o.correct);
    await answer(item(page, ROLE[1]), [wrong]);
    const letters = correctIndexes(ROLE[1])
      .map((i) => 'ABCDEF'[i])
      .join('、');
    await expect(item(page, ROLE[1]).locator('.quiz-feedback')).toContainText(
      `回答不对。正确答案是 ${letters}。`,
    );
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `已核对 2/${ROLE.length} 题，答对 1 题。`,
    );

    // The rest right: the attempt is complete and scored.
    for (const q of ROLE.slice(2)) await answer(item(page, q), correctIndexes(q));
    const total = ROLE.length;
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `本次作答完成：共 ${total} 题，答对 ${total - 1} 题。`,
    );
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total - 1}/${total}`,
    );

    // The page is still usable on a phone, in both themes, with feedback open.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      expect(await axe(page), theme).toEqual([]);
    }

    // After a reload: the answers, feedback and score are back.
    await page.reload();
    await expect(page.locator('.quiz-score-saved')).toContainText(
      `最近一次完成：${total - 1}/${total}`,
    );
    await expect(item(page, ROLE[1]).locator('.quiz-feedback')).toContainText('回答不对');
    await expect(
      item(page, ROLE[0]).locator('input').nth(correctIndexes(ROLE[0])[0]),
    ).toBeChecked();

    // 重新作答: answers cleared, the saved result stays; a better retry becomes the best score.
    await page.getByRole('button', { name: '重新作答' }).click();
    await expect(item(page, ROLE[0]).locator('.quiz-feedback')).toBeHidden();
    await expect(item(page, ROLE[0]).locator('input').first()).toBeEnabled();
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `共 ${total} 题。每题选好后点击“核对答案”。`,
    );
    for (const q of ROLE) await answer(item(page, q), correctIndexes(q));
    await expect(page.locator('.quiz-score-now')).toHaveText(
      `本次作答完成：共 ${total} 题，答对 ${total} 题。`,
    );

    // The 学习进度 page lists the result.
    await page.goto('/reference/progress/');
    await expect(page.getByRole('row', { name: /角色认知/ })).toContainText(`${total}/${total}`);
  });

  test('multiple choice: all correct options are needed', async ({ page }) => {
    const q = ROLE.find((x) => x.type === 'multiple')!;
    await page.goto('/role/quiz/');
    const li = item(page, q);
    await expect(li.getByRole('checkbox')).toHaveCount(q.options.length);
    await answer(li, correctIndexes(q).slice(0, -1));
    await expect(li.locator('.quiz-feedback')).toContainText('回答不对');
  });

  test('works with the keyboard alone', async ({ page }) => {
    const q = ROLE[0];
    await page.goto('/role/quiz/');
    const radios = item(page, q).getByRole('radio');
    await radios.first().focus();
    for (let i = 0; i < correctIndexes(q)[0]; i++) await page.keyboard.press('ArrowDown');
    await expect(radios.nth(correctIndexes(q)[0])).toBeChecked();
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
    // The key page starts with the key (after the running header), and lists every answer.
    const lines = pdfPages(file)
      [keyPage].split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(squeeze(lines[1])).toBe(squeeze('答案与解析（讲师用）'));
    const key = pages.slice(keyPage).join('');
    ROLE.forEach((q, i) => {
      const letters = correctIndexes(q)
        .map((n) => 'ABCDEF'[n])
        .join('、');
      expect(key).toContain(squeeze(`第 ${i + 1} 题：${letters}`));
    });
  });

  test('the module print edition ends with the quiz, without controls', async ({ page }) => {
    await page.goto('/print/role/');
    const quizChapter = page.locator('main > article').last();
    await expect(quizChapter.getByRole('heading', { level: 2 }).first()).toHaveText('知识自测');
    await expect(quizChapter.getByRole('button')).toHaveCount(0);
    await expect(quizChapter.locator('input')).toHaveCount(0);
    await expect(quizChapter.getByText(squeeze(ROLE[0].prompt).slice(0, 10))).toBeVisible();
  });
});
