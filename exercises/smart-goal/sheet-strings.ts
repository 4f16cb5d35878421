/** Sheet and column names of the SMART spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  goal: '目标',
  change: '变化幅度',
  statement: '目标陈述',
  checks: 'SMART 检查',
  letter: '维度',
  status: '结果',
  reason: '说明',
  milestones: '里程碑',
  periods: '分解到期间',
  period: '期间',
  subPeriod: '细分期间',
  members: '分解到个人',
  total: '分解总量',
  personMonth: '人员 × 月份',
  tracking: '达成率跟踪',
} as const;
