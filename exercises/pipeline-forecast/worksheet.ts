/** The 销售漏斗预测 worksheet as the site lists it (see exercises/registry.ts). */
import type { WorksheetEntry } from '../registry';

export const pipelineForecastEntry: WorksheetEntry = {
  id: 'pipeline-forecast',
  title: '销售漏斗预测',
  summary:
    '录入或从 Excel 导入商机，按预计成交日期筛选本期商机，用各阶段赢单率算出加权预测，查看覆盖率、漏斗薄弱环节和预测准确率。',
  chapter: '/process/forecasting/',
  ready: true,
  parts: () => import('./parts').then((m) => m.parts),
  contract: { field: '预测期间', value: '2027 年 3 月' },
};
