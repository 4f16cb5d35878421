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
