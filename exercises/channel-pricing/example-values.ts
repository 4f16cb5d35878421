/**
 * The chapter's example values a price chain still holds (「从示例开始」, 载入示例): the numbers
 * typed in, by path (core/example-paths.ts: `unitCost`, `tiers.t2.discount`,
 * `volume.breaks.0.above`). The choices (加价率/毛利率, 一次性/每件) are left out: they carry
 * no figure of the example's. Loaded with the parts that mark them, not with the island.
 */
import { examplePaths } from '../core/example-paths';
import { plainlyFromExample } from '../core/example-values';
import { createData, EXAMPLE, type ChannelPricingData } from './model';

const BLANK = createData();

export type ExampleLeft = ReadonlySet<string>;

export function exampleLeftovers(data: ChannelPricingData): ExampleLeft {
  const paths = examplePaths(data, EXAMPLE, BLANK).filter((p) => !p.endsWith('Kind'));
  return new Set(plainlyFromExample(paths, paths.length, []));
}
