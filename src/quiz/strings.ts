/** 回答不对。正确答案是：“…”；“…”。 */
const notRight = (answers: readonly string[]) =>
  `回答不对。正确答案是：${answers.map((a) => `“${a}”`).join('；')}。`;

/** Chinese text of the knowledge check's feedback and score. */
export const QUIZ_TEXT = {
  right: '回答正确。',
  wrong: (answers: readonly string[]) => `${notRight(answers)}可以点击“重做此题”再答一次。`,
  /** In the 综合测验's review (no 重做此题 there: the whole test is taken again). */
  wrongFinal: notRight,
  /** The marks on the options after checking (words and a sign, not colour alone). */
  mark: (chosen: boolean, correct: boolean) =>
    chosen && correct
      ? '✓ 你的选择 · 正确答案'
      : correct
        ? '✓ 正确答案'
        : chosen
          ? '✗ 你的选择'
          : '',
  chooseFirst: '请先选择一个答案，再核对。',
  progress: (checked: number, total: number, correct: number) =>
    checked === 0
      ? `共 ${total} 题。每题选好后点击“核对答案”。`
      : checked < total
        ? `已核对 ${checked}/${total} 题，答对 ${correct} 题。`
        : `本次作答完成：共 ${total} 题，答对 ${correct} 题。`,
  saved: (last: string, best: string | null) =>
    `最近一次完成：${last}${best ? `；最好成绩：${best}` : ''}。成绩只保存在本浏览器中。`,
  score: (correct: number, total: number, date: string) => `${correct}/${total}（${date}）`,
  memory: '浏览器不允许保存数据，本次成绩只在页面打开期间有效。',
};

/** 2026 年 11 月 28 日 */
export function chineseDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()} 年 ${d.getMonth() + 1} 月 ${d.getDate()} 日`;
}
