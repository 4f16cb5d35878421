// A small static file server for the built site, used by the e2e tests and the benchmark.
// Serves DIR under BASE (default /), with index.html for folders and the site's 404 page.
// With --gzip, text files are sent gzip-compressed, as a static host or CDN would (the benchmark
// and Lighthouse use it; the e2e tests read plain files).
// Usage: node scripts/serve.mjs --dir dist --port 4173 [--base /course/] [--host 127.0.0.1] [--gzip]
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, statSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4173' },
    base: { type: 'string', default: '/' },
    host: { type: 'string', default: '127.0.0.1' },
    gzip: { type: 'boolean', default: false },
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
  '.webmanifest': 'application/manifest+json',
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
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const gzip =
    values.gzip &&
    /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
    /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-cache',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  const body = createReadStream(path);
  if (gzip) body.pipe(createGzip()).pipe(res);
  else body.pipe(res);
}).listen(Number(values.port), values.host, () => {
  console.log(`serving ${root} at http://${values.host}:${values.port}${base}`);
});
