/**
 * Texts of 复制为 Markdown and of the blank template (打印空白表). Apart from strings.ts
 * because markdown.ts and SwotBlank.tsx load when those buttons are used.
 */
import type { Quadrant, StrategyGroup } from './shape';
import { QUADRANT_NAME, TOWS } from './strings';

export const MD = {
  title: (subject: string) => (subject ? `SWOT 分析：${subject}` : 'SWOT 分析'),
  subject: '分析对象',
  date: '日期',
  quadrant: (q: Quadrant) => `${QUADRANT_NAME[q]}（${q}）`,
  importance: (n: number) => `重要性 ${n}`,
  evidence: '依据',
  none: '（暂无）',
  tows: 'TOWS 策略',
  group: (g: StrategyGroup) => `${g}：${TOWS.group[g].idea}`,
  basedOn: '依据',
} as const;

export const BLANK = {
  heading: 'SWOT 分析矩阵（空白表）',
  subject: '分析对象',
  date: '日期',
  tows: 'TOWS 策略',
} as const;
