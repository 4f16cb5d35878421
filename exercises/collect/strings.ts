/** Chinese text of the 汇总 (collect) page. */
export const COLLECT_TEXT = {
  type: '练习类型',
  files: '选择练习文件（可多选）',
  drop: '也可以把文件拖到这里',
  links: '分享链接（每行一个）',
  addLinks: '添加链接',
  clear: '清空',
  print: '打印汇总',
  none: '还没有添加任何练习。选择文件或粘贴分享链接后，结果会并排显示在这里。',
  count: (n: number, title: string) => `已汇总 ${n} 份「${title}」`,
  errorsHeading: '以下文件或链接没有加入汇总',
  linkName: (n: number) => `链接 ${n}`,
  notShareLink: '这不是分享链接：链接中应当有“#share=”（在练习页点击“分享链接”得到）。',
  duplicate: '这份练习已经在汇总中了。',
  otherType: (its: string, current: string) =>
    `这是「${its}」的练习，正在汇总的是「${current}」：一次只汇总一种练习，清空后再切换。`,
  detected: (title: string) => `（练习类型已按文件或链接识别为「${title}」）`,
  switchConfirm: (n: number, from: string, to: string) =>
    `切换为「${to}」会清空已汇总的 ${n} 份「${from}」。需要保留的话，先导出 Excel 或打印汇总。`,
  switchAndClear: (to: string) => `清空并切换为「${to}」`,
  loadFailed: '这种练习的汇总功能没能加载，请检查网络后再试。已汇总的内容没有改动。',
  unreadable: '无法读取这份练习，请向对方重新索取文件或链接。',
  side: '并排查看',
  merged: '合并视图：各格中的相同条目',
  mergedHint:
    '相同或几乎相同的条目（忽略空格、标点、全角半角和大小写的差别）合并为一行，括号中是写到它的人数。',
  participants: (n: number) => `${n} 人`,
  variants: '不同写法',
  empty: '（空）',
  subject: '分析对象',
  exampleLeft: (what: string) => `含未修改的示例内容：${what}`,
  exampleCount: (n: number) => `${n} 处`,
  unsigned: '未署名',
  /** Who and when, under a card's title. */
  byline: (author: string, date: string) => `${author} · ${date}`,
  sameAuthor: (author: string, n: number) => `${author}交了 ${n} 份，请确认是否重复或交错了文件。`,
  statement: 'SMART 目标',
  retail: '零售价',
  channelShare: '渠道合计所得占零售价',
  incomplete: '价格链尚未填完整',
  remove: (name: string) => `移除 ${name}`,
  /** A collected document: on its card and in the 文档 column of the exported workbook. */
  docName: (n: number, title: string, author?: string) =>
    `${n}. ${title}${author?.trim() ? `（${author.trim()}）` : ''}`,
  /** Takes the place of a document title in the exported file's name. */
  workbookTitle: '汇总',
} as const;
