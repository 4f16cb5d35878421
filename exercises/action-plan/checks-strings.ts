/** Texts of the plan checks (checks.ts, PlanChecks.tsx; loaded with them). */
export const CHECKS = {
  heading: '计划检查',
  pending: '填写阶段目标和行动后，这里会列出需要注意的地方。',
  allGood: '三个阶段都有可衡量的目标，行动和复盘日期都在各自的阶段内。',
  count: (n: number) => `有 ${n} 处需要注意：`,
  noStart: '请先填写计划开始日期：各阶段的日期由它推算，才能检查日期是否落在阶段内。',
  badStart: '计划开始日期格式不正确，请重新选择日期。',
  noMeasurableGoal: (phase: string) =>
    `${phase}还没有可衡量的阶段目标：至少写一个带数量的目标（做到多少、到什么时候）。`,
  goal: (phase: string, n: number, reason: string) => `${phase}阶段目标 ${n}：${reason}`,
  goalDayOutside: (phase: string, n: number, day: number) =>
    `${phase}阶段目标 ${n} 的期限是第 ${day} 天，不在本阶段内（${phase}）：请改期限，或把目标移到对应的阶段。`,
  actionOutside: (phase: string, n: number, date: string, range: string) =>
    `${phase}行动 ${n} 的完成日期（${date}）不在本阶段内（${range}）。`,
  actionBadDate: (phase: string, n: number) =>
    `${phase}行动 ${n} 的完成日期格式不正确，请重新选择日期。`,
  reviewOutside: (phase: string, date: string, range: string) =>
    `${phase}的复盘日期（${date}）不在本阶段内（${range}）。`,
  reviewBadDate: (phase: string) => `${phase}的复盘日期格式不正确，请重新选择日期。`,
  range: (from: string, to: string) => `${from}至 ${to}`,
} as const;
