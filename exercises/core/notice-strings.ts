/**
 * Texts of the notices a worksheet shows only in some states: storage in memory only, data
 * that could not be read, the export reminder, a shared link. Apart from strings.ts because
 * their views load when such a state arises (WorksheetShell).
 */

export const NOTICE_TEXT = {
  notice: {
    blocked:
      '浏览器不允许保存数据（可能是隐私模式或嵌入在其他网站中），本页内容只保存在内存中，关闭页面前请导出。',
    full: '浏览器的存储空间已满，本页内容只保存在内存中，关闭页面前请导出。',
    exportNow: '导出',
  },
  problems: {
    heading: '有些数据无法读取',
    exportRaw: '导出原始数据',
    discard: '不再保留',
  },
  reminder: {
    text: '提醒：有文档创建已超过几天但从未导出。Safari 等浏览器可能在 7 天未访问后清除本站数据，建议导出一份 JSON 备份。',
    dismiss: '知道了',
    exportNow: '立即导出',
  },
  shared: {
    heading: (title: string) => `你正在查看别人分享的「${title}」（只读）`,
    saveCopy: '保存为我的副本',
    close: '关闭',
    error: '无法打开分享链接',
  },
} as const;
