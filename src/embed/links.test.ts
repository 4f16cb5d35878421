import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, resizeScriptUrl, siteRoot } from './links';
import { qrSvg } from './qr';

describe('siteRoot', () => {
  it.each([
    ['https://a.example', '/', 'https://a.example/'],
    ['https://a.example', '/course/', 'https://a.example/course/'],
    ['https://a.example', '/course', 'https://a.example/course/'],
    ['http://localhost:4321', '', 'http://localhost:4321/'],
  ])('%s + %j → %s', (origin, base, root) => {
    expect(siteRoot(origin, base)).toBe(root);
  });
});

describe('embed links', () => {
  const root = 'https://a.example/course/';

  it('puts the workshop code in the query', () => {
    expect(embedUrl(root, 'swot', null)).toBe('https://a.example/course/embed/swot/');
    expect(embedUrl(root, 'swot', 'w-01')).toBe('https://a.example/course/embed/swot/?ns=w-01');
  });

  it('builds a snippet with escaped attributes and the sizing script', () => {
    const snippet = embedSnippet({
      src: `${root}embed/swot/?ns=a&lock=1`,
      title: 'SWOT "分析"',
      script: resizeScriptUrl(root),
    });
    expect(snippet).toContain('src="https://a.example/course/embed/swot/?ns=a&amp;lock=1"');
    expect(snippet).toContain('title="SWOT &quot;分析&quot;"');
    expect(snippet).toContain('height="720"');
    expect(snippet).toContain('<script src="https://a.example/course/embed.js" async></script>');
  });

  it('reads back as HTML with the same address', () => {
    const src = `${root}embed/swot/?ns=a&example=1`;
    const snippet = embedSnippet({ src, title: 't', script: resizeScriptUrl(root) });
    const match = /src="([^"]+)"/.exec(snippet)!;
    expect(match[1].replace(/&amp;/g, '&')).toBe(src);
  });
});

describe('qrSvg', () => {
  it('draws a square code with a quiet zone and the given label', () => {
    const { svg, modules } = qrSvg('https://a.example/course/embed/swot/?ns=w-01', '二维码 & 链接');
    expect(modules).toBeGreaterThanOrEqual(21);
    expect((modules - 17) % 4).toBe(0);
    expect(svg).toContain(`viewBox="0 0 ${modules + 8} ${modules + 8}"`);
    expect(svg).toContain('aria-label="二维码 &amp; 链接"');
    expect(svg).toMatch(/<path fill="#000" d="(M\d+ \d+h1v1h-1z)+"/);
  });

  it('grows with the text', () => {
    expect(qrSvg('x'.repeat(200), '').modules).toBeGreaterThan(qrSvg('x', '').modules);
  });
});
