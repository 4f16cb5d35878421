// Printouts: chapters as handouts, the print editions (/print/…), and worksheets on paper.
// Pages are printed the way a browser prints them (print media, the site's own @page size and
// margin boxes, no browser header or footer) and the PDF's text is read with pdftotext.
import { test, expect, type Page } from '@playwright/test';
import { builtHtml, htmlText } from '../support/html';
import { bodyText, pdfPageCount, pdfPages, printToPdf, squeeze } from '../support/pdf';
import { decodeQrSvg } from '../support/qr';
import { worksheetReady } from '../support/worksheet';
import { COURSE_TITLE, MODULES } from '../../src/course/modules.mjs';

const CHAPTER = '/role/duties/';
const CHAPTER_TITLE = '销售经理核心职责';
/** Site chrome that has no place on paper (sidebar labels are added per page below). */
const CHROME_WORDS = [
  '上一页',
  '下一页',
  '本页内容',
  '搜索',
  '打印本页',
  '跳转到内容',
  '深色',
  '浅色',
];

/** The text a reader prints: the chapter's title, objectives and body, without site chrome. */
function contentText(path: string): string {
  const html = builtHtml(path);
  const title = /<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const objectives = /<section class="course-objectives[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  // The body ends where the reading-progress marker (本页已读, not printed) or the footer begins.
  const body =
    /<div class="sl-markdown-content[\s\S]*?(?=<div class="course-page-end|<footer)/.exec(
      html,
    )?.[0] ?? '';
  return htmlText(title + objectives + body);
}

/** Sidebar link texts and group labels of a built page. */
function sidebarTexts(path: string): string[] {
  const nav = /<nav[^>]*aria-label="主要"[\s\S]*?<\/nav>/.exec(builtHtml(path))![0];
  const texts = [...nav.matchAll(/<(?:span|a)\b[^>]*>([^<]+)</g)].map((m) => m[1].trim());
  return [...new Set(texts.filter(Boolean))];
}

/** Words that must not reach paper: chrome and sidebar texts the printed content does not use itself. */
function chromeWords(path: string): string[] {
  const content = squeeze(contentText(path));
  return [...CHROME_WORDS, ...sidebarTexts(path)].filter((w) => !content.includes(squeeze(w)));
}

/** Replaces window.print with a counter, so a test can print to PDF while the page is "printing". */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

