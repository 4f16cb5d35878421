/**
 * Column headers every spreadsheet export shares (core/sheets.ts). Apart from strings.ts because
 * they load with the export, on 导出 Excel / 导出 CSV.
 */
export const SHEET_TEXT = {
  field: '项目',
  value: '内容',
  title: '文档名称',
  number: '序号',
  /** The first column of a 汇总 workbook: which document a row comes from. */
  document: '文档',
} as const;
