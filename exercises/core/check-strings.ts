/**
 * Chinese texts of the checks that load on first use (validation, reading stored or imported
 * documents, share links). Apart from strings.ts so that a worksheet page carries them only
 * once it checks something.
 */

export const VALIDATION_TEXT = {
  field: (path: string, detail: string) => `「${path}」不正确：${detail}`,
  data: (detail: string) => `数据不正确：${detail}`,
  item: (n: number) => `第 ${n} 项`,
  expectedText: '应为文字',
  expectedNumber: '应为数字',
  expectedList: '应为列表',
  expectedObject: '应为一组字段',
  expectedOneOf: (options: string) => `只能是 ${options} 之一`,
  missing: '缺少此项',
  empty: '不能为空',
  tooLong: (max: number) => `最多 ${max.toLocaleString('en-US')} 个字符`,
  tooMany: (max: number) => `最多 ${max.toLocaleString('en-US')} 项`,
  generic: '格式不正确',
  envelope: {
    id: '编号',
    exercise: '练习类型',
    schemaVersion: '版本号',
    title: '标题',
    createdAt: '创建时间',
    updatedAt: '修改时间',
    data: '内容',
  } as Record<string, string>,
} as const;

/** Why stored data was set aside (the store's problems; see read-document.ts). */
export const STORED_TEXT = {
  unreadable: '这份数据无法读取（不是完整的 JSON），已单独保存。',
  invalid: (detail: string) => `这份数据内容不符合格式，已单独保存。${detail}`,
  newer: (version: number, known: number) =>
    `这份数据来自更新版本的练习（版本 ${version}，本页支持到版本 ${known}），本页不会修改它。请刷新页面。`,
  wrongExercise: '这份数据属于另一个练习，已单独保存。',
  migrationFailed: '这份数据无法升级到当前版本，已单独保存。',
  index: '文档目录无法读取，已按现有文档重建目录，原目录已单独保存。',
} as const;

export const IMPORT_TEXT = {
  notJson: '文件内容不完整或不是 JSON，请确认选择的是本站导出的 .json 文件，且下载完整。',
  notWorksheet: '这不是本站的练习文件：缺少练习类型（exercise）。',
  wrongExercise: (fileTitle: string, pageTitle: string) =>
    `这是「${fileTitle}」的文件，不能导入到「${pageTitle}」。`,
  badVersion: '文件中的版本号不正确。',
  newerVersion: (fileVersion: number, knownVersion: number) =>
    `这个文件来自更新版本的练习（版本 ${fileVersion}，本页只支持到版本 ${knownVersion}）。请刷新页面后再试。`,
  migrationFailed: (version: number) => `无法把版本 ${version} 的文件升级到当前版本。`,
  missingMigration: (version: number) => `缺少从版本 ${version} 升级的步骤，无法读取。`,
} as const;

export const SHARE_TEXT = {
  broken: '分享链接不完整或已损坏，请向对方重新索取链接。',
  linkTooLong: (length: number, max: number) =>
    `链接太长（${length} 个字符，本站的链接不超过 ${max} 个字符），可能不完整或被改动过，没有打开。请向对方索取练习文件（练习页「保存为文件」保存的文件）。`,
  contentTooLarge: (mb: number) =>
    `链接中的内容太大（解开后超过 ${mb} MB），可能被改动过，没有打开。请向对方索取练习文件（练习页「保存为文件」保存的文件）。`,
  tooLong: (length: number, max: number) =>
    `内容太多，分享链接长度为 ${length} 个字符，超过了 ${max} 的上限。请改用「保存为文件」，把文件发给对方。`,
} as const;

/** The warning while a document still holds values of the worked example (example-values.ts). */
export const EXAMPLE_LEFT_TEXT = {
  left: (what: string) => `还保留着示例内容：${what}。交之前请改成你自己的。`,
  /** `what` when the places are marked beside their fields rather than named. */
  count: (n: number) => `${n} 处，已在旁边标出`,
} as const;
