/**
 * Version of the saved 提成方案测算 data and the constants of its shape. No validation library
 * here: the page imports it freely, while schema.ts loads only when data from outside the page
 * must be checked.
 */
export const SCHEMA_VERSION = 1;

/** 提成基数: commission on 实际销售额 or on 毛利. */
export const BASES = ['sales', 'margin'] as const;
export type CommissionBase = (typeof BASES)[number];

/** 计算方式: 累进 (each tier's rate on the part inside it) or 全额 (the reached tier's rate on all). */
export const METHODS = ['progressive', 'flat'] as const;
export type TierMethod = (typeof METHODS)[number];
