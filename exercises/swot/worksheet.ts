/** The SWOT worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const swotEntry: WorksheetEntry = {
  id: 'swot',
  title: 'SWOT 分析矩阵',
  summary: '为一个市场、产品或渠道列出优势、劣势、机会与威胁，并组合出 TOWS 策略。',
  chapter: '/process/market-analysis/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '分析对象', value: '华东分销渠道' },
};
