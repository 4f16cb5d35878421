/**
 * Constants of the saved 团队能力评估 shape: its version, the 16 competencies in 4 dimensions
 * (role/competency) and the rating range. No validation library here: the page imports these
 * freely, and schema.ts builds its checks from them. To change the saved shape: bump
 * SCHEMA_VERSION, change schema.ts and add a migration in definition.ts (with a test).
 */
export const SCHEMA_VERSION = 1;

/** The four dimensions, in the chapter's order. */
export const DIMENSIONS = ['lead', 'business', 'execution', 'communication'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Competencies per dimension (the chapter's table, column by column). */
export const PER_DIMENSION = 4;
/** 16 competencies; item `i` belongs to dimension `Math.floor(i / PER_DIMENSION)`. */
export const ITEM_COUNT = DIMENSIONS.length * PER_DIMENSION;

/** A rating is 1–5; 0 means not rated yet. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const UNRATED = 0;

/** Who gave a set of ratings: the person themselves or their manager. */
export const RATERS = ['self', 'manager'] as const;
export type Rater = (typeof RATERS)[number];
