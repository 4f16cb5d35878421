/** Sheet and column names of the 90 天行动计划 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '概况',
  phases: '阶段',
  goals: '阶段目标与复盘',
  actions: '行动',
  phase: '阶段',
  from: '开始日期',
  to: '结束日期',
  day: '第几天',
} as const;
