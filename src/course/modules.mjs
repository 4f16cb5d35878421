// @ts-check
/**
 * The course's modules in reading order: one folder under src/content/docs/ each.
 * The sidebar, the print routes and the progress page all read this list.
 *
 * @typedef {{ id: string; label: string; summary: string }} CourseModule
 */

/** The course's name: site title, cover of the print editions, running header of printouts. */
export const COURSE_TITLE = '销售经理培训教程';

/** @type {readonly CourseModule[]} */
export const MODULES = [
  { id: 'intro', label: '课程导入', summary: '课程定位、培训目标与学习方式' },
  { id: 'role', label: '角色认知', summary: '从优秀销售到销售经理：定位、职责、画像与胜任力' },
  {
    id: 'process',
    label: '销售管理流程',
    summary: '管理闭环、计划、市场分析、预测、指标与流程优化',
  },
  { id: 'supply-chain', label: '供应链协同', summary: '供应商、库存与物流，以及与销售的协同' },
  { id: 'channels', label: '渠道管理', summary: '渠道类型、日常运营、价格体系与渠道评估' },
  {
    id: 'team',
    label: '团队建设与绩效',
    summary: '激励、招聘、新人培养、日常管理、沟通、绩效、提成、辅导与低绩效管理',
  },
  { id: 'skills', label: '销售技能', summary: '销售流程、需求洞察、顾问式销售、谈判与异议处理' },
  { id: 'customers', label: '客户管理', summary: '售后维护、重点客户分级、流失预警与应收账款管理' },
  { id: 'data', label: '数据与数字化', summary: '销售数据分析、常用工具与数字化转型' },
  { id: 'legal', label: '法务与合规', summary: '法律风险、合同关键条款与合规经营' },
  { id: 'cases', label: '案例分析', summary: '瓶颈突破、团队冲突与客户危机三个完整案例' },
  { id: 'growth', label: '成长与总结', summary: '成长路径、经验分享、课程总结与课后任务' },
];

/**
 * Sidebar sections after the modules: not part of the course order, but pages in them still
 * belong somewhere (search results name the section).
 * @type {readonly { id: string; label: string }[]}
 */
export const EXTRA_SECTIONS = [
  { id: 'exercises', label: '练习工具' },
  { id: 'reference', label: '参考' },
];

/**
 * The module or section label of a docs entry id (`channels/pricing` → 渠道管理), or undefined
 * for pages outside them (the home page).
 * @param {string} id
 * @returns {string | undefined}
 */
export function sectionLabel(id) {
  const first = id.split('/')[0];
  return [...MODULES, ...EXTRA_SECTIONS].find((m) => m.id === first && id.includes('/'))?.label;
}
