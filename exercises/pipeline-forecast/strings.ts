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
