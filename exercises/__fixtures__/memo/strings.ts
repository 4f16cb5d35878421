/** Every Chinese text of the memo worksheet. */
export const TITLE = '会议备忘';
export const DEFAULT_DOC_TITLE = '未命名备忘';
export const FIELD = { topic: '会议主题', notes: '要点' } as const;
export const SHEET_NAME = '备忘';
export const EMPTY = '（未填写）';
