import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Swot from './Swot';
import { SwotBlank } from './SwotBlank';

describe('server rendering', () => {
  it('renders without window, storage or location, read-only until loaded', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<Swot namespace="ws.ws1" />);
    expect(html).toContain('添加优势');
    expect(html).toContain('class="swot-matrix"');
    expect(html).toMatch(/<fieldset class="swot-quadrant-body" disabled/);
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<Swot />)).toBe(renderToString(<Swot />));
  });

  it('renders the blank template statically', () => {
    const html = renderToString(<SwotBlank />);
    expect(html.match(/swot-writing-line/g)!.length).toBeGreaterThan(30);
  });
});
