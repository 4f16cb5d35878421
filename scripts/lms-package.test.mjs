import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { policyFor } from '../src/plugins/csp.mjs';
import {
  fixedUrls,
  manifestXml,
  packageZip,
  rewriteHtml,
  rewriteUrls,
  toRoot,
  VERSIONS,
  XML_NS_SCHEMA,
} from './lms-package.mjs';

describe('rewriteUrls', () => {
  it('finds the way to the package root from a file', () => {
    expect(toRoot('index.html')).toBe('./');
    expect(toRoot('_astro/a.css')).toBe('../');
    expect(toRoot('role/duties/index.html')).toBe('../../');
  });

  it('makes links relative to the file and names index.html for folders', () => {
    const html =
      '<a href="/__lms__/">首页</a><a href="/__lms__/role/duties/#要点">职责</a>' +
      '<a href="/__lms__/exercises/swot/?ns=a-1">SWOT</a>' +
      '<script type="module" src="/__lms__/_astro/page.js"></script>' +
      '<link rel="canonical" href="http://localhost:4321/__lms__/role/role/">' +
      '<img srcset="/__lms__/a.png 1x, /__lms__/b.png 2x">' +
      '<astro-island component-url="/__lms__/_astro/Swot.js" props="{&quot;href&quot;:[0,&quot;/__lms__/channels/pricing/&quot;]}">';
    expect(rewriteUrls(html, 'role/role/index.html')).toBe(
      '<a href="../../index.html">首页</a><a href="../../role/duties/index.html#要点">职责</a>' +
        '<a href="../../exercises/swot/index.html?ns=a-1">SWOT</a>' +
        '<script type="module" src="../../_astro/page.js"></script>' +
        '<link rel="canonical" href="../../role/role/index.html">' +
        '<img srcset="../../a.png 1x, ../../b.png 2x">' +
        '<astro-island component-url="../../_astro/Swot.js" props="{&quot;href&quot;:[0,&quot;../../channels/pricing/index.html&quot;]}">',
    );
  });

  it('rewrites CSS url() relative to the style sheet', () => {
    expect(rewriteUrls('a{background:url(/__lms__/_astro/x.woff2)}', '_astro/a.css')).toBe(
      'a{background:url(../_astro/x.woff2)}',
    );
  });

  it('writes the page policy again for inline scripts that changed', () => {
    const before = '<script>const base = "/__lms__/";</script>';
    const page = (body) =>
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policyFor(body)}"><meta name="referrer" content="no-referrer"></head><body>${body}</body></html>`;
    const out = rewriteHtml(page(before), 'index.html');
    const after = '<script>const base = "./index.html";</script>';
    expect(out).toContain(after);
    expect(out).toContain(`content="${policyFor(after)}"`);
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
  });
});

describe('fixedUrls', () => {
  it('finds the stand-in base and root-absolute URLs to the site', () => {
    expect(fixedUrls('<a href="/__lms__/a/">', 'a.html')[0]).toMatch(/^stand-in base: /);
    expect(fixedUrls('const b = "/__lms__";', '_astro/a.js')).toHaveLength(1);
    expect(fixedUrls('<a href="/skills/follow-up/">', 'a.html')).toEqual([
      'root URL:  href="/skills/follow-up/"',
    ]);
    expect(fixedUrls('a{src:url(/_astro/x.woff2)}', '_astro/a.css')).toHaveLength(1);
    expect(fixedUrls('import("/_astro/x.js")', '_astro/a.js')).toHaveLength(1);
  });

  it('accepts relative URLs, fragments, other sites and protocol-relative addresses', () => {
    const ok =
      '<a href="../../a/index.html">a</a><a href="#x">x</a><a href="https://example.com/a/">e</a>' +
      '<script src="//cdn.example.com/x.js"></script><style>a{background:url(data:image/png;base64,AA)}</style>';
    expect(fixedUrls(ok, 'a/b/index.html')).toEqual([]);
    expect(fixedUrls('const u = new URL("../", import.meta.url);', '_astro/a.js')).toEqual([]);
  });
});

describe('packageZip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lms-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = [
    { path: 'index.html', data: '<!doctype html><title>首页</title>' },
    { path: 'role/role/index.html', data: '<!doctype html><title>角色</title>' },
    { path: '_astro/page.js', data: 'console.log(1)' },
  ];
  const course = {
    identifier: 'sales-manager-course',
    title: '销售经理培训教程',
    launch: 'index.html',
  };

  /** Java compiles the validator on each run: seconds on a busy machine. */
  const JAVA_TIMEOUT = 60_000;

  /** Runs the XSD validator over a manifest; its output and exit status. */
  function validate(xml, v) {
    const file = join(dir, `imsmanifest-${v.version}.xml`);
    writeFileSync(file, xml);
    const res = spawnSync(
      'java',
      [
        'scripts/xsd/XsdValidate.java',
        file,
        XML_NS_SCHEMA,
        ...v.validate.map((f) => join(v.schemas, f)),
      ],
      { encoding: 'utf8' },
    );
    return { ok: res.status === 0, out: `${res.stdout}${res.stderr}` };
  }

  for (const v of VERSIONS) {
    it(
      `SCORM ${v.version}: one SCO, the manifest at the root, valid against the published schema, naming every file`,
      async () => {
        const zip = await JSZip.loadAsync(await packageZip(v, files, course));
        const xml = await zip.file('imsmanifest.xml').async('string');
        expect(validate(xml, v)).toEqual({ ok: true, out: 'valid\n' });
        expect(xml).toContain(
          `<schemaversion>${v.version === '1.2' ? '1.2' : '2004 4th Edition'}</schemaversion>`,
        );
        expect(xml).toMatch(/<organizations default="ORG-1">\s*<organization identifier="ORG-1">/);
        expect(xml).toMatch(/<item identifier="ITEM-1" identifierref="RES-1">/);
        const resources = [...xml.matchAll(/<resource\b[^>]*>/g)].map((m) => m[0]);
        expect(resources).toHaveLength(1);
        const scormType = v.version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
        expect(resources[0]).toContain(`${scormType}="sco"`);
        const launch = /\shref="([^"]+)"/.exec(resources[0])[1];
        expect(zip.file(launch)).not.toBeNull();
        const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
        expect(listed.sort()).toEqual(files.map((f) => f.path).sort());
        for (const f of listed) expect(zip.file(f), f).not.toBeNull();
        // The schemas the manifest names are beside it.
        for (const xsd of xml.match(/[\w.]+\.xsd/g)) expect(zip.file(xsd), xsd).not.toBeNull();
      },
      JAVA_TIMEOUT,
    );

    it(
      `SCORM ${v.version}: the schema check rejects a manifest that breaks it`,
      () => {
        const broken = manifestXml({ version: v.version, ...course, files: [] }).replace(
          /scorm[tT]ype="sco"/,
          (m) => m.replace('"sco"', '"lesson"'),
        );
        const res = validate(broken, v);
        expect(res.ok).toBe(false);
        expect(res.out).toMatch(/scorm[tT]ype/);
      },
      JAVA_TIMEOUT,
    );
  }
});
