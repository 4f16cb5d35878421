/**
 * Chinese texts of 结果汇总 and the price waterfall. Apart from strings.ts because this section's
 * code loads after the island (see core/ui/Deferred.tsx).
 */

export const SUMMARY = {
  heading: '结果汇总',
  producerNet: (name: string) => `${name}净收入（不含税出厂价）`,
  producerMargin: (name: string) => `${name}单位毛利`,
  producerMarginValue: (amount: string, rate: string) => `${amount} 元（毛利率 ${rate}）`,
  channelMargin: '渠道总毛利（零售价 − 出厂价）',
  channelMarginValue: (amount: string, share: string) => `${amount} 元（占零售价 ${share}）`,
  perUnit: (amount: string) => `${amount} 元/件`,
  incomplete: '填写完整的价格链后，这里显示汇总和价格瀑布图。',
  needCost: '填写单位成本后显示',
} as const;

export const WATERFALL = {
  heading: '价格瀑布图',
  chartTitle: (retail: string) => `价格瀑布图：从零售价 ${retail} 元逐级拆分到单位成本`,
  tableCaption: '价格瀑布（数据表）',
  item: '项目',
  amount: '金额（元）',
  share: '占零售价',
  retail: (name: string) => `零售价（${name}进价）`,
  margin: (name: string) => `${name}毛利`,
  factory: (name: string) => `出厂价（${name}售价）`,
  vat: '出厂价中的增值税',
  net: (name: string) => `${name}净收入（不含税）`,
  cost: '单位成本',
  note: '各项金额都是到分的价格之差，逐项相减正好回到单位成本。',
} as const;
