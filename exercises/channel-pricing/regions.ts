/**
 * 窜货 check: two regional prices of one product and what moving goods between them costs.
 * The chapter's rule (区域差异化定价): a regional gap must not exceed the freight and the other
 * costs of moving goods across, or buying in the cheap region and selling in the dear one pays.
 */
import { fieldValue, formatYuan, RULE, ZERO, type Decimal } from './money';
import type { Regions } from './schema';
import { REGIONS } from './controls-strings';

export type CrossRegion =
  | { ok: false }
  | {
      ok: true;
      /** |甲 − 乙|. */
      gap: Decimal;
      /** Freight + other costs per unit. */
      cost: Decimal;
      /** gap − cost: what each unit moved across gains (negative: it loses). */
      spread: Decimal;
      /** The gap exceeds the cost. */
      risk: boolean;
      message: string;
    };

export function crossRegion(regions: Regions): CrossRegion {
  const a = fieldValue(regions.priceA, RULE.money);
  const b = fieldValue(regions.priceB, RULE.money);
  const freight = fieldValue(regions.freight, RULE.money);
  const handling = regions.handling.trim() ? fieldValue(regions.handling, RULE.money) : ZERO;
  if (a === null || b === null || freight === null || handling === null) return { ok: false };
  const gap = a.minus(b).abs();
  const cost = freight.plus(handling);
  const spread = gap.minus(cost);
  const risk = spread.gt(0);
  const [from, to] = a.gte(b) ? [REGIONS.b, REGIONS.a] : [REGIONS.a, REGIONS.b];
  const message = risk
    ? REGIONS.risk(formatYuan(gap), formatYuan(cost), from, to, formatYuan(spread))
    : REGIONS.safe(formatYuan(gap), formatYuan(cost));
  return { ok: true, gap, cost, spread, risk, message };
}
