/** Texts of the timeline part (Timeline.tsx; loaded with it, not with the island). */
export const TIMELINE = {
  heading: '90 天时间线',
  pending: '填写计划开始日期后，这里会画出 90 天的时间线。',
  chartTitle: (actions: number, reviews: number) =>
    `90 天时间线：${actions} 项行动，${reviews} 个复盘日。各项的日期和状态见下方表格。`,
  caption: '时间线（表格）',
  phase: '阶段',
  item: '事项',
  owner: '负责人',
  date: '日期',
  day: '第几天',
  status: '状态',
  review: '复盘',
  none: '—',
  noDate: '未定',
  dayN: (n: number) => `第 ${n} 天`,
  today: '今天',
  todayLine: (n: number, date: string) => `今天是计划的第 ${n} 天（${date}）。`,
  reviewMark: '复盘日',
  legend: '图例',
  untitled: '（未填写）',
} as const;
