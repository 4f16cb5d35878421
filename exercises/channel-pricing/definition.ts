/**
 * The channel pricing worksheet as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { channelPricingBasics } from './basics';
import { pocketInputs } from './model';
import { ChannelPricingSchema, type ChannelPricingData } from './schema';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  method: '定价方法',
  priceBasis: '价格口径',
  unitCost: '单位成本',
  retailPrice: '建议零售价',
  vatRate: '增值税率',
  ending: '零售价尾数',
  floor: '最低限价',
  direct: '公司直接供货',
  approvals: '审批权限',
  rep: '销售代表',
  manager: '区域经理',
  director: '销售总监',
  regions: '窜货核查',
  priceA: '甲区域价格',
  priceB: '乙区域价格',
  freight: '运费',
  handling: '其他费用',
  pocket: '到手价',
  rebate: '年终返利',
  rebateKind: '返利方式',
  promo: '促销与进场费用',
  promoKind: '费用方式',
  promoVolume: '分摊件数',
  termDays: '账期天数',
  capitalRate: '资金年成本',
  cashDiscount: '现金折扣',
  returns: '退货损耗',
  tiers: '层级',
  id: '编号',
  name: '名称',
  discountBase: '折扣基准',
  discount: '折扣',
  rateKind: '定价方式',
  rate: '比率',
  minMargin: '最低毛利率',
  volume: '数量折扣',
  tierId: '层级',
  quantity: '订货量',
  breaks: '档位',
  above: '超过件数',
  scenarios: '情景',
  extraOff: '额外降价',
};

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Version 1 → 2: the one floor (floorPrice on floorTierId and every tier after it) becomes
 * the floor of the tier it was set on; each tier gains `floor` and `direct`; the approval
 * levels, the 窜货 check and each tier's pocket price inputs start empty. A floor that was set on a resale price is kept on
 * that tier, where the tier editor shows it is not checked, so nothing typed is lost.
 */
export function migrateV1(value: unknown): unknown {
  const { floorPrice, floorTierId, ...data } = record(value);
  const tiers = Array.isArray(data.tiers) ? data.tiers : [];
  return {
    ...data,
    tiers: tiers.map((t) => {
      const tier = record(t);
      const floor = tier.id === floorTierId && typeof floorPrice === 'string' ? floorPrice : '';
      return { ...tier, floor, direct: false, pocket: pocketInputs() };
    }),
    approvals: { rep: '', manager: '', director: '' },
    regions: { priceA: '', priceB: '', freight: '', handling: '' },
  };
}

export const channelPricingDefinition: ExerciseDefinition<ChannelPricingData> = {
  ...channelPricingBasics,
  dataSchema: ChannelPricingSchema,
  migrations: { 1: migrateV1 },
  fieldLabels: FIELD_LABELS,
};
