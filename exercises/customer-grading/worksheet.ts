/** The 客户分级与流失预警 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const customerGradingEntry: WorksheetEntry = {
  id: 'customer-grading',
  title: '客户分级与流失预警',
  summary:
    '录入或从 Excel 导入客户清单，按四个维度打分划分客户层级，查看分级金字塔和销售额占比；勾选流失预警信号算出风险等级，为黄色和红色客户安排挽回措施。',
  chapter: '/customers/key-accounts/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '团队或区域', value: '华东区域团队' },
};
