/**
 * One entry per worksheet. Pages, the sidebar links in chapter headers and the
 * embed/print routes read this list; `ready: false` marks a worksheet whose
 * interactive version is not built yet (chapters then show a paper-only note).
 */
export interface WorksheetInfo {
  id: string;
  title: string;
  summary: string;
  /** Chapter a learner should read first (site path). */
  chapter: string;
  ready: boolean;
}

export const WORKSHEETS: readonly WorksheetInfo[] = [
  {
    id: 'smart-goal',
    title: 'SMART 目标制定',
    summary:
      '把一个销售目标写成具体、可衡量、可实现、相关、有时限的目标，并分解到季度、月份和个人。',
    chapter: '/team/performance/',
    ready: true,
  },
  {
    id: 'swot',
    title: 'SWOT 分析矩阵',
    summary: '为一个市场、产品或渠道列出优势、劣势、机会与威胁，并组合出 TOWS 策略。',
    chapter: '/process/market-analysis/',
    ready: true,
  },
  {
    id: 'channel-pricing',
    title: '渠道价格计算器',
    summary: '从出厂到零售的价格链：各级进价、售价、毛利率与加价率，数量折扣与最低限价检查。',
    chapter: '/channels/pricing/',
    ready: true,
  },
];

export function findWorksheet(id: string): WorksheetInfo | undefined {
  return WORKSHEETS.find((w) => w.id === id);
}

/**
 * The worksheet a page embeds, for components that cannot render without it: throws (failing the
 * build) when the id is unknown or its interactive version is not ready yet.
 */
export function requireWorksheet(
  id: string,
  worksheets: readonly WorksheetInfo[] = WORKSHEETS,
): WorksheetInfo {
  const info = worksheets.find((w) => w.id === id);
  if (!info?.ready)
    throw new Error(`Worksheet "${id}" is not available (see exercises/registry.ts)`);
  return info;
}
