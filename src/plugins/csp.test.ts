import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineContent, inlineHandlers, policyFor, REFERRER, withSecurityMeta } from './csp.mjs';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>页</title>' +
  '<script>window.theme = "dark";</script><script type="module" src="/_astro/a.js"></script>' +
  '<style>body{margin:0}</style></head><body><p style="--n: 4">正文</p>' +
  '<script type="module">document.title = "中文";</script></body></html>';

/** A directive of a policy, e.g. `script-src 'self' …`. */
const directive = (policy: string, name: string) =>
  policy.split('; ').find((d) => d.split(' ')[0] === name);

describe('inlineContent', () => {
  it('takes the raw text of inline scripts and style elements, not scripts with src', () => {
    expect(inlineContent(PAGE)).toEqual({
      scripts: ['window.theme = "dark";', 'document.title = "中文";'],
      styles: ['body{margin:0}'],
    });
  });
});

describe('policyFor', () => {
  const policy = policyFor(PAGE);

  it('allows the inline scripts and styles of the page by their hash (UTF-8)', () => {
    expect(directive(policy, 'script-src')).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${hash('window.theme = "dark";')} ${hash('document.title = "中文";')}`,
    );
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${hash('body{margin:0}')}`);
  });

  it('forbids inline handlers, plugins and other origins; allows style attributes', () => {
    expect(directive(policy, 'script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive(policy, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(directive(policy, 'default-src')).toBe("default-src 'self'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(policy, 'img-src')).toBe("img-src 'self' data: blob:");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-hashes'/);
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
  });

  it('lists a script used twice once, and a page without inline content gets no hashes', () => {
    const twice = '<script>a()</script><p></p><script>a()</script>';
    expect(directive(policyFor(twice), 'script-src')).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}`,
    );
    expect(directive(policyFor('<p>x</p>'), 'style-src')).toBe("style-src 'self'");
  });
});

describe('inlineHandlers', () => {
  it('finds event handler attributes and javascript: URLs in tags', () => {
    expect(
      inlineHandlers(
        '<button type="button" onclick="window.print()">打印</button><img src=x onerror=alert(1)>' +
          '<a href="javascript:void 0">x</a><a href=\' javascript:x\'>y</a>',
      ),
    ).toEqual(['onclick', 'onerror', 'href="javascript:', "href=' javascript:"]);
  });

  it('ignores escaped markup in text and ordinary attributes', () => {
    expect(
      inlineHandlers(
        '<pre>&lt;button onclick="x"&gt;</pre><p data-once="1" class="online">javascript: 一种语言</p>' +
          '<a href="/role/javascript/">x</a>',
      ),
    ).toEqual([]);
  });
});

describe('withSecurityMeta', () => {
  it('puts the policy and the referrer policy right after <meta charset>', () => {
    const out = withSecurityMeta(PAGE);
    const start = '<!DOCTYPE html><html><head><meta charset="utf-8"/>';
    expect(out.startsWith(start)).toBe(true);
    expect(out.slice(start.length)).toMatch(
      /^<meta http-equiv="content-security-policy" content="default-src 'self'; [^"]+"><meta name="referrer" content="no-referrer"><title>/,
    );
    expect(REFERRER).toBe('no-referrer');
    // The tags added contain no script or style, so the page's hashes stay the same.
    expect(policyFor(out)).toBe(policyFor(PAGE));
  });

  it('refuses a page with an inline handler, without <meta charset>, or with a policy already', () => {
    expect(() => withSecurityMeta(PAGE.replace('<p ', '<p onclick="x()" '))).toThrow(
      /inline event handler.*onclick/,
    );
    expect(() => withSecurityMeta(PAGE.replace('<meta charset="utf-8"/>', ''))).toThrow(
      /no <meta charset/,
    );
    expect(() => withSecurityMeta(withSecurityMeta(PAGE))).toThrow(/already/);
  });
});
