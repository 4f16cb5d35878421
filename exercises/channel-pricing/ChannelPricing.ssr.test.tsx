import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import ChannelPricing from './ChannelPricing';

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<ChannelPricing namespace="ws.ws1" />);
    expect(html).toContain('建议零售价');
    expect(html).toContain('正在载入');
    // Read-only until loaded, so nothing typed before hydration is lost.
    const controls = html.match(/<fieldset class="cp-controls[ "][^>]*>/g) ?? [];
    // settings, 到手价 of 3 sellers, 价格执行管控, scenarios, breaks
    expect(controls).toHaveLength(7);
    for (const tag of controls) expect(tag).toContain('disabled');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<ChannelPricing />)).toBe(renderToString(<ChannelPricing />));
  });
});
