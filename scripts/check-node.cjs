// Fails early, with a clear message, when Node is older than the toolchain needs.
// Kept in plain ES5-compatible CommonJS so that any old Node can parse it.
var REQUIRED = [22, 12, 0];
var current = process.versions.node.split('.').map(Number);
function older(a, b) {
  for (var i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i];
  }
  return false;
}
if (older(current, REQUIRED)) {
  console.error(
    '\n本项目需要 Node.js ' +
      REQUIRED.join('.') +
      ' 或更高版本（Astro 7、Vitest 5 的要求），当前是 ' +
      process.versions.node +
      '。\n' +
      'This project needs Node.js >= ' +
      REQUIRED.join('.') +
      ' (you have ' +
      process.versions.node +
      ').\n' +
      '安装方法 / How to get it:\n' +
      '  nvm install        # 读取 .nvmrc（24）\n' +
      '  或 / or: npm install --prefix ~/.cache/node24 node@24 && export PATH=~/.cache/node24/node_modules/.bin:$PATH\n',
  );
  process.exit(1);
}
