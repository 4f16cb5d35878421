// Role-play kits on the seven 销售技能 pages (src/components/roleplay/): three role cards, the
// customer's facts behind a disclosure on screen and in full on paper, a model dialogue with
// labelled weak and strong lines, and the observer's scoring sheet on a page of its own.
import { test, expect, type Page } from '@playwright/test';
import { bodyText, pdfPageCount, pdfPages, printToPdf, squeeze } from '../support/pdf';

const SKILLS = [
  'sales-process',
  'needs',
  'consultative',
  'presentation',
  'negotiation',
  'objections',
  'follow-up',
] as const;

/** The page the detailed checks use, with a fact only the customer's card holds. */
const PAGE = '/skills/objections/';
const SHEET = '观察员评分表：二批商说“你们太贵了”';
const SECRET = '去年 10 月有 30 箱快到保质期的货';

/** The main column of a chapter, where its kit is. */
function content(page: Page) {
  return page.locator('.sl-markdown-content');
}

async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test('every skills page has one kit before 要点回顾: three cards, 10–20 turns, 3–5 pairs, 5–8 behaviours', async ({
  page,
}) => {
  for (const slug of SKILLS) {
    await page.goto(`/skills/${slug}/`);
    const main = content(page);
    const h2 = await main.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(
      h2.filter((t) => t === '角色扮演'),
      slug,
    ).toHaveLength(1);
    expect(h2.indexOf('角色扮演'), slug).toBe(h2.indexOf('要点回顾') - 1);

    for (const card of ['销售代表角色卡', '客户角色卡', '观察员角色卡'])
      await expect(main.getByText(card, { exact: true }), `${slug}: ${card}`).toHaveCount(1);

    const dialogue = main.getByRole('list').filter({ has: page.getByText('较弱的说法') });
    const turns = await dialogue.getByRole('listitem').count();
    expect(turns, `${slug}: turns`).toBeGreaterThanOrEqual(10);
    expect(turns, `${slug}: turns`).toBeLessThanOrEqual(20);
    const pairs = await main.getByText('较弱的说法', { exact: true }).count();
    expect(pairs, `${slug}: pairs`).toBeGreaterThanOrEqual(3);
    expect(pairs, `${slug}: pairs`).toBeLessThanOrEqual(5);

    const sheet = page.getByRole('region', { name: /^观察员评分表：/ });
    await expect(sheet, slug).toHaveCount(1);
    const behaviours = await sheet.getByRole('rowheader').count();
    expect(behaviours, `${slug}: behaviours`).toBeGreaterThanOrEqual(5);
    expect(behaviours, `${slug}: behaviours`).toBeLessThanOrEqual(8);
  }
});

test('the customer card opens on demand; weak and strong lines are labelled in text, with a note and a link', async ({
  page,
}) => {
  // The kit's styles live under the site's Content-Security-Policy like the rest of the page.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(PAGE);
  const main = content(page);
  for (const card of ['销售代表角色卡', '观察员角色卡'])
    await expect(main.getByText(card, { exact: true })).toBeVisible();

  // The customer's facts wait behind their card until it is opened, by keyboard as by pointer.
  const secret = main.getByText(SECRET);
  await expect(secret).toBeHidden();
  const customer = main.getByText('客户角色卡', { exact: true });
  await customer.click();
  await expect(secret).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(secret).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(secret).toBeVisible();

  // Each pair: both labels, the note, and a link to the technique on this page.
  const pairs = main.getByRole('listitem').filter({ has: page.getByText('较弱的说法') });
  const count = await pairs.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const pair = pairs.nth(i);
    await expect(pair.getByText('更好的说法', { exact: true })).toBeVisible();
    await expect(pair.getByText('为什么更好：')).toBeVisible();
    await expect(pair.getByRole('link')).toHaveAttribute('href', /^#/);
  }

  // Side by side on a wide screen...
  const weak = pairs.first().getByText('较弱的说法', { exact: true });
  const strong = pairs.first().getByText('更好的说法', { exact: true });
  const [w, s] = [(await weak.boundingBox())!, (await strong.boundingBox())!];
  expect(Math.abs(w.y - s.y)).toBeLessThan(4);
  expect(s.x).toBeGreaterThan(w.x + w.width);

  // ...and one above the other on a phone, without sideways scroll.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect
    .poll(async () => (await strong.boundingBox())!.y - (await weak.boundingBox())!.y)
    .toBeGreaterThan(20);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page scrolls sideways at 375 px').toBeLessThanOrEqual(0);
  expect(refused).toEqual([]);
});

test('on paper: the customer card in full though closed, the sheet on a page of its own and alone on one A4 page', async ({
  page,
}, info) => {
  await page.goto(PAGE);
  await expect(content(page).getByText(SECRET)).toBeHidden();

  const whole = pdfPages(await printToPdf(page, info, 'chapter'));
  const text = bodyText(whole);
  expect(text).toContain(squeeze(SECRET));
  expect(text).toContain('较弱的说法');
  for (const web of ['点击', '扮演销售代表的人练完再看', '只打印这张表'])
    expect(text, `"${web}" printed`).not.toContain(web);
  const own = whole.findIndex((p) => bodyText([p]).startsWith(squeeze(SHEET)));
  expect(own, 'a page that starts with the sheet').toBeGreaterThan(0);
  expect(bodyText([whole[own]])).toContain('评分（1–5分）');

  await page.emulateMedia({ media: 'screen' });
  const printed = await stubPrint(page);
  await page
    .getByRole('region', { name: SHEET })
    .getByRole('button', { name: '只打印这张表' })
    .click();
  expect(await printed()).toBe(1);
  const file = await printToPdf(page, info, 'sheet');
  expect(pdfPageCount(file)).toBe(1);
  const sheet = bodyText(pdfPages(file));
  expect(sheet.startsWith(squeeze(SHEET))).toBe(true);
  for (const word of ['让客户把话说完', '证据（原话或做法，第几轮）', '下一次最该改的一处'])
    expect(sheet).toContain(squeeze(word));
  for (const other of ['销售代表角色卡', '示范对话', '要点回顾'])
    expect(sheet, `"${other}" printed with the sheet`).not.toContain(other);
});

test("the module's 讲义版 prints every kit: the customer cards in full, each sheet whole on a page of its own", async ({
  page,
}, info) => {
  test.slow();
  await page.goto('/print/skills/');
  const pages = pdfPages(await printToPdf(page, info, 'skills-edition'));
  expect(bodyText(pages)).toContain(squeeze(SECRET));
  const sheets = pages.filter((p) => bodyText([p]).startsWith('观察员评分表：'));
  expect(sheets).toHaveLength(SKILLS.length);
  for (const sheet of sheets) expect(bodyText([sheet])).toContain('下一次最该改的一处');
});
