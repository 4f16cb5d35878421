// A small static file server for the built site, used by the e2e tests and the benchmark.
// Serves DIR under BASE (default /), with index.html for folders and the site's 404 page.
// Usage: node scripts/serve.mjs --dir dist --port 4173 [--base /course/] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, statSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    base: { type: 'string', default: '/' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = normalize(values.dir);
const base = values.base.endsWith('/') ? values.base : values.base + '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function resolveFile(pathname) {
  if (!pathname.startsWith(base) && pathname + '/' !== base) return null;
  const rel = decodeURIComponent(pathname.slice(base.length - 1));
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Folders without a trailing slash redirect, as static hosts do.
  if (!url.pathname.endsWith('/') && !extname(url.pathname)) {
    const file = resolveFile(url.pathname + '/');
    if (file) {
      res.writeHead(301, { location: url.pathname + '/' + url.search });
      return res.end();
    }
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  if (!existsSync(path)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  res.writeHead(status, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(path).pipe(res);
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${base}`);
});
