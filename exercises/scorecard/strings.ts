/**
 * All Chinese text of the 绩效计分卡 worksheet that the island shows: labels, rules, warnings,
 * the worked example. The ranking and the distribution chart have theirs in results-strings.ts.
 */
import type { CategoryKey, Direction, Rule } from './shape';

export const TITLE = '绩效计分卡';
export const DEFAULT_DOC_TITLE = '未命名计分卡';
export const EXAMPLE_TITLE = '示例：2026 年第四季度绩效计分卡';

/** The heading of the indicators and weights (also named in 汇总 when still the example's). */
export const SETUP_HEADING = '指标与权重';

export const CATEGORY_NAME: Record<CategoryKey, string> = {
  results: '业绩指标',
  ability: '能力指标',
  process: '过程指标',
  growth: '发展指标',
};

/** The course's default weights (team/performance): 40%, 30%, 20%, 10%. */
export const DEFAULT_WEIGHT: Record<CategoryKey, string> = {
  results: '40',
  ability: '30',
  process: '20',
  growth: '10',
};

export const RULE_NAME: Record<Rule, string> = {
  linear: '线性计分（封顶）',
  threshold: '门槛计分',
  manual: '手动评分（1–100）',
};

export const DIRECTION_NAME: Record<Direction, string> = {
  higher: '越高越好',
  lower: '越低越好',
};

export const FIELD = {
  period: '考核周期',
  weight: '权重',
  categoryWeight: '类别权重',
  name: '指标名称',
  target: '目标值',
  actual: '实际值',
  rule: '计分方式',
  direction: '方向',
  cap: '封顶',
  threshold: '门槛',
  score: '得分',
  attainment: '达成率',
  memberName: '成员姓名',
  interviewDate: '面谈日期',
  strengths: '优势与成绩',
  gaps: '待改进之处',
  actions: '约定的改进行动',
} as const;

export const HINT = {
  period: '例如：2026 年第四季度',
  weights: '四类指标的权重合计应为 100%；每类内部各指标的权重合计也应为 100%。',
  rules:
    '线性计分：得分 = 达成率 × 100，达成率超过封顶值时按封顶值计；门槛计分：达成率低于门槛得 0 分，其余同线性计分；手动评分：在实际值一栏直接填 1–100 的分数。越低越好的指标（如费用率）按 目标值 ÷ 实际值 计算达成率。得分保留两位小数。',
  manualActual: '手动评分，填 1–100',
  strengths: '具体的事例和数据：做成了什么',
  gaps: '对事不对人，用事实和数据说明',
  actions: '1–3 项改进重点、需要的支持和下次回顾的时间',
} as const;

export const FORM = {
  loadExample: '载入示例',
  setup: SETUP_HEADING,
  members: '成员得分',
  addIndicator: (category: string) => `在${category}中添加指标`,
  removeIndicator: (category: string, n: number) => `删除${category}第 ${n} 项指标`,
  indicatorRow: (category: string, n: number) => `${category}第 ${n} 项`,
  noIndicators: '这一类还没有指标。',
  remove: '删除',
  indicatorWeightTotal: (category: string) => `${category}内各指标权重合计`,
  addMember: '添加成员',
  removeMember: (name: string) => `删除成员「${name}」`,
  memberFallback: (n: number) => `成员 ${n}`,
  noMembers: '还没有成员。添加团队成员后逐项填写实际值。',
  total: '合计',
  weightTotal: '类别权重合计',
  weightedTotal: '综合得分',
  categoryScore: '类别得分',
  interview: '绩效面谈记录',
  interviewFor: (name: string) => `绩效面谈记录：${name}`,
  /** On paper, under the interview record. */
  signature: '双方确认（签字）：销售经理＿＿＿＿＿＿　员工＿＿＿＿＿＿',
  scoresOf: (name: string) => `${name}的得分`,
  categoryHeading: (category: string, weight: string) =>
    weight ? `${category}（权重 ${weight.replace(/[%％]$/, '')}%）` : category,
  manual: '手动评分',
  printInterview: (name: string) => `打印${name}的面谈记录`,
  printingInterview: '正在打印面谈记录。',
  pending: '—',
  percentSuffix: '%',
  points: (score: string) => `${score} 分`,
} as const;

/** Messages about the card as a whole and about one indicator. */
export const ISSUE = {
  categoryWeights: (total: string) => `四类指标的权重合计为 ${total}%，应为 100%。`,
  indicatorWeights: (category: string, total: string) =>
    `${category}内各指标的权重合计为 ${total}%，应为 100%。`,
  emptyCategory: (category: string) => `${category}的权重大于 0，但还没有指标。`,
  target: '目标值需大于 0。',
  manualRange: '手动评分需在 1–100 之间。',
  capBelowThreshold: '封顶值不能低于门槛值。',
  noCap: '请填写封顶值（例如 120%）。',
  noThreshold: '请填写门槛值（例如 80%）。',
} as const;

/** Beside a score: what the rule did. */
export const SCORE_NOTE = {
  /** `attainment` is «124.00», or '' when it has no finite value (a 费用率 of 0). */
  capped: (attainment: string) => (attainment ? `（封顶，达成率 ${attainment}%）` : '（封顶）'),
  belowThreshold: (attainment: string) => `（低于门槛，达成率 ${attainment}%）`,
} as const;

export const EXAMPLE_TEXT = {
  period: '2026 年第四季度',
  members: ['张伟', '李娜', '王强'],
  indicators: {
    sales: '销售额（万元）',
    margin: '毛利率',
    expense: '销售费用率',
    skill: '销售技能',
    account: '客户管理',
    visits: '客户拜访次数',
    conversion: '成交转化率',
    learning: '学习成长',
  },
  strengths: '季度客户拜访 108 次，完成目标的 90%；成交转化率稳定，三次方案演示都得到了客户认可。',
  gaps: '销售额完成 90%，毛利率 20%，低于 25% 的目标；学习成长只完成了一半的课程。',
  actions:
    '1. 下季度每周复盘一笔让价订单，毛利率不低于 23%；2. 参加需求分析与方案呈现训练，经理每月陪访两次；3. 下次回顾：下季度第一个月末。',
} as const;
