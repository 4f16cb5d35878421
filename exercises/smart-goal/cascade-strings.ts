/** Texts of the cascade section (loaded with it, not with the island). */
import { spaceCjk } from '../core/text';

export const CASCADE = {
  heading: '目标分解',
  intro: '把目标值分解到期间和个人。默认平均分配；按淡旺季或能力调整权重，合计始终等于目标。',
  basis: '分解基数',
  basisTarget: '目标值',
  basisIncrease: '变化量（目标值与基线值之差）',
  noTotal: '填写有效的目标值（以及基线值）后即可分解。',
  notAdditive: '比率类目标（单位为 %）不能按合计分解，请直接为每个期间或成员设定比率。',
  noWeight: '权重合计为 0，无法分解：请至少给一项大于 0 的权重。',
  total: (amount: string) => `分解总量：${amount}`,
  periods: '分解到期间',
  mode: '分解方式',
  modeYear: '年 → 季 → 月',
  modeQuarter: '季 → 月 → 周',
  period: '期间',
  weight: '权重',
  share: '指标',
  manual: '手动指标',
  manualHint: '留空则按权重自动计算',
  weightLabel: (period: string) => `${period} 权重`,
  manualLabel: (period: string) => `${period} 手动指标`,
  topYear: ['第一季度', '第二季度', '第三季度', '第四季度'],
  month: (month: number, nextYear: boolean) => (nextYear ? `次年 ${month} 月` : `${month} 月`),
  fiscalStart: '财年起始月',
  fiscalStartHint: '期间从财年起始月排到截止日期所在的月份；未填截止日期时排满一个财年。',
  monthOption: (month: number) => `${month} 月`,
  topQuarter: ['第 1 个月', '第 2 个月', '第 3 个月'],
  subQuarter: (i: number) => `第 ${i + 1} 周`,
  members: '分解到个人',
  memberName: (n: number) => `成员 ${n} 姓名`,
  memberWeight: (n: number) => `成员 ${n} 权重`,
  memberManual: (n: number) => `成员 ${n} 手动指标`,
  memberRemove: (n: number) => `删除成员 ${n}`,
  name: '姓名',
  addMember: '添加成员',
  noMembers: '还没有成员。添加团队成员后按权重分配指标。',
  sum: '合计',
  mismatchPeriods: (sum: string, total: string, diff: string) =>
    spaceCjk(`各期间合计${sum}，与分解总量${total}相差${diff}：请调整手动指标。`),
  mismatchMembers: (sum: string, total: string, diff: string) =>
    spaceCjk(`各成员合计${sum}，与分解总量${total}相差${diff}：请调整手动指标。`),
  balanced: '合计与分解总量一致。',
  remainder: (amount: string, names: readonly string[], step: string) =>
    names.length === 1
      ? spaceCjk(`按权重不能整除：余数${amount}计入${names[0]}。`)
      : spaceCjk(`按权重不能整除：余数${amount}按最大余数法计入${names.join('、')}（各${step}）。`),
  /** The same, inside one period (a quarter over its months). */
  subRemainder: (period: string, amount: string, names: readonly string[], step: string) =>
    names.length === 1
      ? spaceCjk(`${period}按权重不能整除：余数${amount}计入${names[0]}。`)
      : spaceCjk(
          `${period}按权重不能整除：余数${amount}按最大余数法计入${names.join('、')}（各${step}）。`,
        ),
  memberFallback: (n: number) => `成员 ${n}`,
  personMonth: '人员 × 月份',
  personMonthHint: '每人的指标按各月指标分到月份：每行合计等于个人指标，每列合计等于当月指标。',
  personMonthMismatch:
    '各期间或各成员的手动指标合计与分解总量不一致，调整后才能生成人员 × 月份表。',
  tracking: '达成率跟踪',
  trackingHint: '每期结束后填写实际完成，查看当期和累计达成率。',
  actual: '实际完成',
  actualLabel: (period: string) => `${period} 实际完成`,
  rate: '当期达成率',
  cumTarget: '累计指标',
  cumActual: '累计实际',
  cumRate: '累计达成率',
  ofTotal: '占分解总量',
  trackingSummary: (
    cumActual: string,
    cumTarget: string,
    cumRate: string,
    ofTotal: string,
    total: string,
  ) =>
    spaceCjk(
      `截至最近填写的期间，累计实际${cumActual}，累计指标${cumTarget}，累计达成率${cumRate}；占分解总量${total}的${ofTotal}。`,
    ),
  trackingEmpty: '还没有填写实际完成。',
} as const;
