import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import CommissionPlan from './CommissionPlan';
import { loadParts } from './PlanForm';

beforeAll(loadParts);

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<CommissionPlan namespace="ws.ws1" />);
    expect(html).toContain('底薪');
    expect(html).toContain('销售代表名单（1 人）');
    expect(html).toContain('测算结果');
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<CommissionPlan />)).toBe(renderToString(<CommissionPlan />));
  });
});
