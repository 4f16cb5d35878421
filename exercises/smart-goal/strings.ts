/**
 * All Chinese text of the SMART goal worksheet: labels, check messages, statement parts,
 * examples. The model and the views read from here.
 */

import { spaceCjk } from '../core/text';

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

export const CHECK = {
  heading: 'SMART 检查',
  exampleLeft: (what: string) => `还保留着示例内容：${what}。交之前请改成你自己的。`,
  exampleMilestone: (n: number) => `里程碑 ${n}`,
  exampleMember: (n: number) => `成员 ${n}`,
  S: {
    missing: '请填写具体描述：做什么、在哪里、针对哪些客户。',
    tooShort: '描述太短：请写清楚做什么、在哪个区域或针对哪些客户。',
    vague: (word: string) => `「${word}」没有具体数字：请写明要达到多少。`,
    noNumber: '描述中没有数字：写上数量、范围或对象会更具体。',
    timeOnly: (figure: string) => `「${figure}」是时间，不是数量：请写明要达到多少。`,
    hedge: (word: string) => `「${word}」只表达态度，不是可以检查的结果：请直接写明要达到的数量。`,
    ok: '描述具体，写明了对象和数量。',
  },
  M: {
    missing: (fields: string) => `还需要填写：${fields}。`,
    invalid: (field: string) => `${field}不是有效数字，请只填数字。`,
    ok: (metric: string, from: string, to: string) => `用「${metric}」衡量：从${from}到${to}。`,
  },
  A: {
    needNumbers: '填写基线值和目标值后才能判断是否可实现。',
    notAbove: '目标值不高于基线值：是要下降吗？',
    notBelow: '目标值不低于基线值：是要增长吗？',
    bigGrowth: (pct: string) => `增幅 ${pct}，超过 100%：请在「可实现性依据」中说明资源和做法。`,
    fromZero: '基线值为 0 或接近 0，无法用增幅判断：请在「可实现性依据」中说明依据。',
    okGrowth: (pct: string) => `增幅 ${pct}，在通常可实现的范围内。`,
    okDecrease: (pct: string) => `降幅 ${pct}。`,
    okWithEvidence: (change: string) => `${change}，已写明可实现性依据。`,
    growth: (pct: string) => `增幅 ${pct}`,
    decrease: (pct: string) => `降幅 ${pct}`,
    keep: (amount: string) => spaceCjk(`目标是保持在${amount}，不增不减。`),
    pointsUp: (n: string) => `提高 ${n} 个百分点`,
    pointsDown: (n: string) => `降低 ${n} 个百分点`,
    okPoints: (n: string) => `提高 ${n} 个百分点，在通常可实现的范围内。`,
    bigPoints: (n: string, limit: number) =>
      `提高 ${n} 个百分点，超过 ${limit} 个百分点：请在「可实现性依据」中说明资源和做法。`,
    up: (amount: string, note: string) => spaceCjk(`增加${amount}${note ? `（${note}）` : ''}`),
    down: (amount: string) => spaceCjk(`减少${amount}`),
    negativeBase: (change: string) =>
      `基线值为负数，无法用增幅判断：${change}。请在「可实现性依据」中说明依据。`,
    lossToProfit: '扭亏为盈',
    negativeToPositive: '由负转正',
  },
  R: {
    missing: '请填写关联的上级目标：这个目标支撑团队或公司的哪个目标？',
    ok: (parent: string) => `支撑「${parent}」。`,
  },
  T: {
    missing: '请设置截止日期。',
    invalid: '截止日期格式不正确。',
    past: '截止日期已经过去：请设置今天之后的日期。',
    tooFar: '截止日期在两年以后：建议拆成两年内可以检查的阶段目标。',
    milestoneNoDate: (n: number) => `里程碑 ${n} 还没有日期。`,
    milestoneAfterDeadline: (n: number) => `里程碑 ${n} 的日期晚于截止日期。`,
    milestoneOrder: (n: number, prev: number) =>
      `里程碑 ${n} 早于里程碑 ${prev}：请按时间先后排列。`,
    ok: (date: string, days: number) => `截止 ${date}，还有 ${days} 天。`,
    okToday: (date: string) => `截止 ${date}，就是今天。`,
  },
} as const;

export const STATEMENT = {
  heading: '目标陈述',
  empty: '填写上面的字段后，这里会生成完整的目标陈述。',
  copy: '复制',
  copied: '已复制目标陈述。',
  copyFailed: '无法自动复制，请选中文字后手动复制。',
  deadline: (date: string) => `在${date}前，`,
  increaseVerb: '提升',
  decreaseVerb: '降低',
  points: (n: string) => `${n} 个百分点`,
  support: (parent: string) => `，以支撑${parent}`,
  complete: (subject: string) => `完成${subject}`,
  keep: (subject: string, amount: string) => `将${subject}保持在${amount}`,
  fallbackSubject: '指标',
} as const;

export const FORM = {
  loadExample: '载入示例',
  exampleLoaded: '已载入示例，可以在此基础上修改。',
  exampleInNewDoc: '示例已放在一个新文档中，原来的内容没有改动。',
  goalSection: '目标',
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
