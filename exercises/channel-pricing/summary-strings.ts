/**
 * Chinese texts of 结果汇总 and the price waterfall. Apart from strings.ts because this section's
 * code loads after the island (see core/ui/Deferred.tsx).
 */

export const SUMMARY = {
  heading: '结果汇总',
  producerNet: (name: string) => `${name}净收入（不含税出厂价）`,
  producerMargin: (name: string) => `${name}单位毛利`,
  producerMarginValue: (amount: string, rate: string, share: string) =>
    `${amount} 元（毛利率 ${rate}，占不含税零售价 ${share}）`,
  retailNet: '不含税零售价',
  vat: '增值税合计（含税零售价 − 不含税零售价）',
  channelMargin: '渠道总毛利（不含税零售价 − 不含税出厂价）',
  channelMarginValue: (amount: string, share: string) => `${amount} 元（占不含税零售价 ${share}）`,
  perUnit: (amount: string) => `${amount} 元/件`,
  incomplete: '填写完整的价格链后，这里显示汇总和价格瀑布图。',
  needCost: '填写单位成本后显示',
} as const;

export const WATERFALL = {
  heading: '价格瀑布图（不含税口径）',
  chartTitle: (retail: string) =>
    `价格瀑布图（不含税口径）：从零售价 ${retail} 元扣除增值税后逐级拆分到单位成本`,
  tableCaption: '价格瀑布（不含税口径，数据表）',
  item: '项目',
  amount: '金额（元）',
  share: '占不含税零售价',
  retail: (name: string) => `零售价（${name}进价，含税）`,
  retailNet: '不含税零售价',
  margin: (name: string) => `${name}毛利`,
  factory: (name: string) => `不含税出厂价（${name}售价）`,
  vat: '增值税合计',
  cost: '单位成本',
  note: '各级毛利都按不含税价计算：各级的增值税由下一级抵扣，最终由消费者承担，合并为“增值税合计”一项。各项金额都是到分的价格之差，逐项相减正好回到单位成本。',
  shareNote:
    '占比按四舍五入保留一位小数，各项相加可能与 100% 相差 0.1 个百分点；金额本身逐项相加没有误差。',
} as const;
