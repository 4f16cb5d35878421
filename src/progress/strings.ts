/** Chinese text of the reading-progress UI on chapter pages (kept tiny: it ships on every page). */
export const READING_TEXT = {
  readMark: '（已读）',
  pageRead: '本页已读，已计入学习进度。',
  pageUnread: '本页已改为未读：不计入学习进度，读到页尾也不会再自动标记。',
  continueLabel: '继续阅读：',
  memory: '浏览器不允许保存数据，阅读进度只在本页打开期间有效。',
  full: '浏览器的存储空间已满，阅读进度只在本页打开期间有效。',
};
