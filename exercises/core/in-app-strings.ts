/** Texts of the in-app browser notice (loaded with it, not with the island). */
export const IN_APP_TEXT = {
  heading: (app: string) => `你正在${app}里打开这张练习`,
  risk: (app: string) => `${app}的内置浏览器常常不能下载文件，清理缓存时也可能清掉这里保存的内容。`,
  handIn:
    '交作业：选“复制分享链接”，把链接粘贴到聊天里发给讲师。讲师打开链接就能看到你填写的全部内容。',
  copy: '复制分享链接',
  linkLabel: '发给讲师的链接',
  openInBrowser:
    '要长期保存或下载文件：点右上角的“···”，选择“在浏览器打开”（有的版本叫“在默认浏览器中打开”）。',
} as const;
