/**
 * Chinese texts of workshop mode: workshop codes in embed addresses and 下一位参与者. Apart
 * from strings.ts because only embed pages use them.
 */

export const WORKSHOP_TEXT = {
  code: {
    chars: '工作坊代码只能包含英文字母、数字、短横线（-）和下划线（_），例如 2026-sh-01。',
    tooLong: (max: number) => `工作坊代码最多 ${max} 个字符。`,
    reserved: '「default」是保留词，请换一个工作坊代码。',
  },
  badLink: (message: string) => `这个链接中的工作坊代码无法使用：${message}`,
  withoutCode: '不使用工作坊代码，打开个人练习表',
  heading: (code: string) => `工作坊 ${code}`,
  hint: '本页的练习只保存在这台设备的本次工作坊中，与你自己的文档分开。',
  next: '下一位参与者',
  nextIntro: (code: string) =>
    `交给下一位参与者之前：先导出你的练习表，交给讲师或自己保存；然后清除这台设备上工作坊 ${code} 的全部练习数据。不在工作坊中的文档不受影响，清除后无法恢复。`,
  exportFirst: '先导出 JSON',
  clear: '清除并交给下一位',
  cleared: (code: string) => `已清除工作坊 ${code} 在这台设备上的数据，可以交给下一位参与者了。`,
  loading: '正在载入练习……',
  backToChapter: (title: string) => `在课程中打开：${title}`,
} as const;
