/** Sheet and column names of the 客户分级与流失预警 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '概况',
  customers: '客户',
  pyramid: '分级金字塔',
  signalSeparator: '、',
} as const;
