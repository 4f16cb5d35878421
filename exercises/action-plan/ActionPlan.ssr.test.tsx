import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import ActionPlan from './ActionPlan';

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.localStorage).toBe('undefined');
    const html = renderToString(<ActionPlan namespace="ws.ws1" />);
    for (const label of [
      '计划开始日期',
      '第 1–30 天：诊断与沟通',
      '90 天时间线',
      '下一个 90 天的重点',
    ])
      expect(html).toContain(label);
    // Read-only until loaded, so nothing typed before hydration is lost.
    expect(html).toMatch(/<fieldset class="ap-start" disabled/);
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<ActionPlan />)).toBe(renderToString(<ActionPlan />));
  });
});
