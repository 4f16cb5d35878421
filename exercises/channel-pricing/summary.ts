/**
 * What the chain comes to: the price waterfall from the retail price down to the producer's
 * 不含税 revenue and its cost, each step's share of the retail price, and the headline figures.
 * Every step is the difference of two prices already rounded to 分, so the steps add up to
 * the retail price exactly.
 */
import type { ChainResult } from './chain';
import { ratio, type Decimal } from './money';
import { WATERFALL } from './summary-strings';

export interface WaterfallItem {
  key: string;
  label: string;
  /** level: a price (a bar from zero); step: what one party keeps (a floating bar). */
  kind: 'level' | 'step';
  /** tax: the VAT inside the ex-factory price. */
  tone: 'price' | 'margin' | 'tax' | 'cost';
  /** Top and bottom of the bar; a step runs from `from` down to `to`. */
  from: Decimal;
  to: Decimal;
  /** A level's price, or what a step takes off (negative when the price rises instead). */
  amount: Decimal;
  /** Share of the retail price. */
  share: Decimal | null;
}

export interface Summary {
  retail: Decimal;
  /** The producer's 不含税 selling price: what it keeps per unit before cost. */
  producerNet: Decimal;
  producerMargin: Decimal | null;
  producerMarginRate: Decimal | null;
  /** Retail price − ex-factory price: what all channel tiers keep together. */
  channelMargin: Decimal;
  channelShare: Decimal | null;
  waterfall: WaterfallItem[];
}

/** The summary, or null until every price of the base chain is known. */
export function summarize(chain: ChainResult): Summary | null {
  if (!chain.ok) return null;
  const { rows, context } = chain;
  const n = rows.length;
  const retail = rows[n - 1].buy;
  const producer = rows[0];
  const factory = producer.sell;
  const net = producer.sellNet;
  if (retail === null || factory === null || net === null || retail.lte(0)) return null;
  if (rows.slice(1, -1).some((r) => r.unitMargin === null)) return null;

  const share = (x: Decimal) => ratio(x, retail);
  const items: WaterfallItem[] = [];
  const level = (key: string, label: string, value: Decimal, tone: WaterfallItem['tone']) =>
    items.push({
      key,
      label,
      kind: 'level',
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
  ) =>
    items.push({
      key,
      label,
      kind: 'step',
      tone,
      from,
      to,
      amount: from.minus(to),
      share: share(from.minus(to)),
    });

  level('retail', WATERFALL.retail(rows[n - 1].name), retail, 'price');
  for (let i = n - 2; i >= 1; i--) {
    step(`m-${rows[i].id}`, WATERFALL.margin(rows[i].name), rows[i].sell!, rows[i].buy!, 'margin');
  }
  if (n > 2) level('factory', WATERFALL.factory(producer.name), factory, 'price');
  if (context.basis === 'gross') {
    step('vat', WATERFALL.vat, factory, net, 'tax');
    level('net', WATERFALL.net(producer.name), net, 'price');
  }
  if (producer.unitMargin !== null && producer.buy !== null) {
    step(`m-${producer.id}`, WATERFALL.margin(producer.name), net, producer.buy, 'margin');
    level('cost', WATERFALL.cost, producer.buy, 'cost');
  }
  const channelMargin = retail.minus(factory);
  return {
    retail,
    producerNet: net,
    producerMargin: producer.unitMargin,
    producerMarginRate: producer.margin,
    channelMargin,
    channelShare: share(channelMargin),
    waterfall: items,
  };
}
