import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import JSZip from 'jszip';

/** The packages of `npm run package:lms`, by the folder the test LMS serves each from. */
export const PACKAGES = {
  scorm12: 'dist-lms/course-scorm12.zip',
  scorm2004: 'dist-lms/course-scorm2004.zip',
};

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
  webmanifest: 'application/manifest+json',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
};

export interface LmsServer {
  /** The test LMS page for a SCORM version. */
  hostUrl: (version: '1.2' | '2004') => string;
  /** A page of this origin outside the course, for leaving it. */
  awayUrl: string;
  /** The zips as read. */
  zips: Record<keyof typeof PACKAGES, JSZip>;
  close: () => Promise<void>;
}

/**
 * A test LMS on `port`: its page (tests/lms/host.html) with scorm-again, and each package
 * unzipped in memory under /lms/content/<scorm12|scorm2004>/ — served file by file, with no
 * index for a folder (as some LMSs do), so a link to a folder fails.
 */
export async function startLmsServer(port: number): Promise<LmsServer> {
  const zips = {} as LmsServer['zips'];
  for (const [name, path] of Object.entries(PACKAGES)) {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      throw new Error(`${path} is missing: run npm run package:lms first`);
    }
    zips[name as keyof typeof PACKAGES] = await JSZip.loadAsync(data);
  }
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const type = TYPES[/\.(\w+)$/.exec(path)?.[1] ?? ''] ?? 'application/octet-stream';
    if (path === '/lms/host.html') return send(200, readFileSync('tests/lms/host.html'), type);
    if (path === '/lms/away.html')
      return send(200, '<!doctype html><title>别处</title><h1>别处</h1>', TYPES.html);
    const lib = /^\/lms\/scorm-again\/([\w.]+\.js)$/.exec(path);
    if (lib) return send(200, readFileSync(`node_modules/scorm-again/dist/${lib[1]}`), type);
    const content = /^\/lms\/content\/(scorm12|scorm2004)\/(.*)$/.exec(path);
    const file = content && zips[content[1] as keyof typeof PACKAGES].file(content[2]);
    if (file && !file.dir) return send(200, await file.async('nodebuffer'), type);
    send(404, 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${port}`;
  return {
    hostUrl: (version) => `${origin}/lms/host.html?version=${version}`,
    awayUrl: `${origin}/lms/away.html`,
    zips,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
