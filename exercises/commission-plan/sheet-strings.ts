/** Sheet and column names of the 提成方案测算 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  plan: '方案',
  tiers: '提成档位',
  margin: '毛利系数',
  reps: '销售代表收入',
  curve: '收入与达成率',
  none: '不封顶',
} as const;
