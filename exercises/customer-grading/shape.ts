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

/** Signals the chapter measures (3 months against the same months a year before), and the fields. */
export const MEASURED_SIGNALS = ['frequency', 'volume'] as const;
export type MeasuredSignal = (typeof MEASURED_SIGNALS)[number];
export const MEASURE_FIELDS = {
  frequency: { recent: 'orders3m', prior: 'ordersPrior' },
  volume: { recent: 'purchase3m', prior: 'purchasePrior' },
} as const;
export type MeasureField =
  (typeof MEASURE_FIELDS)[MeasuredSignal][keyof (typeof MEASURE_FIELDS)[MeasuredSignal]];

/** Grades from the top of the pyramid: 战略合作伙伴, 成长型, 维护型, 开发型. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** Risk levels from the highest: 红, 黄, 绿. */
export const RISK_LEVELS = ['red', 'yellow', 'green'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
