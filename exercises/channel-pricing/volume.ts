/**
 * 数量折扣与阶梯价格: quantity breaks on one tier's buying price, and an order settled both ways.
 *
 * A break typed as 500 means 「超过 500 件」: it applies from the 501st unit. 全量折扣 prices
 * the whole order at the last break it passes; 分段累进 prices each band at its own price,
 * like 个人所得税. That is the chapter's reading of 「500 箱及以下 60 元，501–1000 箱 57 元，
 * 超过 1000 箱 54 元」: 1000 箱 → 1000 × 57; 1200 箱 → 1200 × 54 or 500 × 60 + 500 × 57 + 200 × 54.
 */
import {
  approvalIssue,
  discounted,
  priceIssues,
  sellerMargin,
  type ChainResult,
  type Factor,
  type Issue,
  type SellerMargin,
} from './chain';
import { dec, fieldValue, formatZhe, ONE, readField, RULE, type Decimal } from './money';

const isIssue = (issue: Issue | null): issue is Issue => issue !== null;
import { tierIndex } from './model';
import type { ChannelPricingData } from './schema';
import { VOLUME } from './volume-strings';

export interface Band {
  /** Units above this number are in the band (0 for the base band). */
  above: number;
  /** Last unit of the band, or null for the top band. */
  upTo: number | null;
  /** The break's discount; null for the base band. */
  factor: Factor | null;
  price: Decimal;
  /** What the selling tier keeps at this price. */
  seller: SellerMargin;
  issues: Issue[];
}

export interface OrderPart {
  band: number;
  quantity: number;
  price: Decimal;
  amount: Decimal;
}

export interface Order {
  quantity: number;
  /** 全量折扣: the whole order at the band the quantity reaches. */
  allUnits: { band: number; price: Decimal; total: Decimal };
  /** 分段累进: each band's units at that band's price. */
  tiered: { parts: OrderPart[]; total: Decimal; average: Decimal };
  /** 分段累进 − 全量折扣. */
  difference: Decimal;
}

/** 全量折扣 makes N + 1 units cheaper than N: the step that invites padding orders. */
export interface Cliff {
  above: number;
  payAt: Decimal;
  payAbove: Decimal;
}

export type VolumeResult =
  | { ok: false; reason: 'noChain' | 'noPrice'; tierIndex: number; rowErrors: (string | null)[] }
  | {
      ok: true;
      tierIndex: number;
      sellerIndex: number;
      basePrice: Decimal;
      bands: Band[];
      /** A message per break row that is out of order (its own field messages aside). */
      rowErrors: (string | null)[];
      order: Order | null;
      cliffs: Cliff[];
    };

/** The valid breaks, in order, and a message for each row that does not follow the one before. */
export function readBreaks(data: ChannelPricingData): {
  breaks: { above: number; zhe: Decimal }[];
  rowErrors: (string | null)[];
} {
  const breaks: { above: number; zhe: Decimal }[] = [];
  const rowErrors = data.volume.breaks.map((row) => {
    const above = readField(row.above, RULE.count);
    const zhe = fieldValue(row.discount, RULE.zhe);
    if (!above.ok || zhe === null) return null;
    const count = above.value;
    const previous = breaks[breaks.length - 1];
    if (previous && count <= previous.above) return VOLUME.outOfOrder(previous.above);
    breaks.push({ above: count, zhe });
    return null;
  });
  return { breaks, rowErrors };
}

/** Settle an order of `quantity` units over `bands`. */
export function settle(bands: readonly Band[], quantity: number): Order {
  const q = dec(quantity);
  let reached = 0;
  bands.forEach((b, i) => {
    if (quantity > b.above) reached = i;
  });
  const allPrice = bands[reached].price;
  const allTotal = q.times(allPrice);
  const parts: OrderPart[] = [];
  bands.forEach((b, i) => {
    const upper = bands[i + 1]?.above ?? Infinity;
    const units = Math.max(0, Math.min(quantity, upper) - b.above);
    if (units > 0)
      parts.push({ band: i, quantity: units, price: b.price, amount: dec(units).times(b.price) });
  });
  const total = parts.reduce((sum, p) => sum.plus(p.amount), dec(0));
  return {
    quantity,
    allUnits: { band: reached, price: allPrice, total: allTotal },
    tiered: { parts, total, average: quantity > 0 ? total.div(q) : dec(0) },
    difference: total.minus(allTotal),
  };
}

/** Where 全量折扣 lets one more unit cost less in total. */
export function cliffs(bands: readonly Band[]): Cliff[] {
  return bands.slice(1).flatMap((b, i) => {
    const payAt = dec(b.above).times(bands[i].price);
    const payAbove = dec(b.above + 1).times(b.price);
    return payAbove.lt(payAt) ? [{ above: b.above, payAt, payAbove }] : [];
  });
}

export function computeVolume(data: ChannelPricingData, chain: ChainResult): VolumeResult {
  const { breaks, rowErrors } = readBreaks(data);
  const k = Math.max(1, tierIndex(data.tiers, data.volume.tierId, 1));
  if (!chain.ok) return { ok: false, reason: 'noChain', tierIndex: k, rowErrors };
  const base = chain.prices[k];
  if (!base || base.value === null)
    return { ok: false, reason: 'noPrice', tierIndex: k, rowErrors };
  const ctx = chain.context;
  const sellerBuy = k - 1 === 0 ? ctx.cost : chain.prices[k - 1].value;
  const band = (above: number, upTo: number | null, factor: Factor | null): Band => {
    const point = factor ? discounted(base, factor) : base;
    const seller = sellerMargin(ctx, k - 1, sellerBuy, point.value);
    return {
      above,
      upTo,
      factor,
      price: point.value ?? dec(0),
      seller,
      issues: [
        ...priceIssues(ctx, k, point),
        ...(factor ? [approvalIssue(ctx, k, ONE.minus(factor.value))].filter(isIssue) : []),
        ...seller.issues,
      ],
    };
  };
  const bands = [
    band(0, breaks[0]?.above ?? null, null),
    ...breaks.map((b, i) =>
      band(b.above, breaks[i + 1]?.above ?? null, {
        value: b.zhe.div(10),
        label: formatZhe(b.zhe.div(10)),
      }),
    ),
  ];
  const quantity = fieldValue(data.volume.quantity, RULE.count);
  return {
    ok: true,
    tierIndex: k,
    sellerIndex: k - 1,
    basePrice: base.value,
    bands,
    rowErrors,
    order: quantity ? settle(bands, quantity.toNumber()) : null,
    cliffs: cliffs(bands),
  };
}
