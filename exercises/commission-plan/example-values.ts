/**
 * The chapter's example values a plan still holds (载入示例, 「从示例开始」), by place: 底薪,
 * 提成档位, 回款比例, 毛利系数, 测算目标 and each rep still holding the example's figures
 * (core/example-paths.ts). Loaded with the parts that warn and flag, not with the island.
 */
import { examplePaths } from '../core/example-paths';
import { plainlyFromExample } from '../core/example-values';
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

/** The places named, while the document plainly came from the example; else none. */
export function exampleLeftovers(data: CommissionData): string[] {
  const paths = examplePaths(data, EXAMPLE, BLANK);
  const names = new Set<string>();
  for (const path of paths) {
    const [head = '', key] = path.split('.');
    if (head === 'reps') {
      const rep = data.reps.find((r) => r.id === key);
      names.add(`${LABELS.rep} ${rep?.name || key}`);
    } else names.add(PLACES[head] ?? head);
  }
  return plainlyFromExample([...names], paths.length, []);
}
