/**
 * 500 rows on a mid phone: the three list worksheets (销售漏斗预测, 客户分级与流失预警,
 * 提成方案测算) with a 500-row block pasted through 导入表格, at 375 × 667 with the CPU slowed
 * 4× (Lighthouse's mobile setting). For each worksheet:
 *   - import: from 「导入 500 行」 to the table of 500 rows on screen;
 *   - paging: 下一页 to the next page of rows drawn (the lists show 25 rows at a time);
 *   - keystroke: the longest of three key presses in the 250th row, from the key to the next
 *     frame painted (what INP counts);
 *   - reopen: on the page reloaded, from scrolling to the worksheet to its saved 500 rows.
 * Used by bench.mjs; `node scripts/bench-rows.mjs <origin>` runs it alone against a served dist.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/browser.ts';

export const ROWS = Number(process.env.BENCH_ROWS ?? 500);
const SLOWDOWN = 4;

/**
 * Milliseconds at 4× slowdown on this 2-core host. A key press under 200 ms is what INP calls
 * good; a list drawn within 1.5 s, a page of rows within 1 s, a reopened list within 2.5 s.
 */
export const ROWS_BUDGET = { import: 1_500, paging: 1_000, keystroke: 200, reopen: 2_500 };

const STAGES = ['需求分析', '方案提交', '谈判议价', '促成成交'];
const CATEGORIES = ['承诺', '可能', '储备'];

/** The worksheets, each with a header row and its i-th row as copied from a spreadsheet. */
export const LISTS = [
  {
    path: '/exercises/pipeline-forecast/',
    header: ['客户名称', '金额', '阶段', '预计成交日期', '负责人', '预测类别'],
    row: (i) => [
      `客户${i}`,
      `${(i % 97) * 10 + 10}`,
      STAGES[i % 4],
      `2027/${(i % 12) + 1}/${(i % 28) + 1}`,
      `代表${i % 23}`,
      CATEGORIES[i % 3],
    ],
    caption: (n) => `商机清单（${n} 条）`,
    pager: '商机：分页',
    field: (n) => `商机 ${n} 客户名称`,
  },
  {
    path: '/exercises/customer-grading/',
    header: ['客户名称', '年销售额', '当前销售额', '未来潜力', '战略价值', '合作稳定性', '负责人'],
    row: (i) => [
      `客户${i}`,
      `${(i % 89) * 10 + 10}`,
      (i % 5) + 1,
      ((i + 2) % 5) + 1,
      ((i + 1) % 5) + 1,
      ((i + 3) % 5) + 1,
      `代表${i % 23}`,
    ],
    caption: (n) => `客户评分（${n} 家）`,
    pager: '客户与评分：分页',
    field: (n) => `客户 ${n} 客户名称`,
  },
  {
    path: '/exercises/commission-plan/',
    header: ['销售代表', '目标', '实际销售额', '毛利', '回款'],
    row: (i) => [
      `代表${i}`,
      '500,000',
      `${(i % 41) * 10000 + 100000}`,
      `${(i % 41) * 2500 + 20000}`,
      `${(i % 41) * 9000 + 80000}`,
    ],
    caption: (n) => `销售代表名单（${n} 人）`,
    pager: '销售代表：分页',
    field: (n) => `销售代表 ${n} 销售代表`,
  },
];

export const block = (list, rows = ROWS) =>
  [list.header, ...Array.from({ length: rows }, (_, i) => list.row(i + 1))]
    .map((cells) => cells.join('\t'))
    .join('\r\n');

/**
 * Starts timing key presses as INP counts them (Event Timing): each interaction from the key's
 * arrival to the frame that shows its result, input delay and processing included. Returns
 * the longest of the first `count` interactions.
 */
