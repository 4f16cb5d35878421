/**
 * In-app browsers of chat and work apps (微信, 企业微信, QQ, 钉钉, 飞书, 支付宝, 微博): most
 * workshop participants open a QR code in one of them. They often block file downloads and
 * may clear a page's storage, so the worksheet shows how to hand work in with a share link
 * and how to open the page in the phone's own browser.
 */

/** Any of the apps below (the island tests only this; the names load with the notice). */
export const IN_APP_UA =
  /wxwork|MicroMessenger|DingTalk|Lark\/|Feishu|AlipayClient|Weibo|\bQQ\/\d/i;

/** Most specific first: 企业微信 also says MicroMessenger. */
const APPS: readonly (readonly [RegExp, string])[] = [
  [/wxwork/i, '企业微信'],
  [/MicroMessenger/i, '微信'],
  [/DingTalk/i, '钉钉'],
  [/Lark\/|Feishu/i, '飞书'],
  [/AlipayClient/i, '支付宝'],
  [/Weibo/i, '微博'],
  [/\bQQ\/\d/i, 'QQ'],
];

/** The app whose built-in browser this is, or null for an ordinary browser. */
export function inAppName(userAgent: string): string | null {
  return APPS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}
