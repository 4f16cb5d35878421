/**
 * Chinese texts of 到手价 (pocket price). Apart from strings.ts because this section's code
 * loads after the island (see core/ui/Deferred.tsx).
 */

export const POCKET = {
  heading: '到手价：开票价之后还要扣掉什么',
  intro:
    '开票价不是卖方真正留下的钱。年终返利、进场费、运费、账期占用的资金、现金折扣和退货，都在开票之后从每件货里扣走。按每件、不含税填写，留空的项目不计。',
  legend: (name: string) => `${name}作为卖方`,
  rebate: '年终返利',
  rebateHint: '达成目标才支付的返利，按预计会支付的填写',
  percent: '占开票价（%）',
  unit: '元/件',
  rebateKind: '返利方式',
  promo: '促销与进场费用',
  promoHint: '进场费、堆头费等',
  promoKind: '费用方式',
  perUnit: '每件（元/件）',
  lump: '一次性总额（元）',
  promoVolume: '分摊件数',
  freight: '物流运费（元/件）',
  termDays: '账期（天）',
  capitalRate: '资金年成本（%）',
  termsHint: '账期成本 = 开票价 × 天数 ÷ 365 × 资金年成本',
  cashDiscount: '现金折扣（%）',
  returns: '退货损耗（占开票价 %）',
  invoice: '开票价（不含税）',
  items: {
    rebate: '年终返利',
    promo: '促销与进场费用',
    freight: '物流运费',
    terms: '账期成本',
    cash: '现金折扣',
    returns: '退货损耗',
  },
  pocket: '到手价',
  margin: '到手毛利',
  unitCost: '单位成本',
  buy: '进价（不含税）',
  chartTitle: (name: string, invoice: string, pocket: string) =>
    `${name}的到手价瀑布图：开票价 ${invoice} 元扣除各项费用后到手 ${pocket} 元`,
  tableCaption: (name: string) => `${name}的到手价（不含税，数据表）`,
  share: '占开票价',
  result: (invoice: string, pocket: string, margin: string, rate: string, invoiceRate: string) =>
    `开票价 ${invoice} 元，到手价 ${pocket} 元；到手毛利 ${margin} 元，到手毛利率 ${rate}（按开票价算是 ${invoiceRate}）。`,
  none: '还没有填写开票后的费用：到手价等于开票价。',
  invalid:
    '请先改正上面标出的输入；按一次性总额计的费用需要填写分摊件数，账期需要同时填写天数和资金年成本。',
  noPrice: '算出这一级的售价后显示到手价。',
} as const;
