/**
 * Every Chinese text the worksheet core shows or returns, with check-strings.ts (the checks
 * that load on first use) and workshop-strings.ts (workshop mode, on embed pages). Another
 * language would be a sibling of these files; nothing else in core/ holds user-facing words.
 */

export const FIELD_TEXT = {
  /** Beside a field that still holds the worked example's value. */
  example: '示例内容：请改成你自己的',
} as const;

/** A long list shown a page at a time (ui/RowPages.tsx). */
export const PAGER_TEXT = {
  nav: (list: string) => `${list}：分页`,
  previous: '上一页',
  next: '下一页',
  pageLabel: '页码',
  page: (n: number, first: number, last: number) => `第 ${n} 页（${first}–${last}）`,
  showing: (first: number, last: number, total: number) =>
    `显示第 ${first}–${last} 条，共 ${total} 条`,
} as const;

export const NUMBER_TEXT = {
  empty: '请填写此项',
  invalid: '请输入数字',
  exponent: '请直接输入数字，不支持科学计数法（如 1e5）',
  thousands: '千分位格式不正确，例如应写作 1,234.5',
  percentNotAllowed: '此处只填数字，不要带 %',
  currencyNotAllowed: '此处不是金额，请只填数字，不要带 ¥ 或「元」',
  negative: '不能为负数',
  integer: '请输入整数',
  tooLarge: '数值过大',
  min: (min: string) => `不能小于 ${min}`,
  max: (max: string) => `不能大于 ${max}`,
} as const;

export const FILE_TEXT = {
  tooLarge: (mb: string) => `文件过大（${mb} MB），练习文件不应超过 1 MB。`,
} as const;

export const STORE_TEXT = {
  copySuffix: '（副本）',
  otherTabSuffix: '（另一标签页的副本）',
} as const;

export const SHELL_TEXT = {
  document: '当前文档',
  untitledList: '（未命名）',
  unsavedDraft: '（尚未保存）',
  newDoc: '新建',
  rename: '重命名',
  renameLabel: '文档名称',
  renameSave: '保存名称',
  cancel: '取消',
  duplicate: '复制',
  remove: '删除',
  confirmRemove: (title: string) => `确定删除「${title}」吗？`,
  confirmRemoveButton: '确定删除',
  removed: (title: string) => `已删除「${title}」。`,
  undo: '撤销',
  restored: (title: string) => `已恢复「${title}」。`,
  created: '已新建文档。',
  exampleLoaded: '已载入示例：可以直接修改，改成你自己的情况。',
  exampleInNewDoc: '示例已放在一份新文档里，你原来的文档都还在，可以在“当前文档”里切换。',
  duplicated: (title: string) => `已复制为「${title}」。`,
  renamed: (title: string) => `已重命名为「${title}」。`,
  loading: '正在载入……',
  locked: (title: string) => `「${title}」是只读的示例，不能修改。可以导出或复制分享链接。`,
  loadFailed: '这部分功能没能加载，请检查网络后刷新页面。本机保存的内容没有任何改动。',
  status: {
    saved: '已保存',
    draft: '填写后自动保存',
    saving: '正在保存……',
    memory: '仅保存在内存中',
    error: '保存失败',
  },
  /** Messages after actions; the notices' own texts are in notice-strings.ts. */
  discardedProblem: '已移除这份无法读取的数据。',
  savedShared: (title: string) => `已保存为你的文档「${title}」。`,
  newFromLink: '已根据链接新建文档。',
  mergedOtherTab: '另一个标签页刚修改了这份文档，两边改动的是不同内容，已合并保存。',
  keptBoth: (title: string, copy: string) =>
    `另一个标签页也修改了「${title}」的同一处内容。那边的版本保留在原文档中，本页的修改已另存为「${copy}」，现在打开的是这份副本。`,
  transfer: {
    heading: '保存与分享',
    exportJson: '保存为文件',
    importJson: '打开文件',
    exportExcel: '导出 Excel',
    exportCsv: '导出 CSV',
    sheetWorking: '正在生成表格文件……',
    sheetFailed: '表格文件没能生成：导出功能没能加载，请检查网络后再试。你的内容没有任何改动。',
    importLabel: '选择要打开的练习文件',
    imported: (title: string) => `已导入为新文档「${title}」。`,
    exported: (filename: string) => `已导出为文件「${filename}」，请在浏览器的下载内容中查看。`,
    share: '分享链接',
    shareLabel: '分享链接（只读，可复制）',
    copied: (length: number) => `链接已复制（${length} 个字符）。对方打开后可保存为自己的副本。`,
    copyManually: (length: number) => `链接长度 ${length} 个字符，请手动复制下面的链接。`,
  },
  print: {
    blank: '打印空白表',
    blankHint: '打印一份不含任何填写内容的空白表，留有书写空间，供纸上练习。',
    showingBlank: '正在打印空白表。你填写的内容没有改动，打印结束后会自动回来。',
    back: '回到我的内容',
  },
} as const;
