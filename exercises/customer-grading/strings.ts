/** Every Chinese text of the 客户分级与流失预警 worksheet that loads with the page. */
import type { Dimension, Grade } from './shape';

export const TITLE = '客户分级与流失预警';

export const LABELS = {
  name: '客户名称',
  revenue: '年销售额',
  score: '评分',
  grade: '等级',
  signals: '风险信号',
  riskScore: '风险得分',
  risk: '风险等级',
  action: '挽回措施',
  owner: '负责人',
  due: '完成日期',
  orders3m: '近 3 个月订货次数',
  ordersPrior: '上年同期订货次数',
  purchase3m: '近 3 个月采购额',
  purchasePrior: '上年同期采购额',
  team: '团队或区域',
  reviewed: '评估日期',
} as const;

/** The four dimensions of customers/key-accounts. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  sales: '当前销售额',
  potential: '未来潜力',
  strategic: '战略价值',
  stability: '合作稳定性',
};

/** The pyramid's tiers (customers/key-accounts), with a letter for short lists and filters. */
export const GRADE_NAMES: Record<Grade, string> = {
  A: '战略合作伙伴',
  B: '成长型重点客户',
  C: '维护型重点客户',
  D: '开发型普通客户',
};
export const gradeLabel = (grade: Grade) => `${grade} ${GRADE_NAMES[grade]}`;

/** Other names a column of an imported list may have. */
export const IMPORT_ALIASES = {
  name: ['客户', '公司', '客户名', '公司名称', 'customer', 'account'],
  revenue: ['销售额', '年采购额', '年销售额（万元）', '销售额（万元）', 'revenue', 'sales'],
  sales: ['当前销售额得分', '销售额得分'],
  potential: ['未来潜力得分', '潜力', 'potential'],
  strategic: ['战略价值得分', '战略', 'strategic value'],
  stability: ['合作稳定性得分', '稳定性', 'stability'],
  owner: ['销售代表', '客户负责人', 'owner'],
  orders3m: ['近三个月订货次数', '近 3 月订货次数', '本期订货次数'],
  ordersPrior: ['上年同期订货次数', '去年同期订货次数'],
  purchase3m: ['近三个月采购额', '近 3 月采购额', '本期采购额'],
  purchasePrior: ['上年同期采购额', '去年同期采购额'],
} as const;

/**
 * The example: the four customers scored in customers/key-accounts (甲 to 丁; the chapter gives
 * no amounts, so the 年销售额 here sit in the bands of their 当前销售额 scores) and the 12-store
 * chain of customers/churn (15 + 20 + 15 + 10 = 60 → 红).
 */
export const EXAMPLE_TEXT = {
  team: '华东区域团队',
  reviewed: '2027-03-01',
  /**
   * [name, 年销售额 (万元), scores, signals, [近 3 个月订货次数, 上年同期, 近 3 个月采购额, 上年同期],
   * 挽回措施, 负责人, 完成日期]. The chain's orders went from weekly (13 in 3 months) to about
   * every 3 weeks (5): down 61.5%; 丙's purchases from 90 to 70 万元: down 22.2%.
   */
  customers: [
    ['甲：大型食品集团', '600', ['5', '4', '5', '4'], [], ['', '', '', ''], '', '', ''],
    [
      '乙：新兴饮料品牌',
      '80',
      ['2', '5', '4', '3'],
      ['payment'],
      ['', '', '', ''],
      '销售代表本周拜访财务负责人，确认延迟付款的原因，约定对账时间。',
      '李强',
      '2027-03-08',
    ],
    [
      '丙：老牌日化企业',
      '350',
      ['4', '2', '2', '5'],
      ['volume', 'complaints'],
      ['', '', '70', '90'],
      '复查近 3 个月的投诉处理结果，指定专人回访，两周后复核订单变化。',
      '赵云',
      '2027-03-15',
    ],
    [
      '丁：本地小型食品厂',
      '60',
      ['2', '3', '2', '2'],
      ['engagement'],
      ['', '', '', ''],
      '',
      '',
      '',
    ],
    [
      '戊：区域连锁超市（12 家门店）',
      '320',
      ['4', '3', '3', '4'],
      ['contact', 'frequency', 'payment', 'competitor'],
      ['5', '13', '', ''],
      '区域经理当天约见新任采购经理；与仓储部门调整安全库存，指定内勤专门对接补货，两周后带新的配送方案再次拜访。',
      '王敏',
      '2027-03-03',
    ],
  ],
} as const;

export const DEFAULT_DOC_TITLE = '我的客户分级';
export const EXAMPLE_TITLE = '示例：区域客户分级与流失预警';

export const FORM = {
  loadExample: '载入示例',
  aboutHeading: '团队与日期',
  customersHeading: '客户与评分',
  customersCaption: (n: number) => `客户评分（${n} 家）`,
  customerN: (n: number) => `客户 ${n}`,
  noScore: '未评',
  noCustomers: '还没有客户。可以逐个添加，也可以从 Excel 或 WPS 导入。',
  addCustomer: '添加客户',
  removeCustomer: '删除',
  importCustomers: '导入表格',
  imported: (ok: number, bad: number) =>
    bad > 0 ? `已导入 ${ok} 家客户；${bad} 行未通过检查，未导入。` : `已导入 ${ok} 家客户。`,
  actions: '操作',
  unnamed: '（未填写客户名称）',
} as const;

export const HINT = {
  scoring:
    '每个维度按 1–5 分评分（介于两档之间的给 2 分或 4 分）。权重：当前销售额 30%，未来潜力 30%，战略价值 20%，合作稳定性 20%。',
  revenue: '单位自定（如万元），整张表保持一致。',
} as const;
