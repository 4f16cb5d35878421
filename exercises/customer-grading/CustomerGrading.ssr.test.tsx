import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import CustomerGrading from './CustomerGrading';
import { loadParts } from './GradingForm';

beforeAll(loadParts);

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<CustomerGrading namespace="ws.ws1" />);
    expect(html).toContain('团队或区域');
    expect(html).toContain('客户评分（1 家）');
    expect(html).toContain('风险信号（满足即勾选）');
    expect(html).toContain('分级与预警结果');
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<CustomerGrading />)).toBe(renderToString(<CustomerGrading />));
  });
});
