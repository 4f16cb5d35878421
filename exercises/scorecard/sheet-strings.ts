/** Sheet and column names of the 绩效计分卡 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '概况',
  indicators: '指标与权重',
  category: '指标类别',
  scores: '成员得分',
  member: '成员',
  ranking: '排名',
  rank: '名次',
  interviews: '绩效面谈',
  issue: '提示',
} as const;
