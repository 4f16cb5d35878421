/**
 * The chapter's example values a plan still holds (载入示例, 「从示例开始」): by field
 * (core/example-paths.ts: `baseSalary`, `tiers.t2.rate`, `reps.r1.target`) for the marks beside
 * the fields, and by place for the checks and 汇总: 底薪, 提成档位, 回款比例, 毛利系数, 测算目标
 * and each rep still holding the example's figures. Loaded with the parts that mark, warn and
 * flag, not with the island.
 */
import { exampleLeft, type ExampleLeft } from '../core/example-paths';
import { createData, exampleData, type CommissionData } from './model';
import { LABELS } from './strings';

const EXAMPLE = exampleData();
const BLANK = createData();

const PLACES: Record<string, string> = {
  baseSalary: LABELS.baseSalary,
  tiers: LABELS.tiers,
  collectionShare: LABELS.collectionShare,
  cap: LABELS.cap,
  marginBands: LABELS.marginFactor,
  chartTarget: LABELS.chartTarget,
};

export type { ExampleLeft } from '../core/example-paths';

/** The fields still the example's, while the document plainly came from the example. */
export function exampleFields(data: CommissionData): ExampleLeft {
  return exampleLeft(data, EXAMPLE, BLANK);
}

/** The places named, while the document plainly came from the example; else none. */
export function exampleLeftovers(data: CommissionData): string[] {
  const names = new Set<string>();
  for (const path of exampleFields(data)) {
    const [head = '', key] = path.split('.');
    if (head === 'reps') {
      const rep = data.reps.find((r) => r.id === key);
      names.add(`${LABELS.rep} ${rep?.name || key}`);
    } else names.add(PLACES[head] ?? head);
  }
  return [...names];
}
