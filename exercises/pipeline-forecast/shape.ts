/**
 * Version of the saved 销售漏斗预测 data and the constants of its shape. No validation library
 * here: the page imports it freely, while schema.ts loads only when data from outside the page
 * must be checked.
 */
export const SCHEMA_VERSION = 1;

/** 预测类别: 承诺 (commit), 可能 (best case), 储备 (pipeline). */
export const CATEGORIES = ['commit', 'best', 'pipeline'] as const;
export type ForecastCategory = (typeof CATEGORIES)[number];