async function timeKeys(page) {
  await page.evaluate(() => {
    window.__keys = new Map();
    const note = (entries) => {
      for (const entry of entries) {
        if (!entry.interactionId) continue;
        const was = window.__keys.get(entry.interactionId) ?? 0;
        window.__keys.set(entry.interactionId, Math.max(was, entry.duration));
      }
    };
    window.__keyObserver = new PerformanceObserver((list) => note(list.getEntries()));
    window.__keyObserver.observe({ type: 'event', durationThreshold: 16 });
    window.__keyNote = note;
  });
  return async (count) => {
    // Interactions faster than 16 ms are not reported: wait for the last key to be handled
    // and a frame to pass, then take what was reported (at most `count`).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))),
    );
    const times = await page.evaluate(() => {
      window.__keyNote(window.__keyObserver.takeRecords());
      return [...window.__keys.values()];
    });
    return Math.round(Math.max(0, ...times.slice(0, count)));
  };
}

/**
 * Scrolls to a control until it is enabled: islands hydrate when they come into view and may
 * swap the server-rendered node meanwhile, so this retries as a whole.
 */
async function ready(locator) {
  for (let tries = 0; ; tries++) {
    try {
      await locator.scrollIntoViewIfNeeded({ timeout: 2_000 });
      if (await locator.isEnabled({ timeout: 2_000 })) return;
    } catch (error) {
      if (tries >= 30) throw error;
    }
    await locator.page().waitForTimeout(200);
  }
}

/** Figures for one worksheet: { import, paging, keystroke, reopen } in milliseconds. */
export async function measureList(browser, origin, list) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The phone's speed applies to what is measured; finding controls (Playwright's own work
  // over thousands of labels) runs at full speed.
  const slow = (on) => cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? SLOWDOWN : 1 });
  await page.goto(origin + list.path, { waitUntil: 'networkidle' });

  const open = page.getByRole('button', { name: '导入表格' });
  await ready(open);
  await open.click();
  await page.getByLabel('粘贴表格内容').fill(block(list));
  await page.getByRole('button', { name: '预览' }).click();
  const importButton = page.getByRole('button', { name: `导入 ${ROWS} 行` });
  await importButton.waitFor();
  await slow(true);
  let start = Date.now();
  await importButton.click();
  await page.getByRole('table', { name: list.caption(ROWS) }).waitFor();
  const imported = Date.now() - start;
  await slow(false);

  // The list shows a page of rows at a time: 下一页 once (timed), then the page picker to the
  // page of the row typed into.
  const pager = page.getByRole('navigation', { name: list.pager });
  const next = pager.getByRole('button', { name: '下一页' });
  await next.scrollIntoViewIfNeeded();
  const picker = pager.getByRole('combobox', { name: '页码' });
  const perPage = Number((await picker.locator('option').first().textContent()).match(/–(\d+)/)[1]);
  await slow(true);
  start = Date.now();
  await next.click();
  await page.getByLabel(list.field(perPage + 1)).waitFor();
  const paging = Date.now() - start;
  await slow(false);
  const field = page.getByLabel(list.field(ROWS / 2));
  await picker.selectOption({ index: Math.floor((ROWS / 2 - 1) / perPage) });
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await page.keyboard.press('End');
  const longest = await timeKeys(page);
  await slow(true);
  await page.keyboard.type('abc');
  await page.waitForFunction((el) => el.value.endsWith('abc'), await field.elementHandle());
  const keystroke = await longest(3);
  await slow(false);

  // The autosave has kept the list: reopening shows it.
  await page.waitForFunction(
    (typed) =>
      Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(typed)),
    `${ROWS / 2}abc`,
  );
  await page.reload({ waitUntil: 'load' });
  await slow(true);
  start = Date.now();
  // The worksheet is drawn when it comes into view: scroll to it as a reader does.
  await open.scrollIntoViewIfNeeded();
  await page.getByRole('table', { name: list.caption(ROWS) }).waitFor();
  const reopen = Date.now() - start;

  await context.close();
  return { import: imported, paging, keystroke, reopen };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2] ?? 'http://127.0.0.1:4190';
  const args = process.getuid?.() === 0 ? ['--no-sandbox', ...CHROMIUM_ARGS] : CHROMIUM_ARGS;
  const browser = await chromium.launch({ executablePath: findChromium(), args });
  const only = process.argv[3];
  for (const list of LISTS.filter((l) => !only || l.path.includes(only))) {
    console.log(list.path, await measureList(browser, origin, list));
  }
  await browser.close();
}
