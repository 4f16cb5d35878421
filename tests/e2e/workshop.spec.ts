import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { exportDocument } from '../../exercises/core/files';
import { newDocument } from '../../exercises/core/document';
import { smartGoalWorksheet } from '../../exercises/smart-goal/basics';
import { axeViolations, setTheme } from '../support/axe';
import { decodeQrSvg } from '../support/qr';
import { frameReady, openHost, otherOrigin, snippetFor, writeHost } from '../support/host';
import { fieldReady, savedContaining, storedKeys, worksheetReady } from '../support/worksheet';

// Workshop mode: the embed route, the 嵌入与分享 panel, 下一位参与者 and the 汇总 page.

const EXAMPLE_SUBJECT = '某区域工业润滑油业务';

/** Height of the iframe on the host page and of the content inside it. */
async function heights(page: Page) {
  const iframe = await page.locator('iframe').boundingBox();
  const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
  const content = await inner.evaluate(
    () => document.getElementById('embed-root')!.getBoundingClientRect().height,
  );
  return { iframe: iframe!.height, content };
}

test.describe('embed route', () => {
  test('shows the worksheet alone: no site header, sidebar or search; a footer link to the chapter', async ({
    page,
  }) => {
    await page.goto('/embed/swot/');
    await worksheetReady(page, '分析对象');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SWOT 分析矩阵');
    await expect(page.locator('header, nav, site-search, .sidebar-pane')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /搜索/ })).toHaveCount(0);
    const back = page.getByRole('contentinfo').getByRole('link');
    await expect(back).toHaveAttribute('href', '/process/market-analysis/');
    await expect(back).toContainText('市场分析与商机识别');
    // The same saving, export and share features as on the worksheet page.
    for (const name of ['保存为文件', '分享链接']) {
      await expect(page.getByRole('button', { name })).toBeVisible();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations (${theme}), 375 px without sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await setTheme(page, theme);
      await page.goto('/embed/swot/?ns=axe-1');
      await worksheetReady(page, '分析对象');
      expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
      await expect(page.getByRole('button', { name: '下一位参与者' })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('ns keeps a workshop’s documents apart from other workshops and from the own ones', async ({
    page,
  }) => {
    await page.goto('/embed/swot/?ns=Team-A');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('甲组的市场');
    await savedContaining(page, '甲组的市场');

    await page.goto('/embed/swot/?ns=team-b');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('');

    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('');

    await page.goto('/embed/swot/?ns=team-a');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('甲组的市场');
    const keys = await storedKeys(page);
    expect(keys.some((k) => k.startsWith('smc:v1:ws.team-a:swot:doc:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('smc:v1:default:swot:doc:'))).toBe(false);
  });

  test('a bad workshop code is refused with a Chinese message, and nothing is loaded', async ({
    page,
  }) => {
    await page.goto(`/embed/swot/?ns=${encodeURIComponent('上海 01')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('工作坊代码只能包含英文字母、数字');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveCount(0);
    await alert.getByRole('link', { name: '不使用工作坊代码，打开个人练习表' }).click();
    await worksheetReady(page, '分析对象');
    expect(new URL(page.url()).search).toBe('');
  });

  test('example=1 starts from the worked example; with lock=1 it is read-only and stores nothing', async ({
    page,
  }) => {
    await page.goto('/embed/swot/?ns=ex-1&example=1');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue(EXAMPLE_SUBJECT);

    await page.goto('/embed/swot/?ns=ex-2&example=1&lock=1');
    await expect(page.getByText(/是只读的示例，不能修改/)).toBeVisible();
    const subject = page.getByLabel('分析对象', { exact: true });
    await expect(subject).toHaveValue(EXAMPLE_SUBJECT);
    await expect(subject).toBeDisabled();
    await expect(page.getByText('打开文件')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '下一位参与者' })).toHaveCount(0);
    expect((await storedKeys(page)).filter((k) => k.includes('ex-2:'))).toEqual([]);
  });

  test('a shared copy opened in a workshop hides 下一位参与者 until it is closed', async ({
    page,
    context,
  }) => {
    await page.goto('/embed/swot/?ns=share-1');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('学员甲的分析');
    await savedContaining(page, '学员甲的分析');
    await page.getByRole('button', { name: '分享链接' }).click();
    const link = await page.getByLabel('分享链接（只读，可复制）').inputValue();

    // The trainer opens the participant's link on a device that has the same workshop open.
    const trainer = await context.newPage();
    await trainer.goto('/embed/swot/?ns=share-1');
    await worksheetReady(trainer, '分析对象');
    await expect(trainer.getByRole('button', { name: '下一位参与者' })).toBeVisible();
    await trainer.goto(link);
    await expect(trainer.getByRole('region', { name: /你正在查看别人分享的/ })).toBeVisible();
    await expect(trainer.getByLabel('分析对象', { exact: true })).toHaveValue('学员甲的分析');
    await expect(trainer.getByRole('button', { name: '下一位参与者' })).toHaveCount(0);
    await trainer.getByRole('button', { name: '关闭', exact: true }).click();
    await expect(trainer.getByRole('button', { name: '下一位参与者' })).toBeVisible();
  });

  test('下一位参与者 offers an export, then clears this workshop only', async ({ page }) => {
    // The learner's own SWOT, and two worksheets of workshop w-1, plus one of workshop w-2.
    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('我自己的分析');
    await savedContaining(page, '我自己的分析');
    for (const [path, label, text] of [
      ['/embed/smart-goal/?ns=w-1', '目标名称', '参与者甲的目标'],
      ['/embed/swot/?ns=w-2', '分析对象', '另一场工作坊'],
      ['/embed/swot/?ns=w-1', '分析对象', '参与者甲的分析'],
    ] as const) {
      await page.goto(path);
      await worksheetReady(page, label);
      await page.getByLabel(label, { exact: true }).fill(text);
      await savedContaining(page, text);
    }

    await page.getByRole('button', { name: '下一位参与者' }).click();
    const confirm = page.getByRole('group', { name: '下一位参与者' });
    await expect(confirm).toContainText('工作坊 w-1');
    await expect(confirm.getByRole('button', { name: '先保存为文件' })).toBeFocused();
    const download = page.waitForEvent('download');
    await confirm.getByRole('button', { name: '先保存为文件' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^swot-.*\.json$/);

    await confirm.getByRole('button', { name: '清除并交给下一位' }).click();
    await expect(page.getByText('已清除工作坊 w-1 在这台设备上的数据')).toBeVisible();
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('');
    const keys = await storedKeys(page);
    expect(keys.filter((k) => k.startsWith('smc:v1:ws.w-1:'))).toEqual([]);
    expect(keys.some((k) => k.startsWith('smc:v1:ws.w-2:swot:doc:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('smc:v1:default:swot:doc:'))).toBe(true);

    await page.reload();
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('');
    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('我自己的分析');
  });
});

test.describe('embedded in a page of another origin', () => {
  test('the iframe grows to its content; typing is kept (partitioned storage or the host page) and survives a reload', async ({
    page,
    baseURL,
  }) => {
    const snippet = snippetFor(baseURL!, '?ns=xo-1');
    await openHost(page, baseURL!, snippet);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);

    // Sized by public/embed.js to the worksheet's own height, not the snippet's 720 px.
    await expect.poll(async () => Math.abs((await heights(page)).iframe - 720)).toBeGreaterThan(50);
    await expect
      .poll(async () => {
        const h = await heights(page);
        return Math.abs(h.iframe - h.content);
      })
      .toBeLessThanOrEqual(2);

    // Growing content makes the iframe grow.
    const before = (await heights(page)).iframe;
    const add = frame.getByLabel('添加优势', { exact: true });
    for (const text of ['网点多', '服务好', '交期短', '品牌老']) {
      await add.fill(text);
      await add.press('Enter');
    }
    await expect.poll(async () => (await heights(page)).iframe).toBeGreaterThan(before + 40);

    // A message of the right shape from anywhere but the iframe is ignored.
    const sized = (await heights(page)).iframe;
    await page.evaluate(() => window.postMessage({ type: 'smc-embed-height', height: 150 }, '*'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect((await heights(page)).iframe).toBe(sized);

    // Browsers either partition a third-party iframe's storage or block it (Chromium blocks it
    // when third-party cookies are blocked); then the host page's embed.js keeps the work.
    // Either way typing survives a reload of the host page (more in embed-bridge.spec.ts).
    const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
    const storage = await inner.evaluate(() => {
      try {
        localStorage.setItem('smc:probe-test', '1');
        localStorage.removeItem('smc:probe-test');
        return true;
      } catch {
        return false;
      }
    });
    test.info().annotations.push({
      type: 'iframe storage',
      description: storage ? 'partitioned' : 'blocked (kept by the host page)',
    });
    await frame.getByLabel('分析对象', { exact: true }).fill('嵌入后填写的内容');
    const where = storage ? inner : page;
    await expect
      .poll(() =>
        where.evaluate(() =>
          Object.keys(localStorage).some((k) =>
            (localStorage.getItem(k) ?? '').includes('嵌入后填写的内容'),
          ),
        ),
      )
      .toBe(true);
    await page.reload();
    await writeHost(page, snippet);
    const again = page.frameLocator('iframe');
    await frameReady(again);
    await expect(again.getByLabel('分析对象', { exact: true })).toHaveValue('嵌入后填写的内容');
    await expect(again.getByText(/只保存在内存中/)).toHaveCount(0);
  });

  test('embedded on a page of the same site, typing survives a reload of the host page', async ({
    page,
    baseURL,
  }) => {
    const snippet = snippetFor(baseURL!, '?ns=same-1');
    await page.goto('/robots.txt');
    await writeHost(page, snippet);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    await frame.getByLabel('分析对象', { exact: true }).fill('同站嵌入的内容');
    await expect
      .poll(() => page.evaluate(() => JSON.stringify(localStorage)))
      .toContain('同站嵌入的内容');
    await page.reload();
    await writeHost(page, snippet);
    const again = page.frameLocator('iframe');
    await frameReady(again);
    await expect(again.getByLabel('分析对象', { exact: true })).toHaveValue('同站嵌入的内容');
    await expect(again.getByText(/只保存在内存中/)).toHaveCount(0);
  });

  test('where the iframe may not use storage and the host page has no embed.js, the memory notice appears and the work goes on', async ({
    page,
    baseURL,
  }) => {
    // Block storage in the embedded document only (as Safari or strict settings do).
    await page.addInitScript(() => {
      if (window === window.top) return;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    // Without the host script nothing can keep the work for the frame (see embed-bridge.spec.ts).
    const body = snippetFor(baseURL!, '?ns=xo-2').replace(/<script[\s\S]*<\/script>/, '');
    await openHost(page, baseURL!, body);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    await expect(frame.getByRole('alert').filter({ hasText: '只保存在内存中' })).toBeVisible();
    await frame.getByLabel('分析对象', { exact: true }).fill('仍可填写');
    await expect(frame.getByLabel('分析对象', { exact: true })).toHaveValue('仍可填写');
    await expect(frame.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  });

  test('without public/embed.js the iframe keeps its fixed height and scrolls', async ({
    page,
    baseURL,
  }) => {
    const body = snippetFor(baseURL!, '?ns=xo-3').replace(/<script[\s\S]*<\/script>/, '');
    await openHost(page, baseURL!, body);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    await expect.poll(async () => (await heights(page)).content).toBeGreaterThan(800);
    expect((await heights(page)).iframe).toBe(720);
  });
});

test.describe('嵌入与分享 panel', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  async function openPanel(page: Page) {
    await page.goto('/exercises/swot/');
    await page.getByText('嵌入与分享：链接、嵌入代码和二维码').click();
    const panel = page.locator('details[data-embed-panel]');
    await expect(panel.getByRole('textbox', { name: /嵌入代码/ })).toHaveValue(/<iframe/);
    return panel;
  }

  test('loads its script only when opened', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/exercises/swot/', { waitUntil: 'networkidle' });
    const before = scripts.length;
    await page.getByText('嵌入与分享：链接、嵌入代码和二维码').click();
    await expect(page.locator('[data-part="qr"] svg')).toBeVisible();
    expect(scripts.length).toBeGreaterThan(before);
    expect(scripts.slice(before).some((s) => /panel/.test(s))).toBe(true);
  });

  test('the workshop code updates link, snippet and QR code; a bad code is explained', async ({
    page,
    baseURL,
  }) => {
    const panel = await openPanel(page);
    const code = panel.getByLabel('工作坊代码（可选）');
    const link = panel.locator('[data-part="link"]');
    await expect(link).toHaveText(`${baseURL}/embed/swot/`);
    await code.fill('ＷＳ-01');
    await expect(link).toHaveText(`${baseURL}/embed/swot/?ns=ws-01`);
    await expect(link).toHaveAttribute('href', `${baseURL}/embed/swot/?ns=ws-01`);
    const snippet = panel.getByRole('textbox', { name: /嵌入代码/ });
    await expect(snippet).toHaveValue(new RegExp(`src="${baseURL}/embed/swot/\\?ns=ws-01"`));
    await expect(snippet).toHaveValue(new RegExp(`<script src="${baseURL}/embed.js" async>`));

    await code.fill('上海');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText(/工作坊代码只能包含英文字母/)).toBeVisible();
    await expect(link).toHaveText(`${baseURL}/embed/swot/?ns=ws-01`);

    await code.fill('ws-01');
    await panel.getByLabel(/从示例开始/).check();
    await expect(link).toHaveText(`${baseURL}/embed/swot/?ns=ws-01&example=1`);
    await expect(snippet).toHaveValue(/\?ns=ws-01&amp;example=1"/);
  });

  test('copy puts the snippet on the clipboard and says so; pasted into a page it works', async ({
    page,
    baseURL,
  }) => {
    const panel = await openPanel(page);
    await panel.getByLabel('工作坊代码（可选）').fill('paste-1');
    await panel.getByRole('button', { name: '复制嵌入代码' }).click();
    await expect(panel.getByRole('status')).toHaveText('已复制嵌入代码。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(panel.getByRole('textbox', { name: /嵌入代码/ })).toHaveValue(copied);
    await panel.getByRole('button', { name: '复制链接' }).click();
    await expect(panel.getByRole('status')).toHaveText('已复制学员链接。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/embed/swot/?ns=paste-1`,
    );

    // Exactly as copied, in another origin's page.
    await openHost(page, baseURL!, copied);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    await expect
      .poll(async () => {
        const h = await heights(page);
        return h.iframe !== 720 && Math.abs(h.iframe - h.content) <= 2;
      })
      .toBe(true);
    await expect(frame.getByText('工作坊 paste-1')).toBeVisible();
  });

  test('the QR code decodes to the link shown, and 全屏显示 shows it large', async ({
    page,
    baseURL,
  }) => {
    const panel = await openPanel(page);
    await panel.getByLabel('工作坊代码（可选）').fill('qr-2026');
    const shown = await panel.locator('[data-part="link"]').textContent();
    expect(shown).toBe(`${baseURL}/embed/swot/?ns=qr-2026`);
    await expect(panel.getByRole('img', { name: `学员链接的二维码：${shown}` })).toBeVisible();

    expect(await decodeQrSvg(panel.locator('[data-part="qr"] svg'))).toBe(shown);

    await panel.getByRole('button', { name: '全屏显示' }).click();
    const dialog = page.getByRole('dialog', { name: /扫码打开/ });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(shown!);
    const big = await dialog.locator('svg').boundingBox();
    const viewport = page.viewportSize()!;
    expect(big!.height).toBeGreaterThan(viewport.height * 0.5);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`open panel and dialog: axe (${theme}), 375 px without sideways scroll`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await setTheme(page, theme);
      const panel = await openPanel(page);
      await panel.getByLabel('工作坊代码（可选）').fill('bad code');
      await expect(panel.getByLabel('工作坊代码（可选）')).toHaveAttribute('aria-invalid', 'true');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page, 'details[data-embed-panel]')).toEqual([]);
      await panel.getByRole('button', { name: '全屏显示' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page, 'dialog')).toEqual([]);
    });
  }
});

test.describe('汇总', () => {
  function swotFile(title: string, items: Record<'S' | 'W' | 'O' | 'T', string[]>) {
    const data = {
      subject: title,
      date: '2026-11-28',
      items: Object.fromEntries(
        Object.entries(items).map(([q, texts]) => [
          q,
          texts.map((text, i) => ({ id: `${q}${i}`, text, importance: 3, evidence: '' })),
        ]),
      ),
      strategies: { SO: [], WO: [], ST: [], WT: [] },
    };
    const doc = {
      id: `doc-${title}`,
      exercise: 'swot',
      schemaVersion: 1,
      title,
      createdAt: '2026-11-28T08:00:00.000Z',
      updatedAt: '2026-11-28T08:00:00.000Z',
      data,
    };
    return {
      name: `swot-${title}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc, null, 2)),
    };
  }

  const FILES = [
    swotFile('华东', {
      S: ['网点覆盖广', '服务响应快'],
      W: ['线上渠道空白'],
      O: ['县域需求增长'],
      T: [],
    }),
    swotFile('华南', {
      S: ['网点覆盖广。', '品牌老'],
      W: ['线上渠道 空白'],
      O: [],
      T: ['竞品降价'],
    }),
    swotFile('华北', {
      S: ['ＣＲＭ完善', '网点覆盖面广'],
      W: [],
      O: ['县域需求增长！'],
      T: ['竞品降价'],
    }),
  ];

  async function openWithFiles(page: Page) {
    await page.goto('/exercises/collect/');
    const input = page.getByLabel('选择练习文件（可多选）');
    await expect(async () => {
      await input.scrollIntoViewIfNeeded({ timeout: 2_000 });
      await page
        .getByRole('combobox', { name: '练习类型' })
        .selectOption('swot', { timeout: 2_000 });
      await input.setInputFiles(
        [
          ...FILES,
          {
            name: '坏文件.json',
            mimeType: 'application/json',
            buffer: Buffer.from('{"exercise":'),
          },
        ],
        { timeout: 2_000 },
      );
      await expect(page.getByText('已汇总 3 份「SWOT 分析矩阵」')).toBeVisible({ timeout: 2_000 });
    }).toPass();
  }

  test('three SWOT files side by side, a merged view with counts, and a bad file explained', async ({
    page,
  }) => {
    await openWithFiles(page);
    for (const title of ['1. 华东', '2. 华南', '3. 华北']) {
      await expect(page.getByRole('article', { name: title })).toBeVisible();
    }
    await expect(page.getByRole('article', { name: '2. 华南' })).toContainText('竞品降价');
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('坏文件.json');
    await expect(problems).toContainText('文件内容不完整或不是 JSON');

    const strengths = page.getByRole('region', { name: '优势（S）' });
    await expect(strengths.getByRole('listitem').first()).toContainText('网点覆盖广（3 人）');
    await expect(strengths).toContainText('服务响应快（1 人）');
    const weaknesses = page.getByRole('region', { name: '劣势（W）' });
    await expect(weaknesses.getByRole('listitem')).toHaveCount(1);
    await expect(weaknesses).toContainText('（2 人）');
    await expect(page.getByRole('region', { name: '机会（O）' })).toContainText(
      '县域需求增长（2 人）',
    );

    // Share links of the same worksheet add to the same view; a page address without one is refused.
    await page.getByLabel('分享链接（每行一个）').fill('https://example.com/exercises/swot/\n');
    await page.getByRole('button', { name: '添加链接' }).click();
    await expect(page.getByRole('alert')).toContainText('链接 1');
    await expect(page.getByText('已汇总 3 份「SWOT 分析矩阵」')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('选择练习文件（可多选）')).toBeHidden();
    await expect(page.getByRole('article', { name: '1. 华东' })).toBeVisible();
    await expect(page.locator('header.header')).toBeHidden();
  });

  test('a share link from the worksheet is read like a file', async ({ page }) => {
    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('分析对象', { exact: true }).fill('西南渠道');
    const add = page.getByLabel('添加优势', { exact: true });
    await add.fill('客户关系稳');
    await add.press('Enter');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '分享链接' }).click();
    const link = await page.getByLabel('分享链接（只读，可复制）').inputValue();

    await page.goto('/exercises/collect/');
    const links = page.getByLabel('分享链接（每行一个）');
    await expect(async () => {
      await links.fill(`${link}\n`, { timeout: 2_000 });
      await page.getByRole('button', { name: '添加链接' }).click({ timeout: 2_000 });
      await expect(page.getByText('已汇总 1 份「SWOT 分析矩阵」')).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expect(page.getByRole('article', { name: '1. 西南渠道' })).toContainText('客户关系稳');
  });

  test('the type follows the first files added; other types and a type change never drop work', async ({
    page,
  }) => {
    const goal = newDocument(smartGoalWorksheet, {
      title: '华东新客户',
      now: new Date('2026-11-28T08:00:00Z'),
      random: () => 0.5,
    });
    const goalFile = {
      name: 'smart-goal-华东新客户.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportDocument(goal).text),
    };
    await page.goto('/exercises/collect/');
    const type = page.getByRole('combobox', { name: '练习类型' });
    await expect(type).toHaveValue('swot');
    const input = page.getByLabel('选择练习文件（可多选）');
    await fieldReady(input);
    // A broken file first: its message stays listed while later files come in.
    await input.setInputFiles([
      { name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from('{"exercise":') },
      goalFile,
    ]);
    await expect(page.getByText('已汇总 1 份「SMART 目标制定」')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '已汇总' })).toContainText(
      '识别为「SMART 目标制定」',
    );
    await expect(type).toHaveValue('smart-goal');
    await expect(page.getByRole('article', { name: '1. 华东新客户' })).toBeVisible();

    // A SWOT file now is refused with a reason; the goal and the earlier message stay.
    await input.setInputFiles([FILES[0]]);
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('正在汇总的是「SMART 目标制定」');
    await expect(problems).toContainText('坏文件.json');
    await expect(page.getByText('已汇总 1 份「SMART 目标制定」')).toBeVisible();

    // Changing the type asks first; 取消 keeps everything.
    await type.selectOption('swot');
    const confirm = page.getByRole('group', { name: /会清空已汇总的 1 份「SMART 目标制定」/ });
    await expect(confirm).toBeVisible();
    await expect(type).toHaveValue('smart-goal');
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('article', { name: '1. 华东新客户' })).toBeVisible();
    await type.selectOption('swot');
    await page.getByRole('button', { name: '清空并切换为「SWOT 分析矩阵」' }).click();
    await expect(type).toHaveValue('swot');
    await expect(page.getByText('还没有添加任何练习')).toBeVisible();
  });

  test('names: a participant signs once; 汇总 shows who and when, and flags two files from one person', async ({
    page,
  }) => {
    await page.goto('/embed/swot/?ns=names-1');
    await worksheetReady(page, '分析对象');
    await page.getByLabel('你的姓名').fill('张伟');
    await page.getByLabel('分析对象', { exact: true }).fill('苏南直销团队');
    await savedContaining(page, '苏南直销团队');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存为文件' }).click(),
    ]);
    const signed = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(signed.author).toBe('张伟');
    // The name stays with the workshop on this device, for every worksheet of it.
    await page.goto('/embed/smart-goal/?ns=names-1');
    await worksheetReady(page, '目标名称');
    await expect(page.getByLabel('你的姓名')).toHaveValue('张伟');

    const asFile = (doc: object, name: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    const second = {
      ...signed,
      id: 'doc-2',
      title: '华东分销渠道',
      data: { ...signed.data, subject: '华东分销渠道' },
    };
    const third = {
      ...signed,
      id: 'doc-3',
      author: '李娜',
      title: '华东分销渠道',
      data: { ...signed.data, subject: '华东分销渠道' },
    };
    await page.goto('/exercises/collect/');
    const input = page.getByLabel('选择练习文件（可多选）');
    await fieldReady(input);
    await input.setInputFiles([
      asFile(signed, 'a.json'),
      asFile(second, 'b.json'),
      asFile(third, 'c.json'),
    ]);
    await expect(page.getByText('已汇总 3 份「SWOT 分析矩阵」')).toBeVisible();
    const first = page.getByRole('article', { name: '1. 苏南直销团队' });
    await expect(first).toContainText(`张伟 · ${signed.updatedAt.slice(0, 10)}`);
    await expect(first).toContainText('分析对象：苏南直销团队');
    await expect(first).toContainText('张伟交了 2 份');
    await expect(page.getByRole('article', { name: '3. 华东分销渠道' })).toContainText('李娜 · ');
    await expect(page.getByRole('article', { name: '3. 华东分销渠道' })).not.toContainText('交了');
  });

  test('the cards’ code loads with the first file, not with the page', async ({ page }) => {
    const loaded: string[] = [];
    page.on('requestfinished', (req) => loaded.push(new URL(req.url()).pathname));
    const cardCode = () =>
      loaded.filter((p) => /\/(CollectBody|CollectMerged|ExampleFlag)\./.test(p));
    await page.goto('/exercises/collect/');
    const input = page.getByLabel('选择练习文件（可多选）');
    await fieldReady(input);
    // The chosen type's definition comes at once (to read files); its cards wait for a file.
    await expect.poll(() => loaded.some((p) => /\/definition\.[\w-]+\.js$/.test(p))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(cardCode()).toEqual([]);

    // Chosen from the keyboard: the cards appear with focus left on the file field.
    await input.focus();
    await input.setInputFiles([FILES[0]]);
    await expect(page.getByText('已汇总 1 份「SWOT 分析矩阵」')).toBeVisible();
    await expect(page.getByRole('article', { name: '1. 华东' })).toContainText('网点覆盖广');
    await expect(page.getByRole('region', { name: '优势（S）' })).toContainText(
      '网点覆盖广（1 人）',
    );
    expect(cardCode().length).toBeGreaterThan(0);
    await expect(input).toBeFocused();
  });

  test('cards whose code cannot load: the file is refused with a reason, and can be added later', async ({
    page,
  }) => {
    const cards = /\/_astro\/Collect(Body|Merged)\.[\w-]+\.js$/;
    await page.route(cards, (route) => route.abort());
    await page.goto('/exercises/collect/');
    const input = page.getByLabel('选择练习文件（可多选）');
    await fieldReady(input);
    await input.setInputFiles([FILES[0]]);
    await expect(page.getByRole('alert')).toContainText(
      'SWOT 分析矩阵：这种练习的汇总功能没能加载，请检查网络后再试。',
    );
    await expect(page.getByText('还没有添加任何练习')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);

    await page.unroute(cards);
    await input.setInputFiles([FILES[0]]);
    await expect(page.getByText('已汇总 1 份「SWOT 分析矩阵」')).toBeVisible();
    await expect(page.getByRole('article', { name: '1. 华东' })).toContainText('网点覆盖广');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`with results: axe (${theme}), 375 px without sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await setTheme(page, theme);
      await openWithFiles(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('讲师指南: agendas map chapters to worksheets, every chapter link resolves', async ({
  page,
}) => {
  await page.goto('/reference/trainer-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('讲师指南');
  for (const name of ['半天工作坊（3.5 小时）', '一天工作坊（6.5 小时）', '隐私说明']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  const tables = page.locator('main table');
  // The two agendas, the three team worksheets, then the three worksheets for lists.
  await expect(tables).toHaveCount(4);
  const hrefs = await tables
    .locator('a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(8);
  for (const href of new Set(hrefs)) {
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  await expect(tables.first()).toContainText('SMART 目标制定');
  await expect(tables.first()).toContainText('SWOT 分析矩阵');
  await expect(tables.nth(1)).toContainText('渠道价格计算器');
  for (const title of ['90 天行动计划', '团队能力评估', '绩效计分卡'])
    await expect(tables.nth(2)).toContainText(title);
  for (const title of ['销售漏斗预测', '客户分级与流失预警', '提成方案测算'])
    await expect(tables.last()).toContainText(title);
});
