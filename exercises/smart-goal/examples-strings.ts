/** Texts of the static good-versus-weak examples (loaded with ExamplesTable, not with the island). */
export const EXAMPLES_TABLE = {
  caption: '好目标与弱目标对比',
  weak: '弱目标',
  good: 'SMART 目标',
  why: '差别',
  rows: [
    {
      weak: '努力提升销售额。',
      good: '在 2027 年 6 月 30 日前，将华南区月销售额从 120 万元提升到 150 万元（+25%）。',
      why: '有数字、有基线、有期限。',
    },
    {
      weak: '加强客户维护，减少流失。',
      good: '在 2027 年 12 月 31 日前，将重点客户年流失率从 12% 降低到 8%（−4 个百分点）。',
      why: '指明对象（重点客户）和衡量方式（年流失率）。',
    },
    {
      weak: '今年多开发一些新客户。',
      good: '在 2027 年 3 月 31 日前，将华东区新客户数从 20 家提升到 35 家（+75%），以支撑公司年度增长战略。',
      why: '关联上级目标，并有可检查的目标值。',
    },
  ],
} as const;
