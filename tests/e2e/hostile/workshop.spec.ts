import { test, expect, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { axeViolations } from '../../support/axe';
import { savedContaining, storedKeys, worksheetReady } from '../../support/worksheet';
import { craftedLinkPayload } from '../../../exercises/core/testing';

// Hostile input against workshop codes, links, files and embedding (issue 16, items 2, 5, 9).

const { compressToEncodedURIComponent } = LZString;

/** Every key and value under the project prefix. */
function dump(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('smc:'))
        .map((k) => [k, localStorage.getItem(k) ?? '']),
    ),
  );
}

async function fillAndSave(page: Page, path: string, label: string, text: string) {
  await page.goto(path);
  await worksheetReady(page, label);
  await page.getByLabel(label, { exact: true }).fill(text);
  await savedContaining(page, text);
}

test.describe('workshop codes', () => {
  for (const [code, part] of [
    ['-', '至少要有一个英文字母或数字'],
    ['--', '至少要有一个英文字母或数字'],
    ['_', '至少要有一个英文字母或数字'],
    ['default-', '「default」是保留词'],
    ['-default-', '「default」是保留词'],
    ['DEFAULT', '「default」是保留词'],
  ] as const) {
    test(`?ns=${code} is refused and cannot reach the learner’s own documents`, async ({
      page,
    }) => {
      await fillAndSave(page, '/exercises/swot/', '分析对象', '我自己的分析');
      const before = await dump(page);

      await page.goto(`/embed/swot/?ns=${encodeURIComponent(code)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('这个链接中的工作坊代码无法使用');
      await expect(alert).toContainText(part);
      await expect(page.getByLabel('分析对象', { exact: true })).toHaveCount(0);
      await expect(page.getByRole('button', { name: '下一位参与者' })).toHaveCount(0);
      expect(await dump(page)).toEqual(before);
    });
  }

  for (const code of ['-abc', 'abc-', '--abc--', ' -ABC ']) {
    test(`?ns=${code} is refused with the code it resembles, not shared with workshop abc`, async ({
      page,
    }) => {
      await fillAndSave(page, '/embed/swot/?ns=abc', '分析对象', '工作坊 abc 的分析');
      await page.goto(`/embed/swot/?ns=${encodeURIComponent(code)}`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('不能以短横线（-）开头或结尾');
      await expect(alert).toContainText('你是不是想输入 abc？');
      await expect(page.getByLabel('分析对象', { exact: true })).toHaveCount(0);
    });
  }

  test('下一位参与者 deletes only this workshop’s keys: the own area and a second workshop survive', async ({
    page,
  }) => {
    await fillAndSave(page, '/exercises/swot/', '分析对象', '我自己的分析');
    await fillAndSave(page, '/exercises/smart-goal/', '目标名称', '我自己的目标');
    await fillAndSave(page, '/embed/swot/?ns=second', '分析对象', '第二场工作坊');
    // Reading progress and quiz results live beside the worksheets and must survive too.
    await page.evaluate(() => {
      localStorage.setItem(
        'smc:v1:progress:pages',
        '{"v":1,"pages":{"/role/duties/":{"read":"2026-11-28T08:00:00.000Z"}}}',
      );
      localStorage.setItem('smc:v1:quiz:role', '{"kept":true}');
    });
    const keep = Object.fromEntries(
      Object.entries(await dump(page)).filter(([k]) => !k.endsWith(':meta')),
    );

    await fillAndSave(page, '/embed/smart-goal/?ns=first', '目标名称', '参与者甲的目标');
    await fillAndSave(page, '/embed/swot/?ns=first', '分析对象', '参与者甲的分析');
    await page.getByRole('button', { name: '下一位参与者' }).click();
    const confirm = page.getByRole('group', { name: '下一位参与者' });
    await confirm.getByRole('button', { name: '清除并交给下一位' }).click();
    await expect(page.getByText('已清除工作坊 first 在这台设备上的数据')).toBeVisible();

    const after = await dump(page);
    for (const [key, value] of Object.entries(keep)) expect(after[key], key).toBe(value);
    expect(Object.values(after).some((v) => v.includes('参与者甲'))).toBe(false);

    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('我自己的分析');
    await page.goto('/embed/swot/?ns=second');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('第二场工作坊');
  });

  test('a workshop named like another storage area (progress, quiz) clears only itself', async ({
    page,
  }) => {
    await page.goto('/exercises/swot/');
    await page.evaluate(() => {
      localStorage.setItem('smc:v1:progress:pages', '{"v":1,"pages":{}}');
      localStorage.setItem('smc:v1:progress:last', '{"kept":true}');
      localStorage.setItem('smc:v1:quiz:role', '{"kept":true}');
    });
    for (const code of ['progress', 'quiz']) {
      await fillAndSave(page, `/embed/swot/?ns=${code}`, '分析对象', `工作坊 ${code}`);
      await page.getByRole('button', { name: '下一位参与者' }).click();
      await page.getByRole('button', { name: '清除并交给下一位' }).click();
      await expect(page.getByText(`已清除工作坊 ${code} 在这台设备上的数据`)).toBeVisible();
    }
    const keys = await storedKeys(page);
    expect(keys).toEqual(
      expect.arrayContaining(['smc:v1:progress:pages', 'smc:v1:progress:last', 'smc:v1:quiz:role']),
    );
  });

  test('workshop documents saved under the earlier key layout are still shown', async ({
    page,
  }) => {
    await page.goto('/exercises/swot/');
    const doc = {
      id: 'old-1',
      exercise: 'swot',
      schemaVersion: 1,
      title: '旧版的工作坊文档',
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      data: {
        subject: '旧版保存的分析',
        date: '',
        items: { S: [], W: [], O: [], T: [] },
        strategies: { SO: [], WO: [], ST: [], WT: [] },
      },
    };
    await page.evaluate((doc) => {
      localStorage.setItem('smc:v1:legacy-1:swot:index', '["old-1"]');
      localStorage.setItem('smc:v1:legacy-1:swot:doc:old-1', JSON.stringify(doc));
    }, doc);
    await page.goto('/embed/swot/?ns=legacy-1');
    await worksheetReady(page, '分析对象');
    await expect(page.getByLabel('分析对象', { exact: true })).toHaveValue('旧版保存的分析');
  });

  test('the 嵌入与分享 panel never builds a link with an invalid code', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/exercises/swot/');
    await page.getByText('嵌入与分享：链接、嵌入代码和二维码').click();
    const panel = page.locator('details[data-embed-panel]');
    const code = panel.getByLabel('工作坊代码（可选）');
    const link = panel.locator('[data-part="link"]');
    const snippet = panel.getByRole('textbox', { name: /嵌入代码/ });
    await expect(link).toHaveText(`${baseURL}/embed/swot/`);
    for (const [typed, part] of [
      ['default-', '「default」是保留词'],
      ['-', '至少要有一个英文字母或数字'],
      ['-abc', '你是不是想输入 abc？'],
    ] as const) {
      await code.fill(typed);
      await expect(code).toHaveAttribute('aria-invalid', 'true');
      await expect(panel.getByText(part)).toBeVisible();
      await expect(link).toHaveText(`${baseURL}/embed/swot/`);
      await expect(snippet).not.toHaveValue(/\?ns=/);
    }
    await code.fill('abc');
    await expect(link).toHaveText(`${baseURL}/embed/swot/?ns=abc`);
  });
});

// ---------------------------------------------------------------------------------------------
// Links and files

/** A SWOT share payload (no id), as the worksheet's 分享链接 writes it. */
function swotShare(items: number) {
  const list = Array.from({ length: items }, (_, i) => ({
    id: `i${i}`,
    text: `条目${i}`,
    importance: 3,
    evidence: '',
  }));
  return {
    exercise: 'swot',
    schemaVersion: 1,
    title: '很多条目',
    data: {
      subject: '很多条目',
      date: '',
      items: { S: list, W: [], O: [], T: [] },
      strategies: { SO: [], WO: [], ST: [], WT: [] },
    },
  };
}

/** The question a #new= link asks (the island hydrates when it scrolls into view). */
async function askToCreate(page: Page) {
  const ask = page.getByRole('region', { name: '根据链接新建文档？' });
  await expect(async () => {
    await page.getByLabel('目标名称', { exact: true }).scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(ask).toBeVisible({ timeout: 2_000 });
  }).toPass();
  return ask;
}

async function sharedError(page: Page) {
  const alert = page.getByRole('alert').filter({ hasText: '无法打开分享链接' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  return alert;
}

test.describe('oversized and crafted links', () => {
  test('a share link with 20,000 SWOT items is refused with a message, at once', async ({
    page,
  }) => {
    const payload = compressToEncodedURIComponent(JSON.stringify(swotShare(20_000)));
    await page.goto(`/exercises/swot/#share=${payload}`);
    await expect(await sharedError(page)).toContainText('链接太长');
    await expect(page.getByLabel('分析对象', { exact: true })).toBeEnabled();
  });

  test('a crafted 96 KB link gets a message, not an exception', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/exercises/swot/#share=${craftedLinkPayload(96_000)}`);
    await expect(await sharedError(page)).toContainText('链接太长');
    expect(errors).toEqual([]);
  });

  test('a short crafted link that decodes to megabytes gets a message', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/exercises/swot/#share=${craftedLinkPayload(7_000)}`);
    await expect(await sharedError(page)).toContainText('内容太大');
    expect(errors).toEqual([]);
  });

  test('a #new= link whose content decodes to more than 1 MB writes nothing', async ({ page }) => {
    await page.goto('/exercises/smart-goal/');
    await worksheetReady(page, '目标名称');
    const before = await dump(page);
    const payload = compressToEncodedURIComponent(
      JSON.stringify({
        exercise: 'smart-goal',
        schemaVersion: 1,
        data: { name: 'x'.repeat(1_100_000) },
      }),
    );
    expect(payload.length).toBeLessThan(8_000);
    await page.goto(`/exercises/smart-goal/#new=${payload}`);
    await expect(await sharedError(page)).toContainText('内容太大');
    expect(await dump(page)).toEqual(before);
  });

  test('#new= shows the content and asks before it creates a document', async ({ page }) => {
    const payload = compressToEncodedURIComponent(
      JSON.stringify({
        exercise: 'smart-goal',
        schemaVersion: 1,
        data: { name: '链接带来的目标' },
      }),
    );
    await page.goto(`/exercises/smart-goal/#new=${payload}`);
    const ask = await askToCreate(page);
    await expect(ask).toContainText('尚未保存');
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('链接带来的目标');
    await expect(page.getByLabel('目标名称', { exact: true })).toBeDisabled();
    expect((await storedKeys(page)).filter((k) => k.includes(':doc:'))).toEqual([]);

    await ask.getByRole('button', { name: '不新建' }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('');
    expect((await storedKeys(page)).filter((k) => k.includes(':doc:'))).toEqual([]);
    expect(new URL(page.url()).hash).toBe('');

    await page.goto(`/exercises/smart-goal/#new=${payload}`);
    await (await askToCreate(page)).getByRole('button', { name: '新建文档' }).click();
    await expect(page.getByText('已根据链接新建文档。')).toBeVisible();
    await expect(page.getByLabel('目标名称', { exact: true })).toBeEnabled();
    await expect(page.getByLabel('目标名称', { exact: true })).toHaveValue('链接带来的目标');
    await savedContaining(page, '链接带来的目标');
  });

  test('an import of 18,000 SWOT items is refused with a message, at once', async ({ page }) => {
    await page.goto('/exercises/swot/');
    await worksheetReady(page, '分析对象');
    const share = swotShare(0);
    const items = Array.from({ length: 18_000 }, (_, i) => ({ id: `i${i}`, text: `条目${i}` }));
    const file = {
      ...share,
      data: { ...share.data, items: { ...share.data.items, S: items } },
      id: 'big',
      createdAt: '2026-11-28T08:00:00.000Z',
      updatedAt: '2026-11-28T08:00:00.000Z',
    };
    const buffer = Buffer.from(JSON.stringify(file));
    expect(buffer.length).toBeGreaterThan(500_000);
    expect(buffer.length).toBeLessThan(1024 * 1024);
    await page.getByLabel('打开文件').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer,
    });
    await expect(page.getByText(/最多 200 项/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(1);
  });

  test('汇总: 添加链接 explains an oversized or crafted link', async ({ page }) => {
    await page.goto('/exercises/collect/');
    const links = page.getByLabel('分享链接（每行一个）');
    const origin = new URL(page.url()).origin;
    const text = [
      `${origin}/exercises/swot/#share=${craftedLinkPayload(96_000)}`,
      `${origin}/exercises/swot/#share=${craftedLinkPayload(7_000)}`,
    ].join('\n');
    await expect(async () => {
      await links.fill(text, { timeout: 2_000 });
      await page.getByRole('button', { name: '添加链接' }).click({ timeout: 2_000 });
      await expect(page.getByRole('alert')).toContainText('链接 1', { timeout: 2_000 });
    }).toPass();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('链接太长');
    await expect(alert).toContainText('链接 2');
    await expect(alert).toContainText('内容太大');
  });
});

test.describe('embedding', () => {
  test('in an iframe sandboxed without allow-same-origin, the embed says why it cannot load', async ({
    page,
    baseURL,
  }) => {
    const host = `${baseURL}/__host/sandboxed.html`;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body:
          `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>讲师的页面</title></head>` +
          `<body><h1>讲师的页面</h1><iframe sandbox="allow-scripts" src="${baseURL}/embed/swot/" ` +
          `title="SWOT 分析矩阵" width="100%" height="720"></iframe></body></html>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    const alert = frame.getByRole('alert');
    await expect(alert).toContainText('allow-same-origin', { timeout: 15_000 });
    await expect(alert).toContainText('sandbox');
    await expect(alert).toContainText('/embed/swot/');
    await expect(frame.getByText('正在载入……')).toBeHidden();
  });

  test('when the worksheet’s scripts never arrive, the embed says what to check', async ({
    page,
  }) => {
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto('/embed/swot/');
    const alert = page.getByRole('alert').filter({ hasText: '练习表还没有载入' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('allow-same-origin');
  });

  test('a worksheet that loads shows no such message', async ({ page }) => {
    await page.clock.install();
    await page.goto('/embed/swot/');
    await worksheetReady(page, '分析对象');
    await page.clock.fastForward(20_000);
    await expect(page.getByText('练习表还没有载入')).toBeHidden();
    await expect(page.getByText('练习表无法在这里载入')).toBeHidden();
  });
});
