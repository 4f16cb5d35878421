/**
 * The grading rules of customers/key-accounts, exact: four dimensions scored 1–5 with weights
 * 30/30/20/20 %; the weighted score is kept in hundredths (2 × 30 + 5 × 30 + 4 × 20 + 3 × 20 =
 * 350 → 3.5), so no float ever decides a grade; grades by the chapter's thresholds (4.2 with
 * 战略价值 ≥ 4, then 3.0 split by 未来潜力 against 当前销售额). Small and pure: the customer
 * table shows 评分 and 等级 as the learner scores; everything else is in grading.ts.
 */
import { quantityInput } from '../core/numbers';
import type { Customer } from './schema';
import { DIMENSIONS, type Dimension, type Grade } from './shape';

/** Weights of the dimensions, in percent (customers/key-accounts). */
export const WEIGHTS: Record<Dimension, number> = {
  sales: 30,
  potential: 30,
  strategic: 20,
  stability: 20,
};

/** Grade thresholds, in hundredths of a point. */
export const STRATEGIC_MIN = 420;
export const KEY_ACCOUNT_MIN = 300;

/** 年销售额: money, never negative, small enough to count in fen exactly. */
export const REVENUE_INPUT = quantityInput('money', { min: 0, max: 1e12 });

/** A dimension's score 1–5, or null when not scored (or not a whole number from 1 to 5). */
export function readScore(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  return /^[1-5]$/.test(t) ? Number(t) : null;
}

/** The weighted score in hundredths (3.5 → 350), null until all four dimensions are scored. */
export function weightedScore(customer: Customer): number | null {
  let total = 0;
  for (const d of DIMENSIONS) {
    const score = readScore(customer[d]);
    if (score === null) return null;
    total += score * WEIGHTS[d];
  }
  return total;
}

/** Hundredths as the chapter writes scores: 350 → 3.5, 400 → 4.0, 355 → 3.55. */
export function formatScore(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const rest = String(hundredths % 100).padStart(2, '0');
  return `${whole}.${rest.endsWith('0') ? rest[0] : rest}`;
}

/** The grade by the chapter's rules, null until all four dimensions are scored. */
export function gradeOf(customer: Customer): Grade | null {
  const score = weightedScore(customer);
  if (score === null) return null;
  const strategic = readScore(customer.strategic)!;
  if (score >= STRATEGIC_MIN && strategic >= 4) return 'A';
  if (score >= KEY_ACCOUNT_MIN)
    return readScore(customer.potential)! > readScore(customer.sales)! ? 'B' : 'C';
  return 'D';
}
