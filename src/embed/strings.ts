/**
 * Why an embedded worksheet has not loaded, shown by the embed page's own inline script
 * (src/pages/embed/[worksheet].astro): it runs where the island's scripts cannot.
 */
export const EMBED_TEXT = {
  /** A sandbox without allow-same-origin: an opaque origin, so module scripts and storage are refused. */
  sandboxed: (url: string) =>
    `练习表无法在这里载入：嵌入它的网页给 iframe 设置了 sandbox 属性，但没有包含 allow-same-origin，浏览器因此不让练习表运行，也不能保存。请网页的管理员在 sandbox 属性中加上 allow-same-origin（与 allow-scripts 一起），或者去掉 sandbox 属性。也可以在浏览器中直接打开这个练习：${url}`,
  /** Nothing hydrated after STUCK_AFTER_MS. */
  stuck:
    '练习表还没有载入。请检查网络后刷新页面；如果这个练习嵌在其他网页中，请网页的管理员确认 iframe 的 sandbox 属性（如果有）包含 allow-scripts 和 allow-same-origin。',
} as const;

/** How long the embed page waits for the worksheet's scripts before it says they have not run. */
export const STUCK_AFTER_MS = 8_000;

/** Chinese text of the 嵌入与分享 panel on worksheet pages. */
export const PANEL_TEXT = {
  copied: {
    snippet: '已复制嵌入代码。',
    link: '已复制学员链接。',
  },
  copyManually: '浏览器不允许自动复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。',
  codeKept: '（链接和二维码仍使用上一个有效的代码。）',
  qrLabel: (url: string) => `学员链接的二维码：${url}`,
} as const;
