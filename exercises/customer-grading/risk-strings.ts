/** Texts of the churn-risk part (RiskSection.tsx; loads with it, with the results and on export). */
import type { RiskLevel, Signal } from './shape';

/** The signals of customers/churn: name and the criterion that earns the points. */
export const SIGNAL_TEXT: Record<Signal, { name: string; criterion: string }> = {
  frequency: { name: '订货频次下降', criterion: '近 3 个月订货次数比上年同期下降 30% 以上' },
  volume: { name: '订单金额减少', criterion: '近 3 个月采购额比上年同期下降 20% 以上' },
  payment: { name: '回款延迟', criterion: '超过约定账期 30 天以上，或连续两期延迟' },
  contact: { name: '关键联系人变动', criterion: '决策人或主要对接人离职、调岗' },
  complaints: { name: '投诉增加', criterion: '近 3 个月投诉 2 次以上，或有投诉未按时解决' },
  competitor: { name: '竞争对手接触', criterion: '确认竞争对手已拜访、报价或安排试用' },
  engagement: { name: '互动减少', criterion: '连续两次拒绝拜访邀约，或 30 天无回应' },
};

/** The risk levels of customers/churn: the short name, in full, and the chapter's response. */
export const RISK_TEXT: Record<RiskLevel, { short: string; name: string; response: string }> = {
  red: {
    short: '红',
    name: '红色：高风险',
    response: '销售经理 48 小时内介入，启动挽回步骤。',
  },
  yellow: {
    short: '黄',
    name: '黄色：关注',
    response: '销售代表 1 周内拜访了解情况，销售经理知情，每两周复核一次。',
  },
  green: { short: '绿', name: '绿色：正常', response: '按客户层级正常维护。' },
};

export const RISK = {
  heading: '流失风险',
  hint: '每月用同一把尺子打分：0–29 分绿色，30–59 分黄色，60 分及以上红色。战略合作伙伴和成长型重点客户出现任一 15 分以上的信号，至少按黄色处理。',
  rubricCaption: '风险评分表',
  criterion: '判定标准（满足即计分）',
  pointsCol: '分值',
  caption: '风险信号（满足即勾选）',
  points: (n: number) => `${n} 分`,
  actionsHeading: '挽回措施',
  noActions: '目前没有黄色或红色的客户。勾选风险信号后，需要挽回的客户会列在这里。',
  actionFor: (name: string, level: string) => `${name}（${level}）`,
  response: '应对动作',
  missingAction: '请写明挽回措施、负责人和完成日期。',
  noCustomers: '先在上面的表中添加客户，再勾选风险信号。',
  measuresCaption: '订货和采购的对比（选填）',
  measuresHint:
    '填了近 3 个月和上年同期的数字，就按数字判定“订货频次下降”（下降 30% 及以上）和“订单金额减少”（下降 20% 及以上），不必再勾选。',
  change: '变化',
  down: (p: string) => `下降 ${p}`,
  up: (p: string) => `增长 ${p}`,
  byFigures: '按数字判定',
} as const;
