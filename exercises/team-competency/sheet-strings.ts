/** Sheet and column names of the 团队能力评估 spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  overview: '概况',
  ratings: '评分',
  averages: '维度均分',
  plan: '个人发展计划',
  person: '成员',
  dimension: '维度',
  competency: '能力',
  selfScore: '本人评分',
  managerScore: '经理评分',
  gap: '差距（经理 − 本人）',
  teamAverage: '团队平均',
  people: '成员人数',
  unnamed: (n: number) => `成员 ${n}`,
} as const;
