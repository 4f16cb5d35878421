/** Chinese text of the 结业条件 checklist and the 结业 page. */
import { MASTERY_PERCENT } from './completion';

/** The final test's name (its page title, 学习进度, the checklist, the certificate). */
export const FINAL_LABEL = '综合测验';

export const COMPLETION_TEXT = {
  done: '已完成：',
  notDone: '未完成：',
  complete: '你已完成全部结业条件。',
  left: (n: number) => `还差 ${n} 项结业条件，完成下面列出的内容即可结业。`,
  chapters: '阅读全部章节',
  chaptersCount: (read: number, total: number) => `已读 ${read}/${total} 章。`,
  quizzes: `每个模块的知识自测达到 ${MASTERY_PERCENT}%（以最好成绩计）`,
  quizzesCount: (passed: number, total: number) => `已通过 ${passed}/${total} 个模块。`,
  quizBest: (correct: number, total: number, percent: number) =>
    `最好成绩 ${correct}/${total}（${percent}%），未达 ${MASTERY_PERCENT}%`,
  quizNone: '尚未完成',
  worksheets: '各章布置的练习至少填写一份',
  worksheetsCount: (filled: number, total: number) => `已填写 ${filled}/${total} 个练习。`,
  worksheetHint: '未填写',
  final: `综合测验达到 ${MASTERY_PERCENT}%（以最好成绩计）`,
  finalPassed: '已通过。',
};

/** The note printed on every 学习证明. */
export const CERTIFICATE_NOTE = '自学完成证明，非资质认证';

export const CERTIFICATE_TEXT = {
  nameMissing: '请先填写学习者姓名，再打印学习证明。',
  score: (correct: number, total: number, percent: number) => `${correct}/${total}（${percent}%）`,
};
