/**
 * Chinese texts of 导入表格 (rows pasted from Excel or WPS, or read from a .csv or .xlsx
 * file). Apart from strings.ts: they load with the import, which loads only when opened.
 */

export const ROWS_TEXT = {
  /** One refused row: 「第 7 行：金额「12万」不是数字」. */
  refused: (line: number, detail: string) => `第 ${line} 行：${detail}`,
  missing: (label: string) => `缺少${label}`,
  notNumber: (label: string, raw: string) => `${label}「${raw}」不是数字`,
  notInteger: (label: string, raw: string) => `${label}「${raw}」不是整数`,
  noPercent: (label: string, raw: string) => `${label}「${raw}」不应带 %`,
  noCurrency: (label: string, raw: string) => `${label}「${raw}」不应带 ¥ 或「元」`,
  negative: (label: string, raw: string) => `${label}「${raw}」不能为负数`,
  outOfRange: (label: string, raw: string, detail: string) => `${label}「${raw}」${detail}`,
  notDate: (label: string, raw: string) => `${label}「${raw}」不是日期（例如 2027-03-31）`,
  notChoice: (label: string, raw: string, choices: string) =>
    `${label}「${raw}」不是可选项（${choices}）`,
  tooLong: (label: string, max: number) => `${label}超过 ${max.toLocaleString('en-US')} 个字`,
  overLimit: (count: number, max: number) => `另有 ${count} 行超出 ${max} 行的上限，未导入。`,
  choiceSeparator: '、',
  /** The file could not be read as a table. */
  unreadable: '无法读取这个文件。请另存为 .xlsx 或 .csv 后再试。',
  unsupported: '只能导入 .csv、.txt 或 .xlsx 文件。',
  empty: '没有找到可导入的行。',
} as const;

/** The import view (ui/ImportRows.tsx). */
export const IMPORT_VIEW_TEXT = {
  heading: '导入表格',
  pasteLabel: '粘贴表格内容',
  pasteHint: '在 Excel 或 WPS 中选中单元格（可含标题行），复制后粘贴到这里。',
  preview: '预览',
  fileLabel: '或选择文件（.csv、.xlsx）',
  reading: '正在读取文件……',
  hasHeader: '第一行是标题',
  mappingHeading: '列对应的字段',
  column: (n: number, sample: string) => (sample ? `第 ${n} 列（${sample}）` : `第 ${n} 列`),
  skip: '不导入',
  previewCaption: (shown: number, total: number) =>
    shown < total ? `预览（前 ${shown} 行，共 ${total} 行）` : `预览（共 ${total} 行）`,
  line: '行号',
  summary: (ok: number, bad: number) =>
    bad > 0 ? `可导入 ${ok} 行，${bad} 行未通过检查。` : `可导入 ${ok} 行。`,
  refusedHeading: '未导入的行',
  moreRefused: (n: number) => `另有 ${n} 行未通过检查。`,
  modeLegend: '导入方式',
  append: (n: number) => `追加到现有的 ${n} 行之后`,
  replace: (n: number) => `替换现有的 ${n} 行`,
  submit: (n: number) => `导入 ${n} 行`,
  cancel: '取消',
  tooLarge: '文件过大，表格文件不应超过 5 MB。',
  done: (ok: number, bad: number) =>
    bad > 0 ? `已导入 ${ok} 行；${bad} 行未通过检查，未导入。` : `已导入 ${ok} 行。`,
} as const;
