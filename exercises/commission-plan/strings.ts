/** Every Chinese text of the 提成方案测算 worksheet that loads with the page. */
import type { CommissionBase, TierMethod } from './shape';

export const TITLE = '提成方案测算';

export const LABELS = {
  baseSalary: '底薪',
  base: '提成基数',
  tiers: '提成档位',
  collectionShare: '回款比例',
  cap: '封顶',
  rep: '销售代表',
  target: '目标',
  sales: '实际销售额',
  margin: '毛利',
  collected: '回款',
  performance: '绩效系数',
  method: '计算方式',
  chartTarget: '测算目标',
  marginFactor: '毛利系数',
} as const;

export const BASE_LABELS: Record<CommissionBase, string> = {
  sales: '销售额',
  margin: '毛利',
};

export const METHOD_LABELS: Record<TierMethod, string> = {
  progressive: '累进（每档比例只计该档内的部分）',
  flat: '全额（达到哪一档，全部按该档比例）',
};

/** Other names a column of an imported list may have. */
export const IMPORT_ALIASES = {
  name: ['姓名', '销售', '销售员', '业务员', '代表', 'name', 'rep'],
  target: ['目标（元）', '月度目标', '销售目标', '业绩目标', 'target', 'quota'],
  sales: ['销售额', '实际销售额（元）', '业绩', '月度业绩', '实际业绩', 'sales'],
  margin: ['毛利额', '毛利（元）', 'margin', 'gross margin'],
  collected: ['回款额', '回款（元）', '当月回款额', '已回款', 'collected', 'collections'],
  performance: ['个人绩效系数', '系数', 'performance'],
} as const;

/**
 * The chapter's plan (team/commission): 底薪 6,000 元; tiers of 2%, 3%, 4% with bounds at 30
 * and 50 万元, written here as attainment of a 50 万元 target (60% and 100%); the margin
 * factors 0.6, 1.0, 1.2; and its three reps 甲, 乙, 丙 (collections equal to sales).
 */
export const EXAMPLE_TEXT = {
  baseSalary: '6,000',
  tiers: [
    ['0', '2'],
    ['60', '3'],
    ['100', '4'],
  ],
  collectionShare: '100',
  cap: '',
  marginBands: [
    ['0', '0.6'],
    ['20', '1.0'],
    ['30', '1.2'],
  ],
  chartTarget: '500,000',
  /** [销售代表, 目标, 实际销售额, 毛利, 回款, 绩效系数]. */
  reps: [
    ['甲', '500,000', '250,000', '80,000', '250,000', ''],
    ['乙', '500,000', '400,000', '100,000', '400,000', ''],
    ['丙', '500,000', '700,000', '126,000', '700,000', ''],
  ],
} as const;

export const DEFAULT_DOC_TITLE = '我的提成方案';
export const EXAMPLE_TITLE = '示例：区域团队提成方案';

export const FORM = {
  loadExample: '载入示例',
  planHeading: '提成方案',
  tierFrom: '达成率下限（%）',
  tierRate: '提成比例（%）',
  tierN: (n: number) => `第 ${n} 档`,
  addTier: '添加档位',
  removeTier: '删除档位',
  marginHeading: '毛利系数（可选）',
  bandFrom: '毛利率下限（%）',
  bandFactor: '系数',
  bandN: (n: number) => `毛利系数第 ${n} 档`,
  addBand: '添加毛利系数',
  removeBand: '删除',
  repsHeading: '销售代表',
  repsCaption: (n: number) => `销售代表名单（${n} 人）`,
  repN: (n: number) => `销售代表 ${n}`,
  noReps: '还没有销售代表。可以逐个添加，也可以从 Excel 或 WPS 导入。',
  addRep: '添加销售代表',
  removeRep: '删除',
  importReps: '导入表格',
  imported: (ok: number, bad: number) =>
    bad > 0
      ? `已导入 ${ok} 名销售代表；${bad} 行未通过检查，未导入。`
      : `已导入 ${ok} 名销售代表。`,
  actions: '操作',
} as const;

export const HINT = {
  money: '金额单位：元。',
  tiers: '按目标达成率分档：每档从“达成率下限”开始，到下一档的下限为止；最后一档没有上限。',
  collectionShare:
    '提成中按回款发放的部分。100% 表示提成全部乘以“回款 ÷ 实际销售额”；0 表示不与回款挂钩。',
  cap: '每月提成的上限，单位元；不封顶就留空。',
  marginBands: '按销售代表的毛利率（毛利 ÷ 实际销售额）给提成乘以系数；不用就删除全部档位。',
  chartTarget: '图表和检查按这个目标计算；留空时取第一位销售代表的目标。',
  reps: '金额单位：元。绩效系数可取自绩效计分卡，留空按 1 计算。',
} as const;