test.describe('a chapter printed as a handout', () => {
  test('has the body and none of the navigation, with a running header and page numbers', async ({
    page,
  }, info) => {
    await page.goto(CHAPTER);
    const file = await printToPdf(page, info, 'chapter');
    const pages = pdfPages(file);
    const text = squeeze(pages.join('\n'));

    // The body: title, objectives, every section heading, the last sentence.
    const html = builtHtml(CHAPTER);
    const headings = [...html.matchAll(/<h2 id="(?!starlight__)[^"]*">([^<]+)<\/h2>/g)].map(
      (m) => m[1],
    );
    expect(headings.length).toBeGreaterThan(4);
    for (const h of [CHAPTER_TITLE, '学习目标', ...headings]) expect(text).toContain(squeeze(h));
    const content = contentText(CHAPTER).trim();
    expect(text).toContain(squeeze(content.slice(-30)));

    // No chrome: sidebar, table of contents, search, prev/next, theme, skip link, the button.
    const words = chromeWords(CHAPTER);
    expect(words).toEqual(expect.arrayContaining(['课程导入', '上一页', '打印本页']));
    for (const w of words) expect(text, `"${w}" printed`).not.toContain(squeeze(w));

    // A4, a known length, a running header and 第 X 页 / 共 Y 页 on every page.
    const count = pdfPageCount(file);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
    expect(pages).toHaveLength(count);
    pages.forEach((p, i) => {
      const lines = p.split('\n').filter((l) => l.trim());
      expect(squeeze(lines[0])).toBe(squeeze(`${COURSE_TITLE} · ${CHAPTER_TITLE}`));
      expect(squeeze(lines.at(-1)!)).toBe(`第${i + 1}页/共${count}页`);
    });
  });

  test('tables repeat their header row, external links show their address, internal links are plain', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await page.emulateMedia({ media: 'print' });
    const table = page.getByRole('table').first();
    expect(await table.evaluate((t) => getComputedStyle(t).display)).toBe('table');
    expect(await table.evaluate((t) => getComputedStyle(t.querySelector('thead')!).display)).toBe(
      'table-header-group',
    );

    const internal = page.getByRole('main').getByRole('link', { name: '市场分析与商机识别' });
    expect(
      await internal.evaluate((a) => ({
        after: getComputedStyle(a, '::after').content,
        underline: getComputedStyle(a).textDecorationLine,
      })),
    ).toEqual({ after: 'none', underline: 'none' });

    const after = await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.com/guide';
      a.textContent = '外部指南';
      document.querySelector('main p')!.append(a);
      return getComputedStyle(a, '::after').content;
    });
    expect(after).toBe('" (https://example.com/guide)"');
  });

  test('a page read in the dark theme still prints dark text on white', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.goto(CHAPTER);
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const rgb = (c: string) =>
        c
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
      const text = (sel: string) => rgb(getComputedStyle(document.querySelector(sel)!).color);
      return {
        background: rgb(getComputedStyle(document.body).backgroundColor),
        title: text('h1'),
        body: text('main p'),
        diagram: text('.course-diagram strong, .course-case p, main td'),
      };
    });
    expect(colours.background).toEqual([255, 255, 255]);
    for (const c of [colours.title, colours.body, colours.diagram])
      expect(Math.max(...c), `text colour ${c}`).toBeLessThan(90);
  });

  test('打印本页 is a real button with visible focus that opens the print dialog', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    const button = page.getByRole('button', { name: '打印本页' });
    const printed = await stubPrint(page);
    await button.click();
    expect(await printed()).toBe(1);

    await page.getByRole('heading', { level: 1 }).click();
    for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');

    await page.emulateMedia({ media: 'print' });
    await expect(button).toBeHidden();
  });

  test("a module's first page links to the module's print edition, other pages do not", async ({
    page,
  }) => {
    await page.goto('/role/role/');
    const link = page.getByRole('link', { name: /打印整个模块/ });
    await expect(link).toHaveAttribute('href', '/print/role/');
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('角色认知');
    await page.goto(CHAPTER);
    await expect(page.getByRole('link', { name: /打印整个模块/ })).toHaveCount(0);
  });
});

