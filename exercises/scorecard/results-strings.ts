/** Text of the ranking and the distribution chart (ResultsSection.tsx; loads with it). */
export const RESULTS = {
  heading: '排名与得分分布',
  hint: '按综合得分从高到低排列，得分相同的并列。还没有算出综合得分的成员排在最后。',
  rankingCaption: '团队排名',
  rank: '名次',
  member: '成员',
  total: '综合得分',
  unranked: '—',
  none: '添加成员并填写实际值后，这里会显示排名和得分分布。',
  chartTitle: (n: number) => `得分分布：${n} 名成员按综合得分分档的人数`,
  tableCaption: '得分分布（表格）',
  band: '分数段',
  count: '人数',
  names: '成员',
  people: (n: number) => `${n} 人`,
  bandName: (from: number, to: number | null) =>
    to === null
      ? `${from} 分及以上`
      : from === 0
        ? `${to} 分以下`
        : `${from}–${to} 分（不含 ${to} 分）`,
  bandShort: (from: number, to: number | null) =>
    to === null ? `≥${from}` : from === 0 ? `<${to}` : `${from}–${to}`,
} as const;
