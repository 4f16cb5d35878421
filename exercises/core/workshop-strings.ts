/**
 * Chinese texts about workshop codes: why one is refused (the 嵌入与分享 panel, an embed
 * address with a bad code). They load with those views; 下一位参与者 has its texts in
 * notice-strings.ts.
 */
import { WORKSHOP_CODE_MAX, type WorkshopCodeResult } from './workshop';

export const WORKSHOP_TEXT = {
  code: {
    chars: '工作坊代码只能包含英文字母、数字、短横线（-）和下划线（_），例如 2026-sh-01。',
    tooLong: (max: number) => `工作坊代码最多 ${max} 个字符。`,
    reserved: '「default」是保留词，请换一个工作坊代码。',
    empty: '工作坊代码至少要有一个英文字母或数字，例如 2026-sh-01。',
    edges: '工作坊代码不能以短横线（-）开头或结尾。',
    suggestion: (code: string) => `你是不是想输入 ${code}？`,
  },
  badLink: (message: string) => `这个链接中的工作坊代码无法使用：${message}`,
  withoutCode: '不使用工作坊代码，打开个人练习表',
  backToChapter: (title: string) => `在课程中打开：${title}`,
} as const;

/** Why a code is refused and, when there is one, the valid code it resembles. */
export function workshopCodeMessage(refused: Extract<WorkshopCodeResult, { ok: false }>): string {
  const hint = refused.suggestion ? WORKSHOP_TEXT.code.suggestion(refused.suggestion) : '';
  return `${reason(refused.problem)}${hint}`;
}

function reason(problem: Extract<WorkshopCodeResult, { ok: false }>['problem']): string {
  switch (problem) {
    case 'chars':
      return WORKSHOP_TEXT.code.chars;
    case 'too-long':
      return WORKSHOP_TEXT.code.tooLong(WORKSHOP_CODE_MAX);
    case 'reserved':
      return WORKSHOP_TEXT.code.reserved;
    case 'empty':
      return WORKSHOP_TEXT.code.empty;
    case 'edges':
      return WORKSHOP_TEXT.code.edges;
  }
}
