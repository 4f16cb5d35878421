/** The 90 天行动计划 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const actionPlanEntry: WorksheetEntry = {
  id: 'action-plan',
  title: '90 天行动计划',
  summary:
    '按诊断与沟通、试点与调整、固化与复盘三个阶段写下可衡量的目标、行动和复盘日期，画出 90 天时间线，结束时逐条复盘。',
  chapter: '/growth/next-steps/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '下一个 90 天的重点', value: '把陪访制度推广到全部成员' },
};
