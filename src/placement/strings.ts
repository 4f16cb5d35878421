/** Every text of 入门自测 (src/components/placement/Placement.astro and placement.ts). */
import type { Level } from './key';

export const PLACEMENT_TEXT = {
  submit: '查看结果',
  better: '更好的做法：',
  readMore: '在这一章学习：',
  resultTitle: '你的结果',
  tableCaption: '各模块的结果',
  module: '模块',
  correct: '答对',
  advice: '建议',
  reviewBelow: '每道题下面都列出了更好的做法、理由和讲授它的章节，可以逐题回看。',
  again: '重新作答',
  keyTitle: '评分说明（讲师用）',
  keyHow: '每个模块 2 题。对照下表，数出每个模块答对的题数：选中“最佳选项”的记为答对。',
  keyQuestions: '题号',
  keyBest: '最佳选项',
  keyLevels:
    '两题都答对：这个模块可以略读，直接做它的知识自测；答对一题：建议复习；一题都没有答对：建议先读。按课程顺序，从第一个“建议先读”的模块开始学习；没有的话，从第一个“建议复习”的模块开始。',
  levels: {
    read: '建议先读',
    review: '建议复习',
    skim: '可以略读',
  } satisfies Record<Level, string>,
  count: (correct: number, total: number) => `${correct} / ${total}`,
  summary: (correct: number, total: number) => `共 ${total} 题，你选中了 ${correct} 题的更好做法。`,
  start: (label: string) => `建议从「${label}」开始学习：`,
  startLink: (label: string) => `打开「${label}」的第一章`,
  allSkim: '每个模块你都选中了更好的做法。可以按需跳读，直接用各模块的知识自测和练习工具检验自己。',
  missing: (numbers: number[]) =>
    `还有 ${numbers.length} 题没有作答：${numbers.map((n) => `第 ${n} 题`).join('、')}。答完全部题目才能查看结果。`,
  right: '你的选择就是更好的做法。',
  wrong: (letter: string) => `你选的是 ${letter}。`,
  memory: '本浏览器无法保存数据，关闭页面后答案会丢失。',
  saved: (date: string) => `结果已保存在本浏览器（${date}），会显示在“学习进度”页上。`,
};
