/**
 * The channel pricing worksheet model: defaults, the chapter's worked example, and the edits
 * the settings perform (those of the tier editor, scenarios and quantity breaks are in
 * edits.ts, which loads with them). No arithmetic here: the input rules are in read.ts, and
 * the exact decimals (money.ts, big.js), the price chain (chain.ts), volume.ts, scenarios.ts
 * and summary.ts load after the island, with the parts that show figures (PricingForm.tsx).
 * Pure: no DOM, no storage.
 */
import type {
  ChannelPricingData,
  Pocket,
  PriceBasis,
  PriceEnding,
  PricingMethod,
  Tier,
} from './schema';
import { DEFAULT_TIERS, EXAMPLE_TEXT, SCENARIO_NAMES } from './strings';
import { isBlankData } from '../core/document';

export type * from './schema';

/** Nothing paid off the invoice. */
export function pocketInputs(): Pocket {
  return {
    rebate: '',
    rebateKind: 'percent',
    promo: '',
    promoKind: 'unit',
    promoVolume: '',
    freight: '',
    termDays: '',
    capitalRate: '',
    cashDiscount: '',
    returns: '',
  };
}

/** A tier with empty settings (and `patch` applied). */
export function tier(id: string, name: string, patch: Partial<Tier> = {}): Tier {
  return {
    id,
    name,
    discountBase: 'retail',
    discount: '',
    rateKind: 'markup',
    rate: '',
    minMargin: '',
    floor: '',
    direct: false,
    pocket: pocketInputs(),
    ...patch,
  };
}

/** A fresh worksheet: the four usual tiers, 13 % VAT, two empty scenarios. Deterministic. */
export function createData(): ChannelPricingData {
  return {
    method: 'retail-minus',
    priceBasis: 'gross',
    unitCost: '',
    retailPrice: '',
    vatRate: '13',
    ending: 'none',
    approvals: { rep: '', manager: '', director: '' },
    tiers: DEFAULT_TIERS.map((name, i) => tier(`t${i + 1}`, name)),
    volume: { tierId: 't2', quantity: '', breaks: [] },
    scenarios: [
      { id: 's1', name: SCENARIO_NAMES.promotion, tierId: 't4', extraOff: '' },
      { id: 's2', name: SCENARIO_NAMES.regional, tierId: 't2', extraOff: '' },
    ],
    regions: { priceA: '', priceB: '', freight: '', handling: '' },
  };
}

/**
 * The chapter's example (渠道价格体系管理): 建议零售价 100 元含税, 零售商 8 折, 经销商 6 折,
 * 单位成本 40 元不含税, 13 % VAT, 最低限价 56 元 on the dealer's price (the company's own
 * supply price), approval up to 3 / 5 / 10 % for 销售代表 / 区域经理 / 销售总监, breaks above 500
 * and 1000 units at 9.5 and 9 折 on the dealer's 60 元, an order of 1200. The 成本加成 rates
 * rebuild the same chain (40 × 1.3275 = 53.10 → 60.00 含税; 60 ÷ 0.75 = 80; 80 ÷ 0.8 = 100).
 * The scenarios breach on purpose: 再降 8 % at the dealer is the chapter's 55.20 元 case.
 * The 窜货 check: 华东 60 元 against 华南 52 元, freight 3 元 and handling 2 元 per unit.
 * The producer's pocket price: 返利 2 %, 进场费 5,000 元 over 2,000 件, 运费 1.20 元, 账期 60 天
 * at 6 %, 现金折扣 1 %, 退货损耗 0.5 %: 53.10 → 47.02 不含税.
 */
export const EXAMPLE: ChannelPricingData = {
  ...createData(),
  unitCost: '40',
  retailPrice: '100',
  approvals: { rep: '3', manager: '5', director: '10' },
  tiers: [
    tier('t1', DEFAULT_TIERS[0], {
      rateKind: 'markup',
      rate: '32.75',
      minMargin: '20',
      pocket: {
        ...pocketInputs(),
        rebate: '2',
        promo: '5000',
        promoKind: 'lump',
        promoVolume: '2000',
        freight: '1.2',
        termDays: '60',
        capitalRate: '6',
        cashDiscount: '1',
        returns: '0.5',
      },
    }),
    tier('t2', DEFAULT_TIERS[1], {
      discount: '6',
      rateKind: 'margin',
      rate: '25',
      minMargin: '15',
      floor: '56',
    }),
    tier('t3', DEFAULT_TIERS[2], {
      discount: '8',
      rateKind: 'margin',
      rate: '20',
      minMargin: '15',
    }),
    tier('t4', DEFAULT_TIERS[3]),
  ],
  volume: {
    tierId: 't2',
    quantity: '1200',
    breaks: [
      { above: '500', discount: '9.5' },
      { above: '1000', discount: '9' },
    ],
  },
  scenarios: [
    { id: 's1', name: SCENARIO_NAMES.promotion, tierId: 't4', extraOff: '10' },
    { id: 's2', name: SCENARIO_NAMES.regional, tierId: 't2', extraOff: '8' },
  ],
  regions: { priceA: '60', priceB: '52', freight: '3', handling: '2' },
};

export const EXAMPLE_TITLE = EXAMPLE_TEXT.title;

/** True while nothing has been typed (the worksheet equals a fresh one). */
export function isBlank(data: ChannelPricingData): boolean {
  return isBlankData({ createData }, data);
}

/** Index of the tier with `id`, or `fallback` when there is none (it was removed, say). */
export function tierIndex(tiers: readonly Tier[], id: string, fallback: number): number {
  const found = tiers.findIndex((t) => t.id === id);
  if (found >= 0) return found;
  return Math.max(0, Math.min(fallback, tiers.length - 1));
}

// ——— Edits (the view calls these; each returns new data) ———

export type TextKey = 'unitCost' | 'retailPrice' | 'vatRate';

export function setText(data: ChannelPricingData, key: TextKey, value: string): ChannelPricingData {
  return { ...data, [key]: value };
}

export function setMethod(data: ChannelPricingData, method: PricingMethod): ChannelPricingData {
  return { ...data, method };
}

export function setBasis(data: ChannelPricingData, priceBasis: PriceBasis): ChannelPricingData {
  return { ...data, priceBasis };
}

export function setEnding(data: ChannelPricingData, ending: PriceEnding): ChannelPricingData {
  return { ...data, ending };
}

/** True where the company itself sells to the tier: the producer's customer, or a tier
 *  marked 公司直接供货 (never the final buyer, whose price is the resellers' own). */
export function companySupplied(tiers: readonly Tier[], index: number): boolean {
  if (index === 1) return tiers.length >= 2;
  return index > 1 && index < tiers.length - 1 && tiers[index].direct;
}
