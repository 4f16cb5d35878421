// Blank paper forms that chapters ask the reader to fill in (src/components/forms/): each prints on
// a page of its own with the chapter, and alone on one A4 page with 只打印这张表.
import { test, expect, type Page } from '@playwright/test';
import { bodyText, pdfPageCount, pdfPages, printToPdf, squeeze } from '../support/pdf';

const FORMS = [
  {
    path: '/role/pitfalls/',
    id: 'quote-authority',
    title: '报价授权表',
    words: [
      '团队或区域',
      '批准人',
      '销售经理审批',
      '接近或低于最低限价的特价',
      '越权报价的处理办法',
    ],
  },
  {
    path: '/process/planning/',
    id: 'weekly-plan',
    title: '周计划表',
    words: ['周次（起止日期）', '拜访目的（推进到哪一步）', '客户拜访（次）', '经理意见'],
  },
  {
    path: '/team/recruiting/',
    id: 'interview-scorecard',
    title: '结构化面试评分表',
    words: ['候选人', '行为证据（情境、任务、行动、结果）', '抗压能力', '□待定，需要再面'],
  },
  {
    path: '/customers/key-accounts/',
    id: 'account-file',
    title: '客户档案',
    words: ['建档日期', '关键联系人', '在决策中的角色', '接触历史', '发展规划'],
  },
] as const;

async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

for (const form of FORMS) {
  test(`${form.title}: linked from its chapter, on a page of its own, and alone on one A4 page`, async ({
    page,
  }, info) => {
    await page.goto(form.path);
    // The text links to the form.
    const link = page.locator(`.sl-markdown-content a[href="#${form.id}"]`);
    await link.click();
    await expect(page.getByRole('heading', { name: form.title, level: 3 })).toBeInViewport();

    // The chapter on paper: the form starts a page, with its title first on it.
    const whole = pdfPages(await printToPdf(page, info, 'chapter'));
    const own = whole.findIndex((p) => bodyText([p]).startsWith(squeeze(form.title)));
    expect(own, 'a page that starts with the form').toBeGreaterThan(0);
    expect(bodyText(whole.slice(own))).toContain(squeeze(form.words[0]));

    // 只打印这张表: a real button; the printout holds the form and nothing else of the chapter.
    await page.emulateMedia({ media: 'screen' });
    const printed = await stubPrint(page);
    const section = page.getByRole('region', { name: form.title });
    await section.getByRole('button', { name: '只打印这张表' }).click();
    expect(await printed()).toBe(1);
    const file = await printToPdf(page, info, 'form');
    expect(pdfPageCount(file)).toBe(1);
    const text = bodyText(pdfPages(file));
    expect(text.startsWith(squeeze(form.title))).toBe(true);
    for (const word of form.words) expect(text).toContain(squeeze(word));
    for (const web of ['思考与练习', '要点回顾', '只打印这张表', '点击', '学习目标'])
      expect(text, `"${web}" printed`).not.toContain(web);

    // After printing, the page prints whole again.
    await expect(page.locator('html')).not.toHaveAttribute('data-print-form');
    expect(bodyText(pdfPages(await printToPdf(page, info, 'again')))).toContain('思考与练习');
  });
}
