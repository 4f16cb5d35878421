/**
 * Constants of the saved SWOT shape: its version, the quadrant and strategy-group keys and the
 * importance range. No validation library here: the page imports these freely, and schema.ts
 * builds its checks from them (it loads only when data from outside the page must be checked).
 * To change the saved shape: bump SCHEMA_VERSION, change schema.ts and add a migration in
 * definition.ts (with a test).
 */
export const SCHEMA_VERSION = 1;

export const QUADRANTS = ['S', 'W', 'O', 'T'] as const;
export const STRATEGY_GROUPS = ['SO', 'WO', 'ST', 'WT'] as const;

export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;
export const DEFAULT_IMPORTANCE = 3;

export type Quadrant = (typeof QUADRANTS)[number];
export type StrategyGroup = (typeof STRATEGY_GROUPS)[number];
