// Worksheets opened inside 微信 (and other in-app browsers): a notice says downloads and storage
// are unreliable there, offers 复制分享链接 as the way to hand work in, and how to open the page
// in the phone's browser. Ordinary browsers see none of it.
import { test, expect, devices } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { savedContaining, worksheetReady } from '../support/worksheet';

const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

test('in 微信: the notice hands work in by a share link that opens elsewhere', async ({
  browser,
}) => {
  const context = await browser.newContext({
    userAgent: WECHAT_UA,
    viewport: { width: 375, height: 800 },
    hasTouch: true,
    isMobile: devices['Pixel 7'].isMobile,
  });
  const page = await context.newPage();
  await page.goto('/embed/swot/?ns=wx-1');
  await worksheetReady(page, '分析对象');
  await page.getByLabel('分析对象', { exact: true }).fill('微信里填写的分析');
  await savedContaining(page, '微信里填写的分析');

  const notice = page.getByRole('group', { name: '你正在微信里打开这张练习' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('不能下载文件');
  await expect(notice).toContainText('在浏览器打开');
  await notice.getByRole('button', { name: '复制分享链接' }).click();
  const link = await notice.getByLabel('发给讲师的链接').inputValue();
  expect(link).toContain('#share=');
  await expect(notice.getByRole('status')).toContainText('个字符');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();

  // The trainer opens the link in an ordinary browser: the participant's work, and no notice.
  const trainer = await browser.newContext();
  const other = await trainer.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: /你正在查看别人分享的/ })).toBeVisible();
  await expect(other.getByLabel('分析对象', { exact: true })).toHaveValue('微信里填写的分析');
  await expect(other.getByRole('button', { name: '复制分享链接' })).toHaveCount(0);
  await trainer.close();
});

test('an ordinary browser shows no in-app notice', async ({ page }) => {
  await page.goto('/exercises/smart-goal/');
  await worksheetReady(page, '目标名称');
  await page.getByLabel('目标名称', { exact: true }).fill('普通浏览器');
  await savedContaining(page, '普通浏览器');
  await expect(page.getByRole('group', { name: /你正在.*里打开这张练习/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '复制分享链接' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '分享链接' })).toBeVisible();
});
