/** The 绩效计分卡 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const scorecardEntry: WorksheetEntry = {
  id: 'scorecard',
  title: '绩效计分卡',
  summary:
    '按业绩、能力、过程、发展四类指标和权重为团队成员计分，比较排名和得分分布，并写下绩效面谈记录。',
  chapter: '/team/performance/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '考核周期', value: '2026 年第四季度' },
};
