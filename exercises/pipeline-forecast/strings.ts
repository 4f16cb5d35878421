/** Every Chinese text of the 销售漏斗预测 worksheet that loads with the page. */
import type { ForecastCategory } from './shape';

export const TITLE = '销售漏斗预测';

export const LABELS = {
  customer: '客户名称',
  amount: '金额',
  stage: '阶段',
  closeDate: '预计成交日期',
  owner: '负责人',
  category: '预测类别',
  period: '预测期间',
  target: '期间目标',
} as const;

export const CATEGORY_LABELS: Record<ForecastCategory, string> = {
  commit: '承诺',
  best: '可能',
  pipeline: '储备',
};

/** Other names a column of an imported list may have. */
export const IMPORT_ALIASES = {
  customer: ['客户', '公司', '客户名', 'customer', 'account'],
  amount: ['金额（万元）', '金额（元）', '商机金额', '预计金额', 'amount'],
  stage: ['商机阶段', '销售阶段', 'stage'],
  closeDate: ['成交日期', '预计签约日期', 'close date'],
  owner: ['销售代表', '销售', 'owner'],
  category: ['类别', 'forecast category'],
  categories: {
    commit: ['commit'],
    best: ['best case', 'best'],
    pipeline: ['pipeline', '储备商机'],
  },
} as const;

/** The stages of process/forecasting with their historical win rates (percent). */
export const DEFAULT_STAGES = [
  { name: '需求分析', probability: '10' },
  { name: '方案提交', probability: '25' },
  { name: '谈判议价', probability: '60' },
  { name: '促成成交', probability: '90' },
] as const;

/** The chapter's example: a month with 820 万元 open, 400 万元 expected to close in it. */
export const EXAMPLE_TEXT = {
  periodName: '2027 年 3 月',
  periodStart: '2027-03-01',
  periodEnd: '2027-03-31',
  target: '180',
  closed: '0',
  /** [customer, amount, stage index, close date, owner, category]. */
  deals: [
    ['华北建工', '30', 0, '2027-03-28', '王敏', 'pipeline'],
    ['东方医药', '50', 0, '2027-03-20', '李强', 'pipeline'],
    ['恒信物流', '70', 1, '2027-03-25', '王敏', 'best'],
    ['百川食品', '80', 1, '2027-03-18', '赵云', 'best'],
    ['远航科技', '120', 2, '2027-03-15', '李强', 'commit'],
    ['佳禾商贸', '50', 3, '2027-03-10', '赵云', 'commit'],
    ['新城置业', '120', 0, '2027-05-20', '王敏', 'pipeline'],
    ['蓝海电子', '80', 0, '2027-06-15', '李强', 'pipeline'],
    ['明德教育', '150', 1, '2027-04-22', '赵云', 'pipeline'],
    ['金石矿业', '70', 2, '2027-04-08', '王敏', 'best'],
  ],
  history: [['2027 年 2 月', '200', '180']],
} as const;

export const DEFAULT_DOC_TITLE = '我的销售漏斗预测';
export const EXAMPLE_TITLE = '示例：区域团队 3 月预测';

export const FORM = {
  loadExample: '载入示例',
  periodHeading: '预测期间与目标',
  periodStart: '期间开始',
  periodEnd: '期间结束',
  closed: '本期已成交',
  stagesHeading: '阶段与赢单率',
  stageName: '阶段名称',
  probability: '赢单率（%）',
  stageN: (n: number) => `阶段 ${n}`,
  addStage: '添加阶段',
  removeStage: '删除阶段',
  stageInUse: '仍有商机处于这个阶段，不能删除',
  dealsHeading: '商机',
  dealsCaption: (n: number) => `商机清单（${n} 条）`,
  dealN: (n: number) => `商机 ${n}`,
  noDeals: '还没有商机。可以逐条添加，也可以从 Excel 或 WPS 导入。',
  addDeal: '添加商机',
  removeDeal: '删除',
  importDeals: '导入表格',
  imported: (ok: number, bad: number) =>
    bad > 0 ? `已导入 ${ok} 条商机；${bad} 行未通过检查，未导入。` : `已导入 ${ok} 条商机。`,
  actions: '操作',
  historyHeading: '实际结果与预测准确率',
  historyPeriod: '期间',
  historyForecast: '预测',
  historyActual: '实际',
  historyAccuracy: '准确率',
  historyN: (n: number) => `第 ${n} 期`,
  removeHistory: '删除这一期',
  noHistory: '每个期间结束后，记下预测和实际结果，就能看到预测准确率的变化。',
} as const;

export const HINT = {
  period: '例如 2027 年 3 月。只有预计成交日期在期间内的商机计入预测。',
  amount: '单位自定（如万元），整张表保持一致。',
  probability: '从该阶段最终成交的历史比例，默认值取自本课程的示例。',
  accuracy: '准确率 = 1 − |实际 − 预测| ÷ 实际。',
} as const;
