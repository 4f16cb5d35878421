import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import PipelineForecast from './PipelineForecast';
import { loadParts } from './PipelineForm';

beforeAll(loadParts);

describe('server rendering', () => {
  it('renders without window, storage or location (they are read after hydration)', () => {
    expect(typeof globalThis.window).toBe('undefined');
    const html = renderToString(<PipelineForecast namespace="ws.ws1" />);
    expect(html).toContain('预测期间');
    expect(html).toContain('商机清单（1 条）');
    expect(html).toContain('预测结果');
  });

  it('renders the same markup every time (hydration must match)', () => {
    expect(renderToString(<PipelineForecast />)).toBe(renderToString(<PipelineForecast />));
  });
});
