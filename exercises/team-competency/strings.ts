/** Chinese text of the 团队能力评估 worksheet (the form; the results' text is in results-strings.ts). */
import type { Rater } from './shape';

export const TITLE = '团队能力评估';
export const DEFAULT_DOC_TITLE = '未命名的能力评估';

export const FIELD = {
  team: '团队名称',
  date: '评估日期',
  name: '成员姓名',
  rater: '评分人',
  second: (rater: string) => `同时记录${rater}的评分`,
  score: '评分',
  gap: '差距',
  action: '发展行动',
  resource: '资源',
  due: '期限',
  measure: '衡量方式',
} as const;

export const RATER_NAME: Record<Rater, string> = { self: '本人', manager: '经理' };

export const FORM = {
  loadExample: '载入示例',
  section: '团队与日期',
  people: '逐人评分',
  scaleTitle: '评分标准',
  scaleIntro:
    '按最近的真实表现逐项打 1–5 分，每个分数最好能举出一个最近的例子。第一位是你自己，再为每位团队成员添加一份。',
  person: (n: number, name: string) => `成员 ${n}${name.trim() ? `：${name.trim()}` : ''}`,
  self: '（本人）',
  addPerson: '添加成员',
  removePerson: (n: number, name: string) => `删除${FORM.person(n, name)}`,
  removed: (name: string) => `已删除「${name}」。`,
  undo: '撤销',
  full: '成员已达上限。',
  competency: '能力',
  scoreBy: (rater: string) => `${rater}评分`,
  anchors: '行为描述',
  groupLabel: (competency: string, rater: string) => `${competency}（${rater}评分）`,
  gapHint: '差距 = 经理评分 − 本人评分；相差 2 分及以上的能力，面谈时优先谈。',
  wideGap: '（差距大）',
  ratingsOf: (name: string) => `${name}的评分`,
  anchor: (score: number, text: string) => `${score} 分：${text}`,
  namePlaceholder: '姓名',
} as const;

export const PLAN = {
  heading: '个人发展计划',
  intro:
    '每人评分最低的 2–3 项能力列在这里（同分时按课程顺序取前 3 项）。为每一项写下发展行动、需要的资源、期限和衡量方式。',
  advice: '怎样有针对性地提升短板',
  interview: '在绩效面谈中共同制订提升计划',
  pending: (name: string) => `${name}：评完分后，这里列出评分最低的能力。`,
  tied: (names: string) => `同样分数的还有：${names}。可按团队当前最需要的能力替换。`,
  allTop: (name: string) => `${name}：已评的能力都是 5 分，没有需要列入计划的短板。`,
  kept: '（不再是最低项，已写的计划保留）',
  personPlan: (name: string) => `${name}的发展计划`,
  item: '能力',
} as const;

/** The course example: a manager from sales (strong in 业务能力, weak in 跨部门协作 and 冲突解决, as the chapter's 常见错误 describes) and two team members. */
export const EXAMPLE_TEXT = {
  team: '华东区域销售一组',
  people: ['张伟', '李娜', '王强'],
  plan: {
    collaboration: {
      action: '每月与财务、供应链各开一次客户问题协调会，由我主持并跟进结论',
      resource: '供应链协同模块的章节；请供应链部经理做一次带教',
      measure: '跨部门处理的客户问题平均解决天数从 10 天降到 5 天',
    },
    conflict: {
      action: '撞单和资源争夺按书面规则处理，每次处理后与双方复盘',
      resource: '公司内部的冲突管理培训；向区域总监请教',
      measure: '季度内撞单申诉次数从 6 次降到 2 次以下',
    },
  },
} as const;
