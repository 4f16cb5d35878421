/**
 * Version and constants of the saved 90 天行动计划. No validation library here: the page
 * imports it freely, while schema.ts loads only when data from outside the page is checked.
 * To change the saved shape: bump SCHEMA_VERSION, change schema.ts and add a migration in
 * definition.ts (with a test).
 */
export const SCHEMA_VERSION = 1;

/** Three phases of 30 days each, as growth/next-steps lays them out. */
export const PHASE_COUNT = 3;
export const PHASE_DAYS = 30;
export const PLAN_DAYS = PHASE_COUNT * PHASE_DAYS;

/** An action's 状态: 未开始, 进行中, 已完成, 已放弃. */
export const STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type ActionStatus = (typeof STATUSES)[number];
