import { describe as group, expect, it } from 'vitest';
import { ALLOWED_WARNINGS, classify, describe } from './html-check.mjs';

const msg = (type, message, subType) => ({
  type,
  subType,
  message,
  url: 'file:/x/dist/a/index.html',
});

group('classify', () => {
  it('fails on errors and on warnings nobody has accepted, and counts the rest', () => {
    const { errors, unlisted, kept, info } = classify([
      msg('error', 'The “aria-hidden” attribute must not be specified on the “script” element.'),
      msg('non-document-error', 'IO error'),
      msg('info', 'Article lacks heading. Consider using “h2”-“h6” elements.', 'warning'),
      msg('info', 'The “list” role is unnecessary for element “ol”.', 'warning'),
      msg('info', 'Section lacks heading.', 'warning'),
      msg('info', 'Trailing slash on void elements has no effect.'),
    ]);
    expect(errors).toHaveLength(2);
    expect(unlisted.map((m) => m.message)).toEqual(['Section lacks heading.']);
    expect([...kept.values()]).toEqual([1, 1]);
    expect(info).toBe(1);
  });

  it('accepts the policy reports for the site’s own files, not for another origin', () => {
    const csp = (what) =>
      msg('info', `Resource violates Content Security Policy (meta tag): ${what}`, 'warning');
    const { unlisted, kept } = classify([
      csp('external script “/_astro/page.cNngjUgL.js” blocked by “script-src” directive.'),
      csp('external stylesheet “/course/_astro/a.css” blocked by “style-src” directive.'),
      csp('external script “https://cdn.example/x.js” blocked by “script-src” directive.'),
      csp('external stylesheet “//cdn.example/x.css” blocked by “style-src” directive.'),
    ]);
    expect(unlisted).toHaveLength(2);
    expect([...kept.values()]).toEqual([2]);
  });

  it('gives a reason for every accepted warning', () => {
    for (const rule of ALLOWED_WARNINGS) expect(rule.reason.length).toBeGreaterThan(20);
  });
});

group('describe', () => {
  it('names the page relative to the build folder', () => {
    expect(describe({ ...msg('error', 'Bad.'), extract: '<p  x>' })).toBe(
      'dist/a/index.html: Bad.\n    <p x>',
    );
  });
});
