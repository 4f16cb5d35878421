/**
 * Chinese text of the 90 天行动计划 form (the island). The checks and the timeline, which load
 * later, keep theirs in checks-strings.ts and timeline-strings.ts.
 */
import type { ActionStatus } from './shape';

export const TITLE = '90 天行动计划';
export const DEFAULT_DOC_TITLE = '未命名计划';

/** The three phases of growth/next-steps. */
export const PHASES = [
  { days: '第 1–30 天', name: '诊断与沟通' },
  { days: '第 31–60 天', name: '试点与调整' },
  { days: '第 61–90 天', name: '固化与复盘' },
] as const;

export const phaseName = (p: number) => `${PHASES[p].days}：${PHASES[p].name}`;

export const STATUS_LABEL: Record<ActionStatus, string> = {
  todo: '未开始',
  doing: '进行中',
  done: '已完成',
  dropped: '已放弃',
};

export const FIELD = {
  start: '计划开始日期',
  goal: '阶段目标',
  action: '行动',
  owner: '负责人',
  due: '完成日期',
  status: '状态',
  review: '复盘日期',
  result: '结果',
  cause: '原因',
  focus: '下一个 90 天的重点',
} as const;

export const FORM = {
  loadExample: '载入示例',
  startHint: '第 1 天。三个阶段的日期由它推算。',
  dates: (from: string, to: string) => `${from}至 ${to}`,
  goalsHeading: '阶段目标',
  goalHint: '一句话写清做到多少、到什么时候，例如：第 60 天前，方案阶段转化率从 25% 提高到 30%。',
  goalN: (n: number) => `${FIELD.goal} ${n}`,
  addGoal: '添加阶段目标',
  removeGoal: (phase: string, n: number) => `删除${phase}阶段目标 ${n}`,
  noGoals: '还没有阶段目标。每个阶段至少写一个可衡量的目标。',
  actionsHeading: '行动',
  actionN: (n: number) => `${FIELD.action} ${n}`,
  itemN: (n: number) => `第 ${n} 项`,
  addAction: '添加行动',
  removeAction: (phase: string, n: number) => `删除${phase}行动 ${n}`,
  noActions: '还没有行动。写下谁在什么日期前完成什么。',
  removeShort: '删除',
  reviewHeading: '90 天复盘',
  reviewIntro: '计划结束时，逐条写下每个阶段目标的结果和原因，再确定下一个 90 天的重点。',
  noReviewGoals: '写下阶段目标后，这里逐条填写结果和原因。',
  untitledGoal: '（未填写的目标）',
} as const;

/** 汇总 (CollectBody.tsx). */
export const COLLECT = {
  actions: (n: number, done: number) => `行动 ${n} 项，已完成 ${done} 项`,
  goal: (days: string, n: number) => `${days}阶段目标 ${n}`,
  action: (days: string, n: number) => `${days}行动 ${n}`,
  review: (days: string, n: number) => `${days}阶段目标 ${n} 的复盘`,
} as const;

export const EXAMPLE_TEXT = {
  title: '90 天行动计划示例',
  goals: [
    '第 30 天前，和 8 名团队成员各做 1 次一对一沟通，找出影响业绩的 3 个主要问题。',
    '第 60 天前，团队每周过程指标周报按时提交率达到 100%，方案阶段转化率从 25% 提高到 30%。',
    '第 90 天前，把 3 项有效做法写进团队工作规则，完成 1 份 90 天复盘报告并向上级汇报。',
  ],
  actions: [
    [
      ['和每位团队成员做一次一对一沟通', '王磊', 14, 'done'],
      ['用数据梳理团队业绩、销售漏斗和客户结构', '王磊、刘洋', 21, 'done'],
      ['确定最影响业绩的 3 个问题，向上级汇报', '王磊', 30, 'done'],
    ],
    [
      ['调整周例会结构：业绩 + 一个难题讨论', '王磊', 35, 'done'],
      ['建立陪访制度：每位成员每月至少陪访 2 次', '王磊、陈静', 45, 'done'],
      ['试行新的报价审批流程', '刘洋', 55, 'dropped'],
    ],
    [
      ['把有效的做法写成团队的固定规则', '王磊', 75, 'doing'],
      ['对没有效果的措施找原因、作调整', '王磊、刘洋', 80, 'todo'],
      ['写 90 天复盘，向上级汇报', '王磊', 88, 'todo'],
    ],
  ],
  results: [
    [
      '已达成：完成 8 次一对一沟通，找出 3 个问题：方案阶段转化率低、周报不按时、报价审批慢。',
      '提前排好沟通日程，每次沟通用同一份提纲。',
    ],
    [
      '部分达成：周报按时提交率 100%，方案阶段转化率 28%，未到 30%。',
      '陪访只覆盖了 5 名成员；报价审批涉及财务部门，试点暂停。',
    ],
    ['', ''],
  ],
  focus:
    '把陪访制度推广到全部 8 名成员，方案阶段转化率达到 30%；和财务部门一起重新设计报价审批流程。',
} as const satisfies {
  title: string;
  goals: readonly string[];
  actions: readonly (readonly (readonly [string, string, number, ActionStatus])[])[];
  results: readonly (readonly [string, string])[];
  focus: string;
};
