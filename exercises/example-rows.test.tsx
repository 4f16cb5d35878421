// @vitest-environment happy-dom
/**
 * The list worksheets mark example values row by row, and a keystroke still draws only the row
 * it changed: each row gets its marks as a string that stays equal while they do not change.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rowsLeft, type ExampleLeft } from './core/example-paths';
import { rowHas, type RowsLeft } from './core/example-values';
import { RepsSection } from './commission-plan/RepsSection';
import * as commission from './commission-plan/model';
import { exampleFields } from './commission-plan/example-values';
import { CustomersSection } from './customer-grading/CustomersSection';
import * as grading from './customer-grading/model';
import { exampleLeftovers as gradingLeft } from './customer-grading/example-values';
import { DealsSection } from './pipeline-forecast/DealsSection';
import * as pipeline from './pipeline-forecast/model';
import { exampleLeftovers as pipelineLeft } from './pipeline-forecast/example-values';

vi.mock('./core/example-values', async (importOriginal) => {
  const real = await importOriginal<typeof import('./core/example-values')>();
  return { ...real, rowHas: vi.fn(real.rowHas) };
});

afterEach(cleanup);

interface Case<D> {
  name: string;
  Section: FunctionComponent<{
    data: D;
    readOnly: boolean;
    left?: RowsLeft | null;
    onChange(data: D): void;
  }>;
  data: D;
  list: string;
  left(data: D): ExampleLeft;
  edit(data: D): D;
  /** The field edited, by its label, and how many fields its row marks can show. */
  field: string;
  fields: number;
}

const CASES = [
  {
    name: '销售漏斗预测',
    Section: DealsSection,
    data: pipeline.exampleData(),
    list: 'deals',
    left: pipelineLeft,
    edit: (d) => pipeline.updateDeal(d, 'd1', { amount: '31' }),
    field: '商机 1 金额',
    fields: 4,
  } satisfies Case<pipeline.PipelineData>,
  {
    name: '客户分级与流失预警',
    Section: CustomersSection,
    data: grading.exampleData(),
    list: 'customers',
    left: gradingLeft,
    edit: (d) => grading.updateCustomer(d, 'c1', { revenue: '640' }),
    field: '客户 1 年销售额',
    fields: 2,
  } satisfies Case<grading.GradingData>,
  {
    name: '提成方案测算',
    Section: RepsSection,
    data: commission.exampleData(),
    list: 'reps',
    left: exampleFields,
    edit: (d) => commission.updateRep(d, 'r1', { target: '520,000' }),
    field: '销售代表 1 目标',
    fields: 6,
  } satisfies Case<commission.CommissionData>,
] as Case<unknown>[];

describe('example marks in the rows of a list', () => {
  it.each(CASES)('$name: an edit drops its mark and draws only its row again', (c) => {
    const { Section, list } = c;
    const view = (data: unknown) => (
      <Section
        data={data}
        readOnly={false}
        left={rowsLeft(c.left(data), list)}
        onChange={() => {}}
      />
    );
    const marked = () => screen.getByLabelText(c.field).getAttribute('aria-describedby') ?? '';
    const { rerender } = render(view(c.data));
    expect(marked()).toMatch(/-example/);
    vi.mocked(rowHas).mockClear();
    rerender(view(c.edit(c.data)));
    expect(marked()).not.toMatch(/-example/);
    expect(rowHas).toHaveBeenCalledTimes(c.fields);
  });
});
