/** Chinese text of the results (Results.tsx, RadarChart.tsx, 汇总); loads with them, not with the island. */
export const RESULTS = {
  heading: '能力雷达图',
  intro: '雷达图按四个维度画，每个维度取已评能力的平均分（满分 5 分）；每项能力的分数见评分表。',
  pending: '评完分后，这里按维度画出每个人和团队平均的雷达图。',
  warnings: '提醒',
  unrated: (name: string, n: number) => `${name}：还有 ${n} 项能力未评分，平均分只算已评的项。`,
  allSame: (name: string, score: number) =>
    `${name}：16 项评分都是 ${score} 分，看不出强弱。请对照行为描述，至少分出高低。`,
  wideGap: (name: string, competency: string, self: number, manager: number) =>
    `${name}：「${competency}」本人 ${self} 分、经理 ${manager} 分，相差 ${Math.abs(manager - self)} 分，面谈时先谈这一项。`,
  team: '团队平均',
  teamCaption: '各维度平均分：每人与团队平均',
  personCaption: (name: string) => `${name}：各维度平均分`,
  chartTitle: (name: string, values: string) => `${name}的能力雷达图：${values}`,
  dimension: '维度',
  scoreBy: (rater: string) => `${rater}评分`,
  /** 领导力 3.5 (in the chart's accessible name). */
  axisValue: (dimension: string, value: string) => `${dimension} ${value}`,
} as const;

/** 汇总 of self-assessments (CollectBody.tsx, CollectMerged.tsx). */
export const COLLECT = {
  person: '本人',
  lowest: '评分最低的能力',
  none: '（尚未评分）',
  merged: '全组汇总：各维度平均分与最常见的短板',
  mergedHint: (n: number) =>
    `按 ${n} 份评估中第一位成员（填写人本人）的评分计算；平均分只算已评的项。`,
  groupAverage: '全组平均',
  groupCaption: '全组各维度平均分',
  commonGaps: '最常见的短板',
  commonGapsHint: '每人评分最低的 2–3 项能力中，出现次数最多的排在前面。',
  competency: '能力',
  count: '人数',
  people: (n: number) => `${n} 人`,
} as const;
