/**
 * Chinese text of the 综合测验 (final-quiz.ts); the feedback on each answer is QUIZ_TEXT's
 * (strings.ts). Apart from strings.ts, which 学习进度 loads too.
 */
export const FINAL_TEXT = {
  progress: (answered: number, total: number) =>
    `共 ${total} 题，已作答 ${answered} 题。全部答完后点击“提交答卷”。`,
  result: (correct: number, total: number, percent: number) =>
    `本次成绩：${correct}/${total}（${percent}%）。下面逐题列出你的选择、正确答案和解析。`,
  missing: (numbers: readonly number[]) =>
    `还有 ${numbers.length} 题没有作答：${numbers.map((n) => `第 ${n} 题`).join('、')}。请答完再提交。`,
  noQuestions: '题库没能读取，请刷新页面再试。',
};
