/** Sheet and column names of the channel pricing spreadsheet export (sheet.ts; loads on export). */
export const SHEET = {
  setup: '基本设置',
  chain: '价格链',
  role: '角色',
  checks: '检查',
  floor: '最低限价',
  approval: (role: string) => `${role}最多批准降价`,
  money: (label: string, basis: string) => `${label}（元，${basis}）`,
  unitCost: '单位成本（元，不含税）',
  volume: '数量折扣',
  from: '起（件）',
  to: '止（件）',
  order: '订货货款',
  scenarios: '情景',
  fromPrice: '原进价（元）',
  toPrice: '调整后进价（元）',
  compare: '情景对比',
} as const;
