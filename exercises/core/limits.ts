/**
 * Size limits of worksheet data, the same for every worksheet and far above real use (a
 * SWOT quadrant with 200 items, a text of 5,000 characters). They keep a hand-made file or
 * link from freezing the page: the schemas refuse anything larger (schema-limits.ts), the
 * fields stop typing at the text limit, and the models add no list item past the list
 * limit, so what a learner types is always readable again. No validation library here: the
 * views and models import these numbers freely.
 */

/** Characters of any text field (also a document's title). */
export const TEXT_MAX = 5_000;
/** Characters of a participant's name (workshop mode). */
export const AUTHOR_MAX = 50;
/** Items of any list (SWOT items per quadrant, strategies per group, milestones, tiers …). */
export const LIST_MAX = 200;
/**
 * Rows of a list brought in from a spreadsheet (deals, customers, reps): a sales team's
 * customer list runs to hundreds of rows. The worksheets stay responsive at 500 rows on a
 * mid phone (measured in `npm run bench`).
 */
export const ROWS_MAX = 1_000;
/** Characters of an id the worksheet made itself (a SWOT item's, a tier's). */
export const ID_MAX = 100;
/** Longest decoded content of a share link (characters of JSON), as for a file (1 MB). */
export const LINK_CONTENT_MAX = 1024 * 1024;
