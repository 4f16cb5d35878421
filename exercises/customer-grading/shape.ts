/**
 * Version of the saved 客户分级与流失预警 data and the constants of its shape. No validation
 * library here: the page imports it freely, while schema.ts loads only when data from outside
 * the page must be checked.
 */
export const SCHEMA_VERSION = 1;

/** The four scoring dimensions of customers/key-accounts, in the chapter's order. */
export const DIMENSIONS = ['sales', 'potential', 'strategic', 'stability'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The warning signals of customers/churn's risk-score table, in the chapter's order. */
export const SIGNALS = [
  'frequency',
  'volume',
  'payment',
  'contact',
  'complaints',
  'competitor',
  'engagement',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** Grades from the top of the pyramid: 战略合作伙伴, 成长型, 维护型, 开发型. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Risk levels from the highest: 红, 黄, 绿. */
export const RISK_LEVELS = ['red', 'yellow', 'green'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
