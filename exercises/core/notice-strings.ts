/**
 * Texts of the notices a worksheet shows only in some states: storage in memory only, data
 * that could not be read, the export reminder, a shared link, a workshop's 下一位参与者.
 * Apart from strings.ts because their views load when such a state arises (WorksheetShell).
 */

export const NOTICE_TEXT = {
  notice: {
    blocked:
      '浏览器不允许保存数据（可能是隐私模式或嵌入在其他网站中），本页内容只保存在内存中，关闭页面前请导出。',
    full: '浏览器的存储空间已满，本页内容只保存在内存中，关闭页面前请导出。',
    exportNow: '导出',
    /** Storage Access API: offered in an embedded worksheet whose storage is blocked. */
    access:
      '这个练习嵌在其他网站的网页中，浏览器默认不让它保存。点「允许保存」后，浏览器可能会询问是否允许本课程网站在这台设备上保存数据；允许后，练习会自动保存，刷新页面也不会丢失。数据只保存在这台设备上，不会发送到任何地方。',
    allow: '允许保存',
    allowed: '浏览器已允许保存：练习已保存在这台设备上，以后会自动保存。',
    refused: '浏览器没有允许保存，练习仍只在内存中。关闭页面前请导出。',
  },
  problems: {
    heading: '有些数据无法读取',
    exportRaw: '导出原始数据',
    discard: '不再保留',
  },
  reminder: {
    text: '提醒：有文档创建已超过几天但从未导出。Safari 等浏览器可能在 7 天未访问后清除本站数据，建议用「保存为文件」保存一份备份。',
    dismiss: '知道了',
    exportNow: '立即导出',
  },
  shared: {
    heading: (title: string) => `你正在查看别人分享的「${title}」（只读）`,
    saveCopy: '保存为我的副本',
    close: '关闭',
    error: '无法打开分享链接',
  },
  newLink: {
    heading: '根据链接新建文档？',
    intro:
      '这个链接带来了一份填好的内容，下面是预览，尚未保存。新建后它成为你的一份新文档，现有的文档不受影响。',
    create: '新建文档',
    decline: '不新建',
  },
} as const;

/** Workshop mode on a shared device (WorkshopBar). */
export const WORKSHOP_BAR_TEXT = {
  heading: (code: string) => `工作坊 ${code}`,
  hint: '本页的练习只保存在这台设备的本次工作坊中，与你自己的文档分开。',
  name: '你的姓名',
  nameHint: '写在导出的文件和分享链接上，讲师汇总时据此区分每个人的练习。',
  next: '下一位参与者',
  nextIntro: (code: string) =>
    `交给下一位参与者之前：先导出你的练习表，交给讲师或自己保存；然后清除这台设备上工作坊 ${code} 的全部练习数据。不在工作坊中的文档不受影响，清除后无法恢复。`,
  exportFirst: '先保存为文件',
  clear: '清除并交给下一位',
  cleared: (code: string) => `已清除工作坊 ${code} 在这台设备上的数据，可以交给下一位参与者了。`,
} as const;
