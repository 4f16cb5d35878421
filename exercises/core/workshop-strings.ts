/**
 * Chinese texts about workshop codes: why one is refused (the 嵌入与分享 panel, an embed
 * address with a bad code). They load with those views; 下一位参与者 has its texts in
 * notice-strings.ts.
 */
import { WORKSHOP_CODE_MAX, type WorkshopCodeProblem } from './workshop';

export const WORKSHOP_TEXT = {
  code: {
    chars: '工作坊代码只能包含英文字母、数字、短横线（-）和下划线（_），例如 2026-sh-01。',
    tooLong: (max: number) => `工作坊代码最多 ${max} 个字符。`,
    reserved: '「default」是保留词，请换一个工作坊代码。',
  },
  badLink: (message: string) => `这个链接中的工作坊代码无法使用：${message}`,
  withoutCode: '不使用工作坊代码，打开个人练习表',
  backToChapter: (title: string) => `在课程中打开：${title}`,
} as const;

export function workshopCodeMessage(problem: WorkshopCodeProblem): string {
  switch (problem) {
    case 'chars':
      return WORKSHOP_TEXT.code.chars;
    case 'too-long':
      return WORKSHOP_TEXT.code.tooLong(WORKSHOP_CODE_MAX);
    case 'reserved':
      return WORKSHOP_TEXT.code.reserved;
  }
}
