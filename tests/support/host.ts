import { expect, type FrameLocator, type Page } from '@playwright/test';

/** The same site from another origin: 127.0.0.1 instead of localhost (another site, too). */
export function otherOrigin(baseURL: string) {
  const url = new URL(baseURL);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.origin;
}

/**
 * A trainer's page on the other origin with `body` pasted in. The served origin is the same
 * test server (it listens on every interface), so Chromium treats both as local addresses;
 * the page is written with document.write, which runs pasted scripts as a page load would.
 */
export async function writeHost(page: Page, body: string) {
  await page.evaluate((body) => {
    document.open();
    document.write(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>讲师的页面</title></head><body><h1>讲师的页面</h1>${body}<p id="after">iframe 之后的内容</p></body></html>`,
    );
    document.close();
  }, body);
}

export async function openHost(page: Page, baseURL: string, body: string) {
  await page.goto(`${otherOrigin(baseURL)}/robots.txt`);
  await writeHost(page, body);
}

/** The site's embed code for the SWOT worksheet with `query`, as the 嵌入与分享 panel gives it. */
export function snippetFor(baseURL: string, query: string) {
  return (
    `<iframe src="${baseURL}/embed/swot/${query}" title="SWOT 分析矩阵" width="100%" height="720" ` +
    `style="width:100%;max-width:100%;border:0"></iframe>` +
    `<script src="${baseURL}/embed.js" async></script>`
  );
}

/** Waits until the embedded SWOT worksheet has read its storage (its first field is enabled). */
export async function frameReady(frame: FrameLocator) {
  const field = frame.getByLabel('分析对象', { exact: true });
  await expect(async () => {
    await field.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(field).toBeEnabled({ timeout: 2_000 });
  }).toPass();
}
