/**
 * All Chinese text of the SWOT worksheet: labels, messages, the guiding questions (drawn
 * from 市场分析与商机识别 and 渠道强项与弱项分析), Markdown headings and the course example.
 * The model and the views read from here.
 */
import type { Quadrant, StrategyGroup } from './shape';

export const TITLE = 'SWOT 分析矩阵';
export const DEFAULT_DOC_TITLE = '未命名 SWOT 分析';

export const FIELD = { subject: '分析对象', date: '日期' } as const;

export const HINT = {
  subject: '一条渠道、一个产品或一个区域市场，例如：华东分销渠道。每个对象单独做一张。',
} as const;

export const QUADRANT_NAME: Record<Quadrant, string> = {
  S: '优势',
  W: '劣势',
  O: '机会',
  T: '威胁',
};

/** Where each quadrant sits: the two axes of the matrix. */
export const QUADRANT_SIDE: Record<Quadrant, string> = {
  S: '内部 · 有利',
  W: '内部 · 不利',
  O: '外部 · 有利',
  T: '外部 · 不利',
};

/** Names of data fields in validation messages («「优势 › 第 2 项 › 重要性」…»). */

export const ITEM = {
  label: (q: Quadrant, n: number) => `${QUADRANT_NAME[q]} ${n}`,
  add: (q: Quadrant) => `添加${QUADRANT_NAME[q]}`,
  addButton: '添加',
  importance: '重要性',
  importanceOption: ['1 很低', '2 较低', '3 一般', '4 较高', '5 很高'],
  evidence: '依据',
  evidencePlaceholder: '事实或数据（可选）',
  up: '上移',
  down: '下移',
  moveTo: '移到',
  move: '移动',
  remove: '删除',
  sort: '按重要性排序',
  none: '还没有条目。',
  count: (n: number) => `${n} 条`,
  empty: '请先写下内容再添加。',
  tooLong: (max: number) => `最多 ${max} 个字，请精简后再添加。`,
  full: (max: number) => `每格最多 ${max} 条，请合并相近的条目。`,
  added: (q: Quadrant, text: string) => `已添加${QUADRANT_NAME[q]}「${text}」。`,
  removed: (text: string) => `已删除「${text}」。`,
  restored: (text: string) => `已恢复「${text}」。`,
  moved: (text: string, q: Quadrant, n: number) =>
    `已把「${text}」移到${QUADRANT_NAME[q]}（第 ${n} 条）。`,
  movedWithin: (text: string, n: number) => `「${text}」现在是第 ${n} 条。`,
  sorted: (q: Quadrant) => `已按重要性从高到低排列${QUADRANT_NAME[q]}。`,
  unsorted: '已恢复原来的顺序。',
  untitled: '（未填写）',
} as const;

export const UNDO = '撤销';

export const TOWS = {
  heading: 'TOWS 策略',
  intro: '列出四格只是开始。把四格两两组合，写出可以执行的策略，并勾选每条策略依据的条目。',
  group: {
    SO: { name: 'SO 策略', idea: '用优势抓住机会' },
    WO: { name: 'WO 策略', idea: '借机会弥补劣势' },
    ST: { name: 'ST 策略', idea: '用优势抵御威胁' },
    WT: { name: 'WT 策略', idea: '减少劣势、规避威胁' },
  } satisfies Record<StrategyGroup, { name: string; idea: string }>,
  strategy: (g: StrategyGroup, n: number) => `${g} 策略 ${n}`,
  add: (g: StrategyGroup) => `添加 ${g} 策略`,
  remove: '删除策略',
  removed: (text: string) => `已删除策略「${text}」。`,
  restored: (text: string) => `已恢复策略「${text}」。`,
  none: '还没有策略。',
  refs: '依据的条目',
  noRefs: '还没有勾选依据的条目。',
  pick: (count: number) => `选择依据的条目（已选 ${count} 条）`,
  noItems: (q: Quadrant) => `${QUADRANT_NAME[q]}一格还没有条目。`,
  deleted: '（已删除的条目）',
  movedTo: (q: Quadrant) => `（已移到${QUADRANT_NAME[q]}）`,
  dropRef: '移除引用',
  toSmart: '转为 SMART 目标',
  toSmartHint: '写下策略内容后，可以转为 SMART 目标。',
  toSmartFailed: '转为 SMART 目标的链接没能生成，请检查网络后刷新页面再试。',
  toSmartNote:
    '转为 SMART 目标时，分析对象写进具体描述；关联的上级目标请在 SMART 表中自己填写：这个目标支撑团队或公司的哪个目标？',
  untitled: '（未填写）',
} as const;

export const ACTIONS = {
  markdown: '复制为 Markdown',
  copied: '已复制 Markdown，可以粘贴到文档、邮件或笔记中。',
  copyFailed: '浏览器不允许自动复制，请选中下面的文字后手动复制。',
  manualLabel: 'Markdown 文本',
  blank: '打印空白表',
  back: '返回我的分析',
  blankNote: '这是空白的 SWOT 表，用浏览器的打印功能打印，在纸上填写。',
  loadExample: '载入示例',
  matrix: 'SWOT 矩阵',
  fields: '分析对象与日期',
} as const;

/** Markdown export headings and labels. */

/** Text of the SMART goal handed over from a strategy. */
export const SMART = {
  subject: (subject: string) => `${FIELD.subject}：${subject}`,
  basis: (g: StrategyGroup) => `TOWS ${g} 策略（${TOWS.group[g].idea}），依据：`,
  item: (q: Quadrant, text: string) => `${QUADRANT_NAME[q]}：${text}`,
} as const;

/** The course example: 某区域工业润滑油业务 (市场分析与商机识别). */
export const EXAMPLE_TEXT = {
  subject: '某区域工业润滑油业务',
  items: {
    S: [
      ['技术服务团队响应快', 4, '客户报修平均 4 小时内到场'],
      ['与两家主机厂有长期合作', 5, ''],
    ],
    W: [
      ['价格高于竞品约 8%', 4, '近半年报价成交记录'],
      ['县级市场没有经销商覆盖', 3, ''],
    ],
    O: [
      ['本地新建工业园区陆续投产', 5, ''],
      ['客户开始重视设备维护成本', 3, ''],
    ],
    T: [
      ['外省品牌低价进入', 4, ''],
      ['部分大客户转向集中招标', 4, ''],
    ],
  } satisfies Record<Quadrant, readonly (readonly [string, number, string])[]>,
  strategies: {
    SO: ['以技术服务为卖点，主动开发工业园区新厂', ['S1', 'O1']],
    WO: ['在园区所在县发展一家经销商，补齐覆盖', ['W2', 'O1']],
    ST: ['向大客户提供“油品 + 设备维护”打包方案，避免只比单价', ['S1', 'T2']],
    WT: ['对价格敏感的小客户推出基础型产品，不与低价品牌正面拼价', ['W1', 'T1']],
  } satisfies Record<StrategyGroup, readonly [string, readonly string[]]>,
} as const;
