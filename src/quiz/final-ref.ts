/**
 * The 综合测验's name among the quiz results, its page and its length (final.ts): what
 * completion, 学习进度 and the backup need of it, without the code of the test itself.
 */

/** The key of the final test among the quiz results (not a module id). */
export const FINAL_ID = 'final';
/** The final test's page (site path, without the base). */
export const FINAL_PATH = '/reference/final-quiz/';
export const FINAL_QUESTIONS = 20;
