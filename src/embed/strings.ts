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
