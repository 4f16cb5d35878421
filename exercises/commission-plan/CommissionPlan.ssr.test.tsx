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

describe('the results part on the chapter example', () => {
  it('shows the 全额 cliff with its figures, and the chart with its table', async () => {
    const { ResultsSection } = await import('./ResultsSection');
    const { exampleData } = await import('./model');
    const html = renderToString(<ResultsSection data={{ ...exampleData(), method: 'flat' }} />);
    expect(html).toContain(
      '断崖：按全额计算，达成率从略低于 100% 到 100%，收入从 21,000 跳到 26,000，相差 5,000。',
    );
    expect(html).toContain('收入与达成率（每 10%）');
    expect(html).toContain('断崖 +5,000');
    expect(html).not.toContain('NaN');
  });
});

describe('汇总 body', () => {
  it('shows the plan, the reps and the team pay of one document', async () => {
    const { default: CollectBody } = await import('./CollectBody');
    const { exampleData } = await import('./model');
    const html = renderToString(<CollectBody data={exampleData()} />);
    expect(html).toContain('销售代表：3 人');
    expect(html).toContain('收入合计（底薪 + 提成）：45,000');
    expect(html).toContain('销售费用率（收入合计 ÷ 实际销售额合计）：3.3%');
  });
});
