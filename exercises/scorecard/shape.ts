/**
 * Version of the saved 绩效计分卡 data and the constants of its shape. No validation library
 * here: the page imports it freely, while schema.ts loads only when data from outside the page
 * must be checked. To change the saved shape: bump SCHEMA_VERSION, change schema.ts and add a
 * migration in definition.ts (with a test).
 */
export const SCHEMA_VERSION = 1;

/** The four kinds of indicator the course teaches, in the chapter's order. */
export const CATEGORY_KEYS = ['results', 'ability', 'process', 'growth'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

/** 计分方式: linear attainment with a cap, linear with a threshold below which it scores 0, or a score by hand. */
export const RULES = ['linear', 'threshold', 'manual'] as const;
export type Rule = (typeof RULES)[number];

/** higher: more is better (销售额); lower: less is better (费用率). */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
