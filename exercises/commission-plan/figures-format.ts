/** How the 提成方案测算 shows its exact figures (loads with the parts that show them). */
import type Big from 'big.js';
import { formatAmount, formatRate } from '../core/big-format';
import { RESULTS as T } from './results-strings';
import type { Plan, RepPay } from './pay';

/** A factor with at least one decimal, as the chapter writes it: 1 → 1.0, 0.6 → 0.6. */
export function formatFactor(value: Big): string {
  const text = value.round(4).toString();
  return text.includes('.') ? text : `${text}.0`;
}

/** The steps from the tiers to the commission paid: 累进 5,000 × 毛利系数 1.2（毛利率 32%）… = 6,000. */
export function paySteps(plan: Plan, p: RepPay): string {
  let text = `${T.methodShort[plan.method]} ${formatAmount(p.tierCommission)}`;
  if (plan.base === 'margin') text = T.onMargin(formatAmount(p.baseAmount)) + text;
  let factors = 0;
  if (p.marginFactor && p.marginRate) {
    text += T.marginStep(formatFactor(p.marginFactor), formatRate(p.marginRate));
    factors++;
  }
  if (p.performance) {
    text += T.performanceStep(formatFactor(p.performance));
    factors++;
  }
  if (plan.collectionShare.gt(0)) {
    text += T.collectionStep(formatRate(p.collectionFactor));
    if (!p.collectedRatio) text += T.collectionAssumed;
    factors++;
  }
  if (factors > 0) text += ` = ${formatAmount(p.beforeCap)}`;
  if (p.cappedOff.gt(0) && plan.cap)
    text += T.capStep(formatAmount(plan.cap), formatAmount(p.cappedOff));
  return text;
}
