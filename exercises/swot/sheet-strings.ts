/** Sheet and column names of the SWOT spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '概况',
  items: 'SWOT 条目',
  quadrant: '象限',
  item: '条目',
  importance: '重要性（1–5）',
  evidence: '依据',
  strategies: 'TOWS 策略',
  group: '策略组',
  strategy: '策略',
  basedOn: '依据的条目',
} as const;
