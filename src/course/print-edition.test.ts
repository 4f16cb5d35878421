import { describe, expect, it } from 'vitest';
import {
  chapterAnchor,
  cssString,
  editionChapterHtml,
  entryPath,
  isPrintEditionPath,
  moduleChapters,
  prefixIds,
  rewriteChapterLinks,
  runningHeaderRule,
  shiftHeadings,
} from './print-edition';

const entry = (id: string, order?: number) => ({
  id,
  data: { title: id, sidebar: order === undefined ? {} : { order } },
});

describe('moduleChapters', () => {
  it('keeps only the module, in sidebar order, then by id, pages without an order last', () => {
    const entries = [
      entry('role/b', 2),
      entry('team/a', 1),
      entry('role/z'),
      entry('role/a', 1),
      entry('role/c', 2),
      entry('roles/x', 0),
    ];
    expect(moduleChapters(entries, 'role').map((e) => e.id)).toEqual([
      'role/a',
      'role/b',
      'role/c',
      'role/z',
    ]);
  });
});

describe.each([
  ['role/duties', 'role-duties', '/role/duties/'],
  ['supply-chain/knowledge', 'supply-chain-knowledge', '/supply-chain/knowledge/'],
  ['intro/index', 'intro', '/intro/'],
])('chapter %s', (id, anchor, path) => {
  it(`has anchor ${anchor} and path ${path}`, () => {
    expect(chapterAnchor(id)).toBe(anchor);
    expect(entryPath(id)).toBe(path);
  });
});

describe('isPrintEditionPath', () => {
  it.each([
    ['/print/', '/', true],
    ['/print/role/', '/', true],
    ['/course/print/role/', '/course/', true],
    ['/role/print/', '/', false],
    ['/print/role/', '/course/', false],
    ['/printing/', '/', false],
  ])('%s under base %s → %s', (path, base, expected) => {
    expect(isPrintEditionPath(path, base)).toBe(expected);
  });
});

describe('prefixIds', () => {
  it('prefixes ids and everything that points at one', () => {
    const html =
      '<h2 id="职责">职责</h2><a class="sl-anchor-link" href="#职责">#</a>' +
      '<a role="tab" href="#tab-panel-0" id="tab-0"></a>' +
      '<div id="tab-panel-0" aria-labelledby="tab-0 x" role="tabpanel"></div>' +
      '<label for="f1">名称</label><input id="f1" data-id="keep">';
    expect(prefixIds(html, 'role-duties')).toBe(
      '<h2 id="role-duties--职责">职责</h2><a class="sl-anchor-link" href="#role-duties--职责">#</a>' +
        '<a role="tab" href="#role-duties--tab-panel-0" id="role-duties--tab-0"></a>' +
        '<div id="role-duties--tab-panel-0" aria-labelledby="role-duties--tab-0 role-duties--x" role="tabpanel"></div>' +
        '<label for="role-duties--f1">名称</label><input id="role-duties--f1" data-id="keep">',
    );
  });

  it('decodes percent-encoded fragments so they match the raw ids', () => {
    expect(prefixIds('<a href="#%E8%81%8C%E8%B4%A3">x</a>', 'c')).toBe('<a href="#c--职责">x</a>');
  });
});

describe('shiftHeadings', () => {
  it('moves headings and Starlight level classes down, capped at h6', () => {
    const html =
      '<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h3 class="x">B</h3><h5>C</h5><hr><header>';
    expect(shiftHeadings(html, 2)).toBe(
      '<div class="sl-heading-wrapper level-h4"><h4 id="a">A</h4></div><h5 class="x">B</h5><h6>C</h6><hr><header>',
    );
    expect(shiftHeadings(html, 0)).toBe(html);
  });
});

describe('rewriteChapterLinks', () => {
  const anchors = new Map([
    ['/course/role/duties/', 'role-duties'],
    ['/course/role/role/', 'role-role'],
  ]);
  it.each([
    ['/course/role/duties/', '#role-duties'],
    ['/course/role/duties', '#role-duties'],
    ['/course/role/duties/#职责', '#role-duties--职责'],
    ['/course/role/duties/#%E8%81%8C%E8%B4%A3', '#role-duties--职责'],
    ['/course/team/daily/', '/course/team/daily/'],
    ['https://example.com/course/role/duties/', 'https://example.com/course/role/duties/'],
    ['#local', '#local'],
  ])('%s → %s', (href, expected) => {
    expect(rewriteChapterLinks(`<a href="${href}">x</a>`, anchors)).toBe(
      `<a href="${expected}">x</a>`,
    );
  });
});

describe('editionChapterHtml', () => {
  it('prefixes, shifts and rewrites in one pass without touching rewritten links twice', () => {
    const anchors = new Map([['/role/profile/', 'role-profile']]);
    const html =
      '<h2 id="要点">要点</h2><p>见<a href="/role/profile/">画像</a>和<a href="#要点">上文</a></p>';
    expect(editionChapterHtml(html, { anchor: 'role-duties', shift: 1, anchors })).toBe(
      '<h3 id="role-duties--要点">要点</h3><p>见<a href="#role-profile">画像</a>和<a href="#role-duties--要点">上文</a></p>',
    );
  });
});

describe('running header', () => {
  it('escapes quotes, backslashes, newlines and </style>', () => {
    expect(cssString('a"b\\c\nd</style>')).toBe('"a\\"b\\\\c d\\3c /style>"');
  });

  it('writes an @page rule for all pages or for one named page', () => {
    expect(runningHeaderRule('课程 · 职责')).toBe(
      '@page { @top-center { content: "课程 · 职责" !important; } }',
    );
    expect(runningHeaderRule('课程 · 职责', 'ch-2')).toBe(
      '@page ch-2 { @top-center { content: "课程 · 职责" !important; } }',
    );
  });
});
