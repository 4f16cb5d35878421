/** The channel pricing worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const channelPricingEntry: WorksheetEntry = {
  id: 'channel-pricing',
  title: '渠道价格计算器',
  summary: '从出厂到零售的价格链：各级进价、售价、毛利率与加价率，数量折扣与最低限价检查。',
  chapter: '/channels/pricing/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '建议零售价', value: '1234.56' },
};
