/**
 * The chapter's example values a forecast still holds (载入示例, 「从示例开始」), by path
 * (core/example-paths.ts: `target`, `deals.d3.amount`, `history.0.actual`). A deal's 阶段 and
 * 预测类别 are choices and are left out: they carry no figure of the example's. Loaded with the
 * parts that mark, warn and flag, not with the island.
 */
import { exampleLeft, type ExampleLeft } from '../core/example-paths';
import { createData, exampleData, type PipelineData } from './model';

const EXAMPLE = exampleData();
const BLANK = createData();
const CHOICES = new Set(['stage', 'category']);

export type { ExampleLeft } from '../core/example-paths';

export function exampleLeftovers(data: PipelineData): ExampleLeft {
  return exampleLeft(data, EXAMPLE, BLANK, (p) => !CHOICES.has(p.split('.').pop() ?? ''));
}
