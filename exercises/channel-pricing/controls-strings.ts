/**
 * Chinese texts of 价格执行管控 (floors, approval levels, the 窜货 check). Apart from
 * strings.ts because this section's code loads after the island (see core/ui/Deferred.tsx).
 */

export const CONTROLS = {
  heading: '价格执行管控',
  intro:
    '最低限价和审批权限管的是公司自己的供货价：公司直接供货的每一级各有一个最低限价，低于它的价格要走特殊价格申请。',
  resale:
    '经销商卖给下游的转售价格由经销商自主决定，这里不设转售价的最低限价：固定或限定最低转售价格为《反垄断法》第十八条所禁止。',
  resaleLink: '见本章“价格管理的边界”',
  floorsCaption: '各级供货价的最低限价',
  floor: '最低限价（元/件）',
  floorHint: (basis: string) => `${basis}；公司不得突破的成交底价`,
  floorOf: (name: string) => `${name}进价`,
  direct: '公司也直接供货给该级',
  unchecked: (floor: string) =>
    `此前填写的最低限价 ${floor} 元是转售价，不再核对；公司直接供货给该级时才适用。`,
  approvalsLegend: '审批权限（按降价幅度）',
  approvalsHint:
    '填写每个角色最多能批准比公司价格低多少（%），例如 3、5、10。情景和数量折扣里低于公司价格的供货价会注明需要谁审批。',
  approvalLimit: (role: string) => `${role}最多批准降价（%）`,
} as const;

export const REGIONS = {
  legend: '窜货核查：区域价差与跨区成本',
  hint: '区域价差不能超过跨区运输和费用的成本，否则会引发窜货。',
  priceA: '甲区域价格（元/件）',
  priceB: '乙区域价格（元/件）',
  freight: '跨区运费（元/件）',
  handling: '其他费用（元/件）',
  handlingHint: '装卸、仓储、资金占用等，可不填',
  a: '甲区域',
  b: '乙区域',
  risk: (gap: string, cost: string, from: string, to: string, spread: string) =>
    `两区价差 ${gap} 元，超过跨区运费和费用合计 ${cost} 元：货从${from}运到${to}，每件还能多赚 ${spread} 元，容易引发窜货。`,
  safe: (gap: string, cost: string) =>
    `两区价差 ${gap} 元，没有超过跨区运费和费用合计 ${cost} 元：跨区倒货无利可图。`,
  waiting: '填写两个区域的价格和跨区运费后显示核查结果。',
} as const;
