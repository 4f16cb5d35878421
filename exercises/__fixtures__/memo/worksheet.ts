/** The memo worksheet as the site would list it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../../registry';

export const memoEntry: WorksheetEntry = {
  id: 'memo',
  title: '会议备忘',
  summary: '记下一次会议的主题和要点。',
  chapter: '/role/duties/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '会议主题', value: '华东区季度复盘' },
};