test.describe('print editions', () => {
  test('a module edition has a cover, a contents list and every chapter in sidebar order', async ({
    page,
  }, info) => {
    await page.goto('/role/role/');
    const sidebar = page.getByRole('navigation', { name: '主要' });
    const expected: string[] = [];
    for (const a of await sidebar.getByRole('link').all())
      if ((await a.getAttribute('href'))?.startsWith('/role/')) expected.push(await a.innerText());
    expect(expected.length).toBeGreaterThanOrEqual(5);
    // The sidebar shows the quiz by its short label; printed, it keeps its title with the module.
    expect(expected.at(-1)).toBe('知识自测');
    expected[expected.length - 1] = '知识自测：角色认知';

    await page.goto('/print/role/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('角色认知');
    await expect(page.getByText(/编印日期：\d{4} 年 \d{1,2} 月 \d{1,2} 日/)).toBeVisible();
    const contents = page.getByRole('navigation', { name: '目录' });
    expect(await contents.getByRole('link').allInnerTexts()).toEqual(expected);
    const h2 = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(h2.filter((t) => expected.includes(t))).toEqual(expected);

    const file = await printToPdf(page, info, 'role');
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(expected.length + 2);
    // Cover: course, module list, no page number. Chapters: after the contents, in order,
    // each under its own running header.
    expect(squeeze(pages[0])).toContain(COURSE_TITLE);
    for (const m of MODULES) expect(squeeze(pages[0])).toContain(squeeze(m.label));
    expect(pages[0]).not.toMatch(/第\s*1\s*页/);
    const firstChapter = pages.findIndex((p) => p.includes('学习目标'));
    expect(firstChapter).toBeGreaterThanOrEqual(2);
    const body = squeeze(pages.slice(firstChapter).join('\n'));
    let at = 0;
    for (const title of expected) {
      const next = body.indexOf(squeeze(title), at);
      expect(next, `chapter "${title}" after the previous one`).toBeGreaterThanOrEqual(at);
      at = next + 1;
    }
    const headers = new Set(pages.map((p) => squeeze(p.split('\n').find((l) => l.trim()) ?? '')));
    for (const title of expected) expect(headers).toContain(squeeze(`${COURSE_TITLE} · ${title}`));
  });

  test('in-document links land in the same document, including links between chapters', async ({
    page,
  }) => {
    await page.goto('/print/role/');
    const report = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')];
      const missing = links
        .map((a) => decodeURIComponent(a.hash.slice(1)))
        .filter((id) => !document.getElementById(id));
      const chapterOf = (el: Element | null) => el?.closest('main > article');
      const crossing = links.filter((a) => {
        const from = chapterOf(a);
        const to = chapterOf(document.getElementById(decodeURIComponent(a.hash.slice(1))));
        return from && to && from !== to;
      });
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return {
        links: links.length,
        missing,
        duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
        crossing: crossing.map((a) => a.hash),
      };
    });
    expect(report.links).toBeGreaterThan(20);
    expect(report.missing).toEqual([]);
    expect(report.duplicates).toEqual([]);
    expect(report.crossing.length).toBeGreaterThan(0);

    const hash = report.crossing[0];
    await page.locator(`main > article a[href="${hash}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    const target = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
    await expect(target.getByRole('heading').first()).toBeInViewport();
  });

  test('the whole course: every module in course order, worksheets as notes instead of islands', async ({
    page,
  }) => {
    await page.goto('/intro/how-to-use/');
    await page.getByRole('link', { name: '全部课程的讲义版' }).click();
    // The whole course is one long document: read its headings only once it has finished loading.
    await page.waitForURL(/\/print\/$/, { waitUntil: 'load' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COURSE_TITLE);
    const h2 = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    const modules = h2.filter((t) => /^第 \d+ 模块/.test(t));
    expect(modules).toEqual(MODULES.map((m, i) => `第 ${i + 1} 模块 · ${m.label}`));
    expect(await page.locator('astro-island').count()).toBe(0);
    await expect(
      page.getByRole('complementary', { name: '练习：SMART 目标制定' }).first(),
    ).toBeVisible();
  });
});

test.describe('worksheets on paper', () => {
  const PAGE = '/exercises/smart-goal/';

  test('a long answer prints in full, without the worksheet controls', async ({ page }, info) => {
    await page.goto(PAGE);
    await worksheetReady(page, '目标名称');
    const answer = Array.from(
      { length: 110 },
      (_, i) => `第${i + 1}条：本季度重点拜访华东区连锁客户，跟进报价与样品试用。`,
    ).join('');
    expect(answer.length).toBeGreaterThanOrEqual(2000);
    await page.getByLabel('目标名称', { exact: true }).fill('华东区新客户开发');
    await page.getByLabel('具体描述', { exact: true }).fill(answer);

    const file = await printToPdf(page, info, 'smart-goal');
    const pages = pdfPages(file);
    expect(bodyText(pages)).toContain(squeeze(answer));
    const text = squeeze(pages.join('\n'));
    expect(text).toContain('华东区新客户开发');
    const content = squeeze(contentText(PAGE));
    const controls = [
      '当前文档',
      '新建',
      '重命名',
      '保存与分享',
      '分享链接',
      '打印空白表',
      '已保存',
    ];
    for (const w of [...controls, ...CHROME_WORDS].filter((w) => !content.includes(w)))
      expect(text, `"${w}" printed`).not.toContain(squeeze(w));
  });

  test('打印空白表 prints an empty form with room to write, then restores the answers', async ({
    page,
  }, info) => {
    await page.goto(PAGE);
    await worksheetReady(page, '目标名称');
    const name = page.getByLabel('目标名称', { exact: true });
    await name.fill('空白表测试目标');
    await page.getByLabel('具体描述', { exact: true }).fill('这段文字不应出现在空白表上');
    await page.getByLabel('目标值', { exact: true }).fill('98765');

    const printed = await stubPrint(page);
    await page.getByRole('button', { name: '打印空白表' }).click();
    await expect.poll(printed).toBe(1);
    await expect(name).toHaveValue('');

    // Room to write: on paper the 具体描述 box is several lines high.
    await page.emulateMedia({ media: 'print' });
    const box = page
      .getByLabel('具体描述', { exact: true })
      .locator('xpath=following-sibling::*[1]');
    expect((await box.boundingBox())!.height).toBeGreaterThan(90);

    const file = await printToPdf(page, info, 'blank');
    const text = squeeze(pdfPages(file).join('\n'));
    for (const label of ['目标名称', '具体描述', '可实现性依据', '里程碑'])
      expect(text).toContain(label);
    for (const data of ['空白表测试目标', '这段文字不应出现在空白表上', '98765'])
      expect(text, `"${data}" on the blank form`).not.toContain(data);

    // Printing ends with afterprint (page.pdf sends it too): the answers come back, unchanged.
    await expect(name).toHaveValue('空白表测试目标');
    await expect(page.getByLabel('目标值', { exact: true })).toHaveValue('98765');
  });
});

test('a print edition gives each worksheet’s full address and a QR code, and no web-page talk', async ({
  page,
  baseURL,
}, info) => {
  await page.goto('/print/channels/');
  const note = page.getByRole('complementary', { name: '练习：渠道价格计算器' });
  const url = `${baseURL}/exercises/channel-pricing/`;
  await expect(note).toContainText(`在线填写：${url}`);
  const qr = note.getByRole('img', { name: new RegExp(`在线填写地址二维码：${url}$`) });
  await expect(qr).toBeVisible();

  // The QR code decodes to the address printed beside it.
  expect(await decodeQrSvg(qr)).toBe(url);

  const text = squeeze(pdfPages(await printToPdf(page, info, 'channels')).join('\n'));
  expect(text).toContain(squeeze(`在线填写：${url}`));
  for (const web of ['下面就是这张练习', '自动保存在你的浏览器里', '在线填写请打开练习页', '点击'])
    expect(text, `"${web}" printed`).not.toContain(web);
});

test.describe('a blank worksheet on paper is a form, not a web page', () => {
  // Screen-only words that must not reach paper: widget text, notes about what will appear,
  // validation messages, the browser-storage note.
  const SCREEN_ONLY = [
    'mm/dd/yyyy',
    '未完成',
    '请填写',
    '后显示',
    '后即可',
    '还需要填写',
    '这里会生成',
    '还没有里程碑',
    '还没有成员',
    '还没有档位',
    '你的数据只在这台设备上',
    '点击',
  ];
  const PAGES = [
    ['/team/performance/', '目标名称'],
    ['/channels/pricing/', '建议零售价'],
    ['/exercises/smart-goal/', '目标名称'],
    ['/exercises/channel-pricing/', '建议零售价'],
    ['/exercises/team-competency/', '团队名称'],
    ['/exercises/scorecard/', '考核周期'],
    ['/exercises/action-plan/', '计划开始日期'],
    ['/exercises/pipeline-forecast/', '期间目标'],
    ['/exercises/commission-plan/', '底薪'],
    ['/exercises/customer-grading/', '团队或区域'],
  ] as const;

  for (const [path, field] of PAGES) {
    test(`${path}`, async ({ page }, info) => {
      await page.goto(path);
      await worksheetReady(page, field);
      const text = squeeze(pdfPages(await printToPdf(page, info, 'blank')).join('\n'));
      // The chapter's own text may use a word; only what the worksheet adds is checked.
      const chapter = squeeze(
        await page.evaluate(() => {
          const main = document.querySelector('.sl-markdown-content')!.cloneNode(true) as Element;
          main.querySelectorAll('.course-worksheet, .course-no-print').forEach((e) => e.remove());
          return main.textContent ?? '';
        }),
      );
      for (const w of SCREEN_ONLY.filter((w) => !chapter.includes(squeeze(w))))
        expect(text, `"${w}" printed`).not.toContain(squeeze(w));
      // Empty lists print as rows to write in.
      if (field === '目标名称') expect(text).toContain(squeeze('日期描述'));
      if (field === '计划开始日期') expect(text).toContain(squeeze('行动负责人完成日期状态'));
      if (field === '底薪') {
        expect(text).toContain(squeeze('销售代表目标实际销售额毛利回款绩效系数'));
        expect(text).toContain(squeeze('销售代表达成率提成计算过程提成收入（底薪 + 提成）'));
      }
    });
  }
});
