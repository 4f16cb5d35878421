/**
 * What the chain comes to: the price waterfall from the retail price down to the producer's
 * cost, and the headline figures. The waterfall is on one basis, 不含税, as the chapter
 * compares margins: the retail price paid (含税), the total VAT as its own bar, then every
 * party's margin between 不含税 prices, each as a share of the 不含税 retail price. Every
 * step is the difference of two prices already rounded to 分, so the steps add up exactly.
 */
import type { ChainResult, TierRow } from './chain';
import { ratio, toGross, type Decimal } from './money';
import { WATERFALL } from './summary-strings';

export interface WaterfallItem {
  key: string;
  label: string;
  /** level: a price (a bar from zero); step: what one party keeps (a floating bar). */
  kind: 'level' | 'step';
  /** tax: the total VAT in the retail price; paid: what a seller pays off the invoice. */
  tone: 'price' | 'margin' | 'tax' | 'paid' | 'cost';
  /** Top and bottom of the bar; a step runs from `from` down to `to`. */
  from: Decimal;
  to: Decimal;
  /** A level's price, or what a step takes off (negative when the price rises instead). */
  amount: Decimal;
  /** Share of the 不含税 retail price (none for the 含税 retail price above it); in a pocket
   *  price waterfall, of the invoice price. */
  share: Decimal | null;
}

export interface Summary {
  /** The retail price the waterfall starts from: 含税 when the VAT rate is known. */
  retail: Decimal;
  /** The retail price 不含税: the base of every share. */
  retailNet: Decimal;
  /** 含税零售价 − 不含税零售价, or null without a valid VAT rate. */
  vat: Decimal | null;
  /** The producer's 不含税 selling price: what it keeps per unit before cost. */
  producerNet: Decimal;
  producerMargin: Decimal | null;
  producerMarginRate: Decimal | null;
  /** The producer's margin as a share of the 不含税 retail price. */
  producerShare: Decimal | null;
  /** 不含税零售价 − 不含税出厂价: what all channel tiers keep together. */
  channelMargin: Decimal;
  channelShare: Decimal | null;
  waterfall: WaterfallItem[];
}

/** A price 不含税: as it is in a 不含税 chain, the other-basis figure in a 含税 one. */
export function net(basis: 'gross' | 'net', value: Decimal | null, other: Decimal | null) {
  return basis === 'net' ? value : other;
}

/** The summary, or null until every price of the base chain is known. */
export function summarize(chain: ChainResult): Summary | null {
  if (!chain.ok) return null;
  const { rows, context } = chain;
  const { basis, vat } = context;
  const n = rows.length;
  const retail = rows[n - 1].buy;
  const producer = rows[0];
  const factory = producer.sellNet;
  const retailNet = net(basis, retail, rows[n - 1].buyOther);
  if (retail === null || retailNet === null || factory === null || retailNet.lte(0)) return null;
  const channels = rows.slice(1, -1);
  const nets = channels.map((r: TierRow) => ({
    row: r,
    buy: net(basis, r.buy, r.buyOther),
    sell: net(basis, r.sell, r.sellOther),
  }));
  if (nets.some((c) => c.buy === null || c.sell === null)) return null;

  const share = (x: Decimal) => ratio(x, retailNet);
  const items: WaterfallItem[] = [];
  const level = (
    key: string,
    label: string,
    value: Decimal,
    tone: WaterfallItem['tone'],
    shown: Decimal | null = share(value),
  ) =>
    items.push({
      key,
      label,
      kind: 'level',
      tone,
      from: value,
      to: value,
      amount: value,
      share: shown,
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

  const retailName = rows[n - 1].name;
  const retailGross = basis === 'gross' ? retail : vat && toGross(retail, vat);
  if (retailGross) {
    level('retail', WATERFALL.retail(retailName), retailGross, 'price', null);
    step('vat', WATERFALL.vat, retailGross, retailNet, 'tax');
  }
  level('retail-net', WATERFALL.retailNet, retailNet, 'price');
  for (let i = nets.length - 1; i >= 0; i--) {
    const c = nets[i];
    step(`m-${c.row.id}`, WATERFALL.margin(c.row.name), c.sell!, c.buy!, 'margin');
  }
  if (n > 2) level('factory', WATERFALL.factory(producer.name), factory, 'price');
  if (producer.unitMargin !== null && producer.buy !== null) {
    step(`m-${producer.id}`, WATERFALL.margin(producer.name), factory, producer.buy, 'margin');
    level('cost', WATERFALL.cost, producer.buy, 'cost');
  }
  const channelMargin = retailNet.minus(factory);
  return {
    retail: retailGross ?? retailNet,
    retailNet,
    vat: retailGross && retailGross.minus(retailNet),
    producerNet: factory,
    producerMargin: producer.unitMargin,
    producerMarginRate: producer.margin,
    producerShare: producer.unitMargin && share(producer.unitMargin),
    channelMargin,
    channelShare: share(channelMargin),
    waterfall: items,
  };
}
