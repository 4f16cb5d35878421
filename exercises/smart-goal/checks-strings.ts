/** Texts of the S/M/A/R/T checks and the goal statement (loaded with checks.ts). */
import { spaceCjk } from '../core/text';

export const CHECK = {
  heading: 'SMART 检查',
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
