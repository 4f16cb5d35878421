// Runs one of the project's commands on a Node new enough for the toolchain (Astro 7, Vitest 5).
//   node scripts/node24.cjs <command> [args…]
//   node scripts/node24.cjs --install-note   (after `npm install`: says why npm warned, on an older Node)
// On Node >= 22.12 the command runs as it is. On an older Node it runs through
// `npx -y -p node@24 -- <command> …`: npm fetches Node 24 from the npm registry once, caches it,
// and puts it first on PATH, so the command and everything it starts run on Node 24.
// Every package.json script that needs the toolchain goes through here; none repeats it.
// Plain ES5-compatible CommonJS, so that any old Node can parse it.
'use strict';
var childProcess = require('child_process');

var REQUIRED = [22, 12, 0];
var FALLBACK = 'node@24';

/** True when a Node version string ("20.20.2" or "v20.20.2") is older than REQUIRED. */
function isTooOld(version) {
  var parts = String(version).replace(/^v/, '').split('.').map(Number);
  for (var i = 0; i < 3; i++) {
    var part = parts[i] || 0;
    if (part !== REQUIRED[i]) return part < REQUIRED[i];
  }
  return false;
}

/** The command line to run: as given, or wrapped in npx with Node 24 on an older Node. */
function plan(version, command, args) {
  if (!isTooOld(version)) return { command: command, args: args, wrapped: false };
  return {
    command: process.platform === 'win32' ? 'npx.cmd' : 'npx',
    args: ['-y', '-p', FALLBACK, '--', command].concat(args),
    wrapped: true,
  };
}

/** The one line printed when the command is wrapped. */
function notice(version) {
  return (
    '当前 Node.js 是 ' +
    String(version).replace(/^v/, '') +
    '，本项目需要 ' +
    REQUIRED.join('.') +
    ' 或更高版本：这次改用 npm 下载并缓存的 Node 24 运行（首次需要几秒）。' +
    '想长期使用 Node 24，可运行 `nvm install`（读取 .nvmrc）。'
  );
}

/** Printed after `npm install` on an older Node, below npm's EBADENGINE warnings. */
function installNote(version) {
  return (
    '依赖已安装。上面 npm 的 EBADENGINE 警告是因为当前 Node.js ' +
    String(version).replace(/^v/, '') +
    ' 低于 ' +
    REQUIRED.join('.') +
    '，可以忽略：npm start、npm test 等命令会自动改用 Node 24 运行。'
  );
}

function main(argv) {
  if (argv[0] === '--install-note') {
    if (isTooOld(process.versions.node)) console.error(installNote(process.versions.node));
    return;
  }
  if (argv.length === 0) {
    console.error('用法：node scripts/node24.cjs <命令> [参数…]');
    return process.exit(2);
  }
  var version = process.versions.node;
  var run = plan(version, argv[0], argv.slice(1));
  if (run.wrapped) console.error(notice(version));
  var child = childProcess.spawn(run.command, run.args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  // Ctrl-C reaches the whole process group; a plain `kill` of this process is passed on.
  ['SIGINT', 'SIGTERM', 'SIGHUP'].forEach(function (signal) {
    process.on(signal, function () {
      child.kill(signal);
    });
  });
  child.on('error', function (error) {
    console.error('无法启动 ' + run.command + '：' + error.message);
    process.exit(1);
  });
  child.on('exit', function (code, signal) {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code === null ? 1 : code);
  });
}

module.exports = {
  isTooOld: isTooOld,
  plan: plan,
  notice: notice,
  installNote: installNote,
  REQUIRED: REQUIRED,
};

if (require.main === module) main(process.argv.slice(2));
