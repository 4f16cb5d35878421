// @vitest-environment happy-dom
/**
 * A keystroke in one row of a long list writes to that row's cells only: nothing else on the
 * page (the page picker, other rows, empty fields' paper copies) is written again, so the
 * browser repaints the row and not the page (`npm run bench`, keystroke with 500 rows).
 */
import { cleanup, render } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RepsSection } from './commission-plan/RepsSection';
import * as commission from './commission-plan/model';
import { CustomersSection } from './customer-grading/CustomersSection';
import * as grading from './customer-grading/model';
import { DealsSection } from './pipeline-forecast/DealsSection';
import * as pipeline from './pipeline-forecast/model';

afterEach(cleanup);

interface Case<D> {
  name: string;
  Section: FunctionComponent<{ data: D; readOnly: boolean; onChange(data: D): void }>;
  /** A list of 60 rows, two of them filled in. */
  data: D;
  /** One character typed into the first row's name. */
  edit(data: D): D;
}

const times = <D,>(data: D, add: (d: D) => D, n: number) =>
  Array.from({ length: n }).reduce<D>((d) => add(d), data);

const CASES = [
  {
    name: '销售漏斗预测',
    Section: DealsSection,
    data: times(pipeline.exampleData(), pipeline.addDeal, 60),
    edit: (d) => pipeline.updateDeal(d, d.deals[0].id, { customer: `${d.deals[0].customer}x` }),
  } satisfies Case<pipeline.PipelineData>,
  {
    name: '客户分级与流失预警',
    Section: CustomersSection,
    data: times(grading.exampleData(), grading.addCustomer, 60),
    edit: (d) => grading.updateCustomer(d, d.customers[0].id, { name: `${d.customers[0].name}x` }),
  } satisfies Case<grading.GradingData>,
  {
    name: '提成方案测算',
    Section: RepsSection,
    data: times(commission.exampleData(), commission.addRep, 60),
    edit: (d) => commission.updateRep(d, d.reps[0].id, { name: `${d.reps[0].name}x` }),
  } satisfies Case<commission.CommissionData>,
] as Case<unknown>[];

describe('a keystroke in a long list', () => {
  it.each(CASES)('$name: writes to the edited row only', (c) => {
    const { Section } = c;
    const view = (data: unknown) => <Section data={data} readOnly={false} onChange={() => {}} />;
    const { container, rerender } = render(view(c.data));
    expect(container.querySelector('nav select')).not.toBeNull();
    const row = container.querySelector('tbody tr')!;
    const written: Node[] = [];
    const observer = new MutationObserver((records) =>
      written.push(...records.map((r) => r.target)),
    );
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    rerender(view(c.edit(c.data)));
    written.push(...observer.takeRecords().map((r) => r.target));
    observer.disconnect();
    const outside = written.filter((node) => !row.contains(node));
    const where = (node: Node) => (node instanceof Element ? node : node.parentElement);
    expect(outside.map((node) => where(node)?.outerHTML.slice(0, 80))).toEqual([]);
    expect(written.length).toBeGreaterThan(0);
  });
});
