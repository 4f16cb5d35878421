import { test, expect, type Page } from '@playwright/test';
import { frameReady, openHost, snippetFor, writeHost } from '../support/host';

// An embedded worksheet on a page of another origin where the browser blocks the frame's storage:
// the host page's embed.js keeps the work (exercises/core/bridge.ts); where it is missing, the
// memory notice offers the Storage Access API.

/** Block storage in every frame but the top page, as Chromium does with third-party cookies blocked. */
async function blockFrameStorage(page: Page) {
  await page.addInitScript(() => {
    if (window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Keys the host page keeps for the course, with their values. */
function hostEntries(page: Page) {
  return page.evaluate(() =>
    Object.entries(localStorage).filter(([key]) => key.startsWith('smc-embed:')),
  );
}

/**
 * A frame of yet another origin (a sandboxed document: opaque origin) on the host page. It keeps
 * asking the host for the stored keys, tries to write one, and tells the course iframe that
 * storage failed or hands it made-up documents; it records every answer it gets.
 */
const ATTACKER = `<iframe title="其他来源的网页" sandbox="allow-scripts" srcdoc="${`
<script>
  window.got = [];
  window.sent = 0;
  addEventListener('message', (e) => window.got.push(e.data));
  const T = 'smc-embed-store';
  setInterval(() => {
    window.sent++;
    parent.postMessage({ type: T, op: 'load', id: 'x1' }, '*');
    parent.postMessage({ type: T, op: 'set', key: 'smc:v1:default:swot:index', value: 'ATTACK' }, '*');
    parent.postMessage({ type: T, op: 'set', key: 'smc:v1:attack', value: 'ATTACK' }, '*');
    const course = parent.frames[0];
    course.postMessage({ type: T, op: 'failed' }, '*');
    course.postMessage({ type: T, op: 'loaded', id: 'x1', entries: { 'smc:v1:attack': 'ATTACK' } }, '*');
  }, 100);
</script>`.replace(/"/g, '&quot;')}"></iframe>`;

test.describe('embedded with the frame’s storage blocked', () => {
  test.beforeEach(async ({ page }) => blockFrameStorage(page));

  test('the host page’s embed.js keeps the work: type, reload the host page, the work is back', async ({
    page,
    baseURL,
  }) => {
    const snippet = snippetFor(baseURL!, '?ns=bridge-1');
    await openHost(page, baseURL!, snippet);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    // The frame itself cannot store anything …
    const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
    expect(
      await inner.evaluate(() => {
        try {
          return typeof localStorage.length;
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    // … yet it does not fall back to memory: the host page keeps the work.
    await frame.getByLabel('分析对象', { exact: true }).fill('桥接保存的内容');
    await expect
      .poll(async () => (await hostEntries(page)).some(([, v]) => v.includes('桥接保存的内容')))
      .toBe(true);
    const origin = new URL(baseURL!).origin;
    for (const [key] of await hostEntries(page))
      expect(key.startsWith(`smc-embed:${origin}|smc:v1:`)).toBe(true);
    await expect(frame.getByText(/只保存在内存中/)).toHaveCount(0);
    await expect(frame.getByText('已保存', { exact: true })).toBeVisible();

    await page.reload();
    await writeHost(page, snippet);
    const again = page.frameLocator('iframe');
    await frameReady(again);
    await expect(again.getByLabel('分析对象', { exact: true })).toHaveValue('桥接保存的内容');
    await expect(again.getByText(/只保存在内存中/)).toHaveCount(0);
  });

  test('a page of another origin can neither read nor write the work through the host or the frame', async ({
    page,
    baseURL,
  }) => {
    await openHost(page, baseURL!, snippetFor(baseURL!, '?ns=bridge-2') + ATTACKER);
    const frame = page.frameLocator('iframe').first();
    await frameReady(frame);
    await frame.getByLabel('分析对象', { exact: true }).fill('只给讲师页面保存');
    await expect
      .poll(async () => (await hostEntries(page)).some(([, v]) => v.includes('只给讲师页面保存')))
      .toBe(true);
    // The host page itself posting in the frame's place is no iframe of the course either.
    await page.evaluate(() =>
      window.postMessage(
        { type: 'smc-embed-store', op: 'set', key: 'smc:v1:self', value: 'ATTACK' },
        '*',
      ),
    );
    const attacker = page.frames().find((f) => f.url().startsWith('about:srcdoc'))!;
    // Let the attacker ask many times, then look: it got no answer and wrote nothing.
    await expect
      .poll(() => attacker.evaluate(() => (window as unknown as { sent: number }).sent))
      .toBeGreaterThan(30);
    expect(await attacker.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual(
      [],
    );
    const entries = await hostEntries(page);
    expect(entries.some(([, v]) => v.includes('ATTACK'))).toBe(false);
    expect(entries.some(([k]) => k.includes('attack') || k.includes('self'))).toBe(false);
    // The frame ignored the made-up 'failed' and documents: it still saves through the host.
    await frame.getByLabel('分析对象', { exact: true }).fill('之后再改的内容');
    await expect
      .poll(async () => (await hostEntries(page)).some(([, v]) => v.includes('之后再改的内容')))
      .toBe(true);
    await expect(frame.getByText(/只保存在内存中/)).toHaveCount(0);
    await expect(frame.getByRole('combobox', { name: /文档/ })).not.toContainText('ATTACK');
  });

  test('without embed.js on the host page, the memory notice explains and offers 允许保存', async ({
    page,
    baseURL,
  }) => {
    const body = snippetFor(baseURL!, '?ns=bridge-3').replace(/<script[\s\S]*<\/script>/, '');
    await openHost(page, baseURL!, body);
    const frame = page.frameLocator('iframe');
    await frameReady(frame);
    const notice = frame.getByRole('alert').filter({ hasText: '只保存在内存中' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('点「允许保存」后');
    await frame.getByLabel('分析对象', { exact: true }).fill('请求存储权限之前');
    await notice.getByRole('button', { name: '允许保存' }).click();
    // The browser decides (headless Chromium refuses without asking): either way it is said.
    await expect(
      frame
        .getByText('浏览器没有允许保存，练习仍只在内存中。关闭页面前请导出。')
        .or(frame.getByText('浏览器已允许保存：练习已保存在这台设备上，以后会自动保存。')),
    ).toBeVisible();
    await expect(frame.getByLabel('分析对象', { exact: true })).toHaveValue('请求存储权限之前');
  });
});
