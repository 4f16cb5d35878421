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
