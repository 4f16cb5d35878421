/**
 * All Chinese text of the SMART goal worksheet: labels, check messages, statement parts,
 * examples. The model and the views read from here.
 */

export const TITLE = 'SMART 目标制定';
export const DEFAULT_DOC_TITLE = '未命名目标';

export const FIELD = {
  name: '目标名称',
  specific: '具体描述',
  metric: '衡量指标',
  baseline: '基线值',
  target: '目标值',
  unit: '单位',
  achievability: '可实现性依据',
  parentGoal: '关联的上级目标',
  deadline: '截止日期',
  direction: '方向',
  milestones: '里程碑',
} as const;

/** Names of data fields in validation messages («「里程碑 › 第 1 项 › 日期」…»). */

export const HINT = {
  name: '一句话说明这个目标，例如：华东区新客户开发',
  specific: '做什么、在哪里、针对哪些客户、做到多少',
  metric: '用哪个数字判断是否达成，例如：华东区新客户数',
  baseline: '现在的水平（例如去年同期）',
  unit: '例如：家、万元、%',
  achievability: '资源、历史数据、行动计划：为什么做得到',
  parentGoal: '这个目标支撑的团队或公司目标',
} as const;

export const DIRECTION = { increase: '增长', decrease: '下降' } as const;

export const MILESTONE = {
  heading: '里程碑',
  date: '日期',
  description: '描述',
  rowDate: (n: number) => `里程碑 ${n} 日期`,
  rowDescription: (n: number) => `里程碑 ${n} 描述`,
  add: '添加里程碑',
  remove: (n: number) => `删除里程碑 ${n}`,
  removeShort: '删除',
  empty: '还没有里程碑。把目标拆成几个可以按时检查的节点。',
} as const;

export const LETTER_NAME = {
  S: '具体（Specific）',
  M: '可衡量（Measurable）',
  A: '可实现（Achievable）',
  R: '相关（Relevant）',
  T: '有时限（Time-bound）',
} as const;

export const STATUS_LABEL = { ok: '符合', warn: '需注意', missing: '未完成' } as const;

export const FORM = {
  loadExample: '载入示例',
  exampleLoaded: '已载入示例，可以在此基础上修改。',
  goalSection: '目标',
  /** The live checks and statement, beside the inputs on wide screens. */
  resultsPane: 'SMART 实时结果',
} as const;

export const EXAMPLE_TEXT = {
  name: '华东区新客户开发',
  specific:
    '在上海、江苏、浙江三地新签约年采购额 10 万元以上的经销商客户，新客户数从 20 家增加到 35 家。',
  metric: '华东区新客户数',
  achievability:
    '去年新签 20 家，其中下半年 12 家，增速在加快；本季度新增 2 名销售代表；展会和老客户转介绍已积累 80 家潜在客户，按 20% 的转化率可以覆盖新增的 15 家。',
  parentGoal: '公司年度增长战略',
  milestones: ['完成 80 家潜在客户分级，排定拜访计划', '累计达到 25 家', '累计达到 30 家'],
  members: ['张伟', '李娜', '王强'],
} as const;
