/**
 * Chinese texts of 促销价与区域价 (scenarios). Apart from strings.ts because this section's
 * code loads after the island (see core/ui/Deferred.tsx).
 */

export const SCENARIO = {
  heading: '促销价与区域价',
  intro:
    '每个情景把一级的进价再降一定比例（在原价上相乘），其余价格保持基准价格链不变，可以看出谁让出了毛利、谁多得了毛利。',
  newName: '新情景',
  name: '情景名称',
  tier: '调整哪一级的进价',
  extraOff: '额外降价（%）',
  extraOffHint: '填 8 表示在原价上再降 8%：60 ×（1 − 8%）= 55.20',
  factor: (rate: string) => `再降 ${rate}%`,
  remove: (name: string) => `删除情景 ${name}`,
  removeShort: '删除',
  add: '添加情景',
  rowLegend: (n: number, name: string) => `情景 ${n}：${name}`,
  fallbackName: (n: number) => `情景 ${n}`,
  compareCaption: '基准价格链与各情景对比（进价 / 毛利率）',
  tierHeader: '层级',
  base: '基准',
  buy: '进价',
  margin: '毛利率',
  notReady: '填写额外降价后显示',
  breakEven: (seller: string, margin: string, cut: string, increase: string) =>
    `${seller}毛利率 ${margin}，降价 ${cut}：销量要增加 ${cut} ÷（${margin} − ${cut}）= ${increase}，毛利总额才能保持不变。`,
  breakEvenNever: (seller: string, margin: string, cut: string) =>
    `降价 ${cut} 不低于${seller}的毛利率 ${margin}：每件不再有毛利，销量增加多少也保不住毛利总额。`,
  empty: '还没有情景。添加一个促销价或区域价，看看各级毛利怎样变化。',
} as const;
