/**
 * The saved shape of a channel price chain (schema version 1). Every number is kept as the
 * text the learner typed ("1,299.00", "６折") and parsed when used, so nothing typed is lost
 * and the saved JSON never holds NaN. Tiers and scenarios carry short ids ("t1", "s2") so
 * that references to them survive reordering. Every text and list has the size limits of
 * core/limits.ts.
 */
import * as v from 'valibot';
import { list, text } from '../core/schema-limits';

export const TierSchema = v.object({
  id: text(),
  name: text(),
  /** 零售价倒推: the buying price is a discount off the retail price or off the next tier's price. */
  discountBase: v.picklist(['retail', 'next']),
  /** In 折, 0–10 ("6" = 6 折 = 60 % of the base price). */
  discount: text(),
  /** 成本加成: the selling price comes from a markup on cost or a target margin on price. */
  rateKind: v.picklist(['markup', 'margin']),
  /** In %, e.g. "10". */
  rate: text(),
  /** In %; '' means no minimum. */
  minMargin: text(),
});

export const BreakSchema = v.object({
  /** The break applies to an order of more than this many units (the 501st unit on for 500). */
  above: text(),
  /** In 折, e.g. "9.5". */
  discount: text(),
});

export const VolumeSchema = v.object({
  /** The buying tier whose price the breaks discount. */
  tierId: text(),
  quantity: text(),
  breaks: list(BreakSchema),
});

export const ScenarioSchema = v.object({
  id: text(),
  name: text(),
  /** The tier whose buying price is cut (the last tier = the retail price). */
  tierId: text(),
  /** Extra % off that one price, e.g. "8" = 60 × (1 − 8 %). */
  extraOff: text(),
});

export const ChannelPricingSchema = v.object({
  method: v.picklist(['retail-minus', 'cost-plus']),
  /** How typed prices are meant: 含税 (gross) or 不含税 (net). The unit cost is always net. */
  priceBasis: v.picklist(['gross', 'net']),
  unitCost: text(),
  retailPrice: text(),
  vatRate: text(),
  floorPrice: text(),
  /** The tier whose buying price the floor protects (it also applies further down the chain). */
  floorTierId: text(),
  /** nine: up to X.90; nine-down: down to X.90 (charm price); yuan: up to whole 元. */
  ending: v.picklist(['none', 'nine', 'nine-down', 'yuan']),
  tiers: list(TierSchema),
  volume: VolumeSchema,
  scenarios: list(ScenarioSchema),
});

export type Tier = v.InferOutput<typeof TierSchema>;
export type Break = v.InferOutput<typeof BreakSchema>;
export type Volume = v.InferOutput<typeof VolumeSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ChannelPricingData = v.InferOutput<typeof ChannelPricingSchema>;
export type PricingMethod = ChannelPricingData['method'];
export type PriceBasis = ChannelPricingData['priceBasis'];
export type PriceEnding = ChannelPricingData['ending'];
