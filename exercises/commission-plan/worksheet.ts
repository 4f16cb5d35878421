/** The 提成方案测算 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const commissionPlanEntry: WorksheetEntry = {
  id: 'commission-plan',
  title: '提成方案测算',
  summary:
    '设定底薪、提成基数、累进或全额的提成档位、回款比例和封顶，录入或从 Excel 导入销售代表的业绩，算出每人的收入和销售费用率，并检查断崖、封顶和只按销售额提成的问题。',
  chapter: '/team/commission/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '底薪', value: '6,000' },
};
