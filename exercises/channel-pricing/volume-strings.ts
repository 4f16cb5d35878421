/**
 * Chinese texts of 数量折扣与阶梯价格 (quantity breaks). Apart from strings.ts because this section's
 * code loads after the island (see core/ui/Deferred.tsx).
 */

export const VOLUME = {
  heading: '数量折扣与阶梯价格',
  intro:
    '档位填 500 表示「超过 500 件」，即从第 501 件起适用该档折扣。全量折扣：订货量超过 500 件，整单都按该档价格结算；分段累进：只有第 501 件起的部分按该档价格，像个人所得税一样逐段累加。',
  tier: '适用于哪一级的进价',
  quantity: '订货量（件）',
  breaksCaption: '折扣档位',
  above: '超过（件）',
  discount: '折扣（折）',
  aboveLabel: (n: number) => `档位 ${n} 超过（件）`,
  discountLabel: (n: number) => `档位 ${n} 折扣（折）`,
  remove: (n: number) => `删除档位 ${n}`,
  removeShort: '删除',
  actions: '操作',
  add: '添加档位',
  noBreaks: '还没有档位。添加一档，例如超过 500 件打 9.5 折。',
  outOfOrder: (previous: number) => `档位要从小到大排列，且大于上一档（${previous} 件）`,
  bandsCaption: (seller: string) => `各档单价与${seller}留下的毛利（元/件）`,
  band: '数量',
  bandRange: (from: string, to: string) => `${from}–${to} 件`,
  bandFrom: (from: string) => `超过 ${from} 件`,
  bandAll: '任意数量',
  bandUpTo: (to: string) => `${to} 件及以下`,
  zhe: '折扣',
  noDiscount: '原价',
  price: '单价',
  unitMargin: (seller: string) => `${seller}单位毛利`,
  margin: (seller: string) => `${seller}毛利率`,
  orderHeading: (qty: string) => `订货 ${qty} 件的货款`,
  method: '结算方式',
  calc: '计算',
  total: '货款（元）',
  average: '平均单价（元）',
  allUnits: '全量折扣',
  tiered: '分段累进',
  difference: (amount: string) => `两种算法相差 ${amount} 元。`,
  same: '两种算法结果相同。',
  cliff: (n: string, pay: string, n1: string, payAbove: string) =>
    `全量折扣的断崖：订 ${n} 件要付 ${pay} 元，订 ${n1} 件只付 ${payAbove} 元。多买反而少付，容易诱发压货。`,
  noPrice: (name: string) => `先算出${name}的进价，才能计算数量折扣。`,
  needQuantity: '填写订货量后显示两种算法的货款。',
} as const;
