/**
 * 到手价 (pocket price): what a seller keeps of its invoice price after what it pays off the
 * invoice, per unit and 不含税 like the price waterfall: 年终返利, 促销与进场费用, 物流运费,
 * 账期成本 (invoice × days ÷ 365 × annual cost of capital), 现金折扣 and 退货损耗. Each item is
 * rounded to 分, so the pocket price is the invoice price less items that add up exactly;
 * 到手毛利 = 到手价 − 进价 (the producer's unit cost). McKinsey's pocket price waterfall is
 * the reference.
 */
import type { ChainResult } from './chain';
import { fieldValue, HUNDRED, ratio, RULE, toFen, type Decimal, type FieldRule } from './money';
import type { ChannelPricingData, Pocket } from './schema';
import { net, type WaterfallItem } from './summary';
import { POCKET } from './pocket-strings';

export type PocketResult =
  | { ok: false; reason: 'buyer' | 'noPrice' | 'none' | 'invalid' }
  | {
      ok: true;
      invoice: Decimal;
      pocket: Decimal;
      cost: Decimal;
      pocketMargin: Decimal;
      pocketMarginRate: Decimal | null;
      invoiceMarginRate: Decimal | null;
      waterfall: WaterfallItem[];
    };

const DAYS_A_YEAR = 365;

/** A typed value: null when empty, undefined when not valid. */
function typed(raw: string, rule: FieldRule): Decimal | null | undefined {
  if (!raw.trim()) return null;
  return fieldValue(raw, rule) ?? undefined;
}

/** The items paid off the invoice, in 元/件 to 分; undefined when an input is not valid. */
function deductions(
  p: Pocket,
  invoice: Decimal,
): [keyof typeof POCKET.items, Decimal][] | undefined {
  const out: [keyof typeof POCKET.items, Decimal][] = [];
  const share = (raw: string) => {
    const v = typed(raw, RULE.extraOff);
    return v === undefined ? undefined : v && toFen(invoice.times(v).div(HUNDRED));
  };
  const rebate = p.rebateKind === 'percent' ? share(p.rebate) : typed(p.rebate, RULE.money);
  let promo = typed(p.promo, RULE.money);
  if (promo && p.promoKind === 'lump') {
    const volume = typed(p.promoVolume, RULE.count);
    promo = volume ? toFen(promo.div(volume)) : undefined;
  }
  const freight = typed(p.freight, RULE.money);
  const days = typed(p.termDays, RULE.days);
  const rate = typed(p.capitalRate, RULE.vat);
  // Both or neither: days without a cost of capital (or the reverse) cannot be priced.
  const terms =
    days === undefined || rate === undefined || (days === null) !== (rate === null)
      ? undefined
      : days && rate && toFen(invoice.times(days).div(DAYS_A_YEAR).times(rate).div(HUNDRED));
  const cash = share(p.cashDiscount);
  const returns = share(p.returns);
  const items = { rebate, promo, freight, terms, cash, returns };
  for (const [key, value] of Object.entries(items) as [keyof typeof items, typeof rebate][]) {
    if (value === undefined) return undefined;
    if (value !== null) out.push([key, value]);
  }
  return out;
}

function pocketOf(data: ChannelPricingData, chain: ChainResult, i: number): PocketResult {
  const n = data.tiers.length;
  if (i >= n - 1) return { ok: false, reason: 'buyer' };
  if (!chain.ok) return { ok: false, reason: 'noPrice' };
  const row = chain.rows[i];
  const basis = chain.context.basis;
  const invoice = i === 0 ? row.sellNet : net(basis, row.sell, row.sellOther);
  const cost = i === 0 ? row.buy : net(basis, row.buy, row.buyOther);
  if (invoice === null || cost === null) return { ok: false, reason: 'noPrice' };
  const items = deductions(data.tiers[i].pocket, invoice);
  if (items === undefined) return { ok: false, reason: 'invalid' };
  if (items.length === 0) return { ok: false, reason: 'none' };

  const share = (x: Decimal) => ratio(x, invoice);
  const level = (key: string, label: string, value: Decimal, tone: WaterfallItem['tone']) => ({
    key,
    label,
    kind: 'level' as const,
    tone,
    from: value,
    to: value,
    amount: value,
    share: share(value),
  });
  const step = (
    key: string,
    label: string,
    from: Decimal,
    to: Decimal,
    tone: WaterfallItem['tone'],
  ) => ({
    key,
    label,
    kind: 'step' as const,
    tone,
    from,
    to,
    amount: from.minus(to),
    share: share(from.minus(to)),
  });
  const waterfall: WaterfallItem[] = [level('invoice', POCKET.invoice, invoice, 'price')];
  let at = invoice;
  for (const [key, amount] of items) {
    waterfall.push(step(key, POCKET.items[key], at, at.minus(amount), 'paid'));
    at = at.minus(amount);
  }
  const pocket = at;
  waterfall.push(level('pocket', POCKET.pocket, pocket, 'price'));
  waterfall.push(step('margin', POCKET.margin, pocket, cost, 'margin'));
  waterfall.push(level('cost', i === 0 ? POCKET.unitCost : POCKET.buy, cost, 'cost'));
  const pocketMargin = pocket.minus(cost);
  return {
    ok: true,
    invoice,
    pocket,
    cost,
    pocketMargin,
    pocketMarginRate: ratio(pocketMargin, pocket),
    invoiceMarginRate: ratio(invoice.minus(cost), invoice),
    waterfall,
  };
}

/** The pocket price of every tier (the final buyer sells nothing: reason 'buyer'). */
export function computePockets(data: ChannelPricingData, chain: ChainResult): PocketResult[] {
  return data.tiers.map((_, i) => pocketOf(data, chain, i));
}
