/**
 * Texts of the tier editor (价格链层级) and the chain table (各级价格与毛利). Apart from
 * strings.ts because both are deferred parts (core/ui/Deferred.tsx).
 */

export const TIERS = {
  heading: '价格链层级',
  intro:
    '从生产方排到最终买方：第一级的进价是单位成本，最后一级按零售价购买，每一级的售价就是下一级的进价。',
  rowLegend: (n: number, name: string) => `第 ${n} 级：${name}`,
  fallbackName: (n: number) => `第 ${n} 级`,
  role: {
    producer: '生产方，进价为单位成本',
    channel: '渠道商',
    buyer: '最终买方，按零售价购买',
  },
  name: '名称',
  discountBase: '折扣基准',
  baseRetail: '零售价',
  baseNext: (name: string) => `下一级（${name}）的进价`,
  discount: '进价折扣（折）',
  discountHint: '填 6 表示 6 折，即按基准价的 60% 进货',
  rateKind: '定价方式',
  byMarkup: '按加价率',
  byMargin: '按目标毛利率',
  markup: '加价率（%）',
  markupHint: '售价 = 进价 ×（1 + 加价率）',
  margin: '目标毛利率（%）',
  marginHint: '售价 = 进价 ÷（1 − 毛利率）',
  minMargin: '最低毛利率（%）',
  minMarginHint: '留空则不检查',
  moveUp: '上移',
  moveDown: '下移',
  remove: '删除',
  moveUpLabel: (name: string) => `上移 ${name}`,
  moveDownLabel: (name: string) => `下移 ${name}`,
  removeLabel: (name: string) => `删除 ${name}`,
  add: '添加层级',
  newName: '新层级',
  tooFew: '价格链至少需要两级：一个卖方和一个买方。请添加层级。',
} as const;

export const TABLE = {
  heading: '各级价格与毛利',
  caption: (basis: string) => `价格链（${basis}，元/件）`,
  tier: '层级',
  buy: '进价',
  sell: '售价',
  unitMargin: '单位毛利',
  margin: '毛利率',
  markup: '加价率',
  how: '计算过程',
  formulas:
    '毛利率 = 单位毛利 ÷ 售价；加价率 = 单位毛利 ÷ 进价。同一组进价和售价，加价率总是高于毛利率。',
  costNote: '单位成本，不含税',
  netMarginNote: (net: string) => `按不含税售价 ${net} 计`,
  missing: (fields: string) => `还需要填写：${fields}。`,
  empty: '—',
} as const;
