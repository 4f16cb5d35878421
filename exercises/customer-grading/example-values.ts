/**
 * The chapters' example values a customer list still holds (载入示例, 「从示例开始」), by path
 * (core/example-paths.ts: `team`, `customers.c3.revenue`, `customers.c5.action`). The four
 * scores and the warning signals are choices and are left out: they carry no figure of the
 * example's. Loaded with the parts that mark, warn and flag, not with the island.
 */
import { exampleLeft, type ExampleLeft } from '../core/example-paths';
import { createData, exampleData, type GradingData } from './model';
import { DIMENSIONS } from './shape';

const EXAMPLE = exampleData();
const BLANK = createData();
const CHOICES = new Set<string>([...DIMENSIONS, 'signals']);

export type { ExampleLeft } from '../core/example-paths';

export function exampleLeftovers(data: GradingData): ExampleLeft {
  // customers.<id>.<field>[.<n>]: the field is the third part.
  return exampleLeft(data, EXAMPLE, BLANK, (p) => !CHOICES.has(p.split('.')[2] ?? ''));
}
