/** The 团队能力评估 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const teamCompetencyEntry: WorksheetEntry = {
  id: 'team-competency',
  title: '团队能力评估',
  summary:
    '按四个维度、十六项胜任能力为自己和团队成员逐项打分，用雷达图看强弱，把最低的两三项写成个人发展计划。',
  chapter: '/role/competency/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '团队名称', value: '华东区域销售一组' },
};
