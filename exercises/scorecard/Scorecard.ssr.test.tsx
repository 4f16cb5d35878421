import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Scorecard from './Scorecard';

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<Scorecard namespace="ws.ws1" />);
    expect(html).toContain('考核周期');
    expect(html).toContain('类别权重合计');
    expect(html).toContain('排名与得分分布');
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<Scorecard />)).toBe(renderToString(<Scorecard />));
  });
});
