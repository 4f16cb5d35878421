/** Sheet and column names of the 销售漏斗预测 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '预测',
  stages: '阶段与赢单率',
  deals: '商机',
  inPeriod: '计入本期',
  yes: '是',
  no: '否',
  history: '预测准确率',
} as const;
