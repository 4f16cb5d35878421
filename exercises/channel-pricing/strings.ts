/**
 * All Chinese text of the channel pricing worksheet: labels, hints, checks, formulas and
 * the example. The model and the views read from here; another language is a sibling file.
 */

export const TITLE = '渠道价格计算器';
export const DEFAULT_DOC_TITLE = '未命名价格链';

export const DEFAULT_TIERS = ['厂商', '经销商', '零售商', '消费者'] as const;

/** Names of data fields in validation messages («「层级 › 第 2 项 › 折扣」…»). */

/** Messages of the input rules (money.ts). */
export const INPUT = {
  marginTooHigh: '毛利率必须小于 100%',
  zheTooHigh: '折扣按 0–10 折填写：95 折请填 9.5',
  zhePercent: '此处按折填写：6 折填 6，不要填 60%',
  moneyDecimals: '金额最多保留两位小数（到分）',
  costDecimals: '单位成本最多保留四位小数',
  decimals: (n: number) => `最多保留 ${n} 位小数`,
  below: '数值过大',
  zheValue: (n: string) => `${n} 折`,
  readAs: (value: string) => `按 ${value} 计算`,
  /** Shown under an empty field the current method needs. */
  required: '请填写此项',
} as const;

export const FORM = {
  loadExample: '载入示例',
  /** The chain table and summary, beside the inputs on wide screens. */
  resultsPane: '价格链计算结果',
  rule: '金额按四舍五入保留到分；百分比保留一位小数。',
  ruleDetail:
    '每一级的价格在定价时先按此规则取到分，下一级在这个价格上继续计算；按加价率或目标毛利率定出的价格向上取到分，保证达到设定的比率。毛利、比率和合计用这些价格精确计算，只在显示时取舍一次。单位成本可以填到四位小数。',
} as const;

export const SETUP = {
  heading: '基本设置',
  method: '定价方法',
  retailMinus: '零售价倒推',
  retailMinusHint: '从建议零售价出发，按折扣倒推各级进价',
  costPlus: '成本加成',
  costPlusHint: '从单位成本出发，各级按加价率或目标毛利率定售价',
  basis: '价格口径',
  gross: '含税',
  net: '不含税',
  basisHint:
    '建议零售价、最低限价和各级价格按此口径填写和计算，另一口径显示在旁边。单位成本一律按不含税填写。价格瀑布图另按不含税口径拆分。',
  unitCost: '单位成本',
  unitCostHint:
    '元/件，不含税（增值税进项可以抵扣，不计入成本）；低值商品可填到四位小数，如 0.3456',
  retailPrice: '建议零售价',
  priceHint: (basis: string) => `元/件，${basis}`,
  computedRetail: '计算得出的零售价',
  vatRate: '增值税率',
  vatHint: '%，一般纳税人销售货物为 13',
  ending: '零售价尾数',
  endings: {
    none: '不调整',
    'nine-down': '尾数 .9（向下）',
    nine: '尾数 .9（向上）',
    yuan: '取整到元',
  },
  endingHint:
    '向下取到略低于原价的 .9（如 12.00 → 11.90），是常见的心理定价，差额由最后一级卖方的毛利承担；向上（如 12.00 → 12.90）和取整到元不压低任何一级的毛利，但零售价会提高。',
  /** The typed and the used retail price, in one place. */
  endingUsed: (typed: string, used: string) => `实际使用 ${used} 元（填写 ${typed} 元，尾数调整）`,
  endingComputed: (computed: string) => `尾数调整前 ${computed} 元`,
  other: (basis: string, amount: string) => `${basis} ${amount}`,
} as const;

/** 价格审批权限: who may approve how deep a discount off the company's own price. */
export const APPROVAL = {
  roles: { rep: '销售代表', manager: '区域经理', director: '销售总监' },
  within: (depth: string, role: string) => `降价 ${depth}，${role}可以批准`,
  needs: (depth: string, role: string) => `降价 ${depth}，需${role}审批`,
  beyond: (depth: string, role: string, limit: string) =>
    `降价 ${depth}，超出${role}的审批权限（${limit}），需公司特批`,
} as const;

/** Names used in the «还需要填写» list. */
export const MISSING = {
  retailPrice: '建议零售价',
  unitCost: '单位成本',
  vatRate: '增值税率',
  discount: (name: string) => `${name}的进价折扣`,
  markup: (name: string) => `${name}的加价率`,
  margin: (name: string) => `${name}的目标毛利率`,
} as const;

/** How each price was worked out, shown beside the figures. */
export const HOW = {
  retail: '零售价',
  discount: (base: string, zhe: string, result: string) => `零售价 ${base} × ${zhe} = ${result}`,
  discountNext: (name: string, base: string, zhe: string, result: string) =>
    `${name}进价 ${base} × ${zhe} = ${result}`,
  equivalent: (zhe: string) => `相当于零售价的 ${zhe}`,
  markup: (buy: string, rate: string, result: string) => `${buy} ×（1 + ${rate}%）= ${result}`,
  margin: (buy: string, rate: string, result: string) => `${buy} ÷（1 − ${rate}%）= ${result}`,
  net: (line: string) => `${line}（不含税）`,
  addTax: (net: string, factor: string, gross: string) => `含税：${net} × ${factor} = ${gross}`,
  removeTax: (gross: string, factor: string, net: string) =>
    `不含税：${gross} ÷ ${factor} = ${net}`,
  ending: (from: string, to: string) => `尾数调整：${from} → ${to}`,
  extraOff: (from: string, rate: string, to: string) => `${from} ×（1 − ${rate}%）= ${to}`,
} as const;

export const CHECK = {
  stacked: (factors: string, off: string) =>
    `折扣依次相乘（${factors}），累计折扣达到 ${off}：价格为 0，请检查折扣。`,
  belowFloor: (floor: string, gap: string) => `低于最低限价 ${floor} 元（差 ${gap} 元）`,
  costAbovePrice: (cost: string, price: string, loss: string) =>
    `单位成本 ${cost} 元高于不含税售价 ${price} 元，每件亏损 ${loss} 元`,
  negativeMargin: (loss: string) => `毛利为负：售价低于进价，每件亏损 ${loss} 元`,
  belowMinMargin: (margin: string, min: string) => `毛利率 ${margin} 低于最低毛利率 ${min}`,
  label: '注意',
} as const;

/** Names of the two scenarios a new price chain starts with (the rest: scenario-strings.ts). */
export const SCENARIO_NAMES = {
  promotion: '促销价',
  regional: '区域价',
} as const;

export const EXAMPLE_TEXT = {
  title: '示例：建议零售价 100 元的三级价格链',
} as const;

/** A buying price in a tier picker: 「经销商进价」, and 「零售价（消费者进价）」 for the last tier. */
export function tierPriceOption(name: string, isRetail: boolean): string {
  return isRetail ? `零售价（${name}进价）` : `${name}进价`;
}

/** Tier names in labels: the typed name, or 「第 n 级」 while it is blank. */
export function tierName(name: string, index: number): string {
  return name.trim() || `第 ${index + 1} 级`;
}
