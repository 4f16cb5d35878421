/** The SMART goal worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const smartGoalEntry: WorksheetEntry = {
  id: 'smart-goal',
  title: 'SMART 目标制定',
  summary: '把一个销售目标写成具体、可衡量、可实现、相关、有时限的目标，并分解到季度、月份和个人。',
  chapter: '/team/performance/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '目标名称', value: '华东区新客户开发' },
};
