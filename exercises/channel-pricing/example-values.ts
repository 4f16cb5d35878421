/**
 * The chapter's example values a price chain still holds (「从示例开始」, 载入示例): the numbers
 * typed in, by path (core/example-paths.ts: `unitCost`, `tiers.t2.discount`,
 * `volume.breaks.0.above`). The choices (加价率/毛利率, 一次性/每件) are left out: they carry
 * no figure of the example's. Loaded with the parts that mark them, not with the island.
 */
import { exampleLeft, type ExampleLeft } from '../core/example-paths';
import { createData, EXAMPLE, type ChannelPricingData } from './model';

const BLANK = createData();

export type { ExampleLeft } from '../core/example-paths';

export function exampleLeftovers(data: ChannelPricingData): ExampleLeft {
  return exampleLeft(data, EXAMPLE, BLANK, (p) => !p.endsWith('Kind'));
}
