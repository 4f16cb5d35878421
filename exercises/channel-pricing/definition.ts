/**
 * The channel pricing worksheet as the core sees it when it checks data: basics, schema, migrations.
 *
 * To change the saved shape: bump SCHEMA_VERSION in shape.ts, change the schema, and add
 * `migrations[<old version>]` here turning old data into the new shape (with a test).
 */
import type { ExerciseDefinition } from '../core/document';
import { channelPricingBasics } from './basics';
import { ChannelPricingSchema, type ChannelPricingData } from './schema';

/** Chinese names of the data fields, for messages about invalid data. */
const FIELD_LABELS: Record<string, string> = {
  method: '定价方法',
  priceBasis: '价格口径',
  unitCost: '单位成本',
  retailPrice: '建议零售价',
  vatRate: '增值税率',
  floorPrice: '最低限价',
  floorTierId: '最低限价适用层级',
  ending: '零售价尾数',
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

export const channelPricingDefinition: ExerciseDefinition<ChannelPricingData> = {
  ...channelPricingBasics,
  dataSchema: ChannelPricingSchema,
  migrations: {},
  fieldLabels: FIELD_LABELS,
};
