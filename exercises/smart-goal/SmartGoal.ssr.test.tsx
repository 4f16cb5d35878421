import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import SmartGoal from './SmartGoal';

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.localStorage).toBe('undefined');
    const html = renderToString(<SmartGoal namespace="ws.ws1" />);
    expect(html).toContain('目标名称');
    expect(html).toContain('正在载入');
    // Read-only until loaded, so nothing typed before hydration is lost.
    expect(html).toMatch(/<fieldset class="sg-fields" disabled/);
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<SmartGoal />)).toBe(renderToString(<SmartGoal />));
  });
});
