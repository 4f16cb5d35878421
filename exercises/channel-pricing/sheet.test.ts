import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { num, text, type Cell } from '../core/sheets';
import { createData, EXAMPLE } from './model';
import type { ChannelPricingData } from './schema';
import { channelPricingSheets } from './sheet';

const doc = (data: ChannelPricingData): WorksheetDocument<ChannelPricingData> => ({
  id: 'a',
  exercise: 'channel-pricing',
  schemaVersion: 1,
  title: '示例',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  data,
});
const yuan = (v: number) => num(v, '0.00');
/** A percent cell, compared to one decimal of a percent (the chain keeps exact ratios). */
const pct = (cell: Cell) =>
  cell?.kind === 'number' ? [cell.format, +(cell.value * 100).toFixed(1)] : cell;

describe('channelPricingSheets (the chapter example)', () => {
  const sheets = channelPricingSheets(doc(EXAMPLE));
  const byName = (name: string) => sheets.find((s) => s.name === name)!;

  it('has the settings, the chain, the volume table, the order and the scenarios', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      '基本设置',
      '价格链',
      '数量折扣',
      '订货货款',
      '情景',
      '情景对比',
    ]);
    const setup = byName('基本设置').rows;
    expect(setup[3]).toEqual([text('单位成本（元，不含税）'), yuan(40)]);
    expect(setup[5]).toEqual([text('增值税率'), num(0.13, '0.0%')]);
  });

  it('prices the chain 40 → 60 → 80 → 100 with margins as fractions', () => {
    const chain = byName('价格链');
    expect(chain.columns[2].header).toBe('进价（元，含税）');
    const [dealer] = chain.rows.filter((r) => r[0]?.kind === 'text' && r[0].value === '经销商');
    expect(dealer.slice(2, 5)).toEqual([yuan(60), yuan(80), yuan(20)]);
    expect(pct(dealer[5])).toEqual(['0.0%', 25]);
    expect(pct(dealer[6])).toEqual(['0.0%', 33.3]);
    // The producer's margin is on its 不含税 price: 60 ÷ 1.13 = 53.10, 53.10 − 40 = 13.10.
    expect(chain.rows[0][4]).toEqual(yuan(13.1));
    expect(pct(chain.rows[0][5])).toEqual(['0.0%', 24.7]);
  });

  it('gives each company-supplied tier its own floor, and the approval levels as percents', () => {
    const chain = byName('价格链');
    const floorCol = chain.columns.findIndex((c) => c.header === '最低限价（元，含税）');
    expect(floorCol).toBeGreaterThan(0);
    const floors = chain.rows.map((r) => [r[0], r[floorCol]]);
    // The dealer buys from the company at 60 with a floor of 56; the retailer buys from the
    // dealer, whose resale price has no floor.
    expect(floors).toContainEqual([text('经销商'), yuan(56)]);
    expect(floors).toContainEqual([text('零售商'), num(undefined, '0.00')]);
    expect(byName('基本设置').rows.slice(-3)).toEqual([
      [text('销售代表最多批准降价'), num(0.03, '0.0%')],
      [text('区域经理最多批准降价'), num(0.05, '0.0%')],
      [text('销售总监最多批准降价'), num(0.1, '0.0%')],
    ]);
  });

  it('writes the bands and both ways of settling an order of 1,200', () => {
    expect(byName('数量折扣').rows.map((r) => r.slice(0, 4))).toEqual([
      [num(1, '#,##0'), num(500, '#,##0'), text('原价'), yuan(60)],
      [num(501, '#,##0'), num(1000, '#,##0'), num(9.5, 'General'), yuan(57)],
      [num(1001, '#,##0'), null, num(9, 'General'), yuan(54)],
    ]);
    // 全量折扣 1200 × 54 = 64,800; 分段累进 500 × 60 + 500 × 57 + 200 × 54 = 69,300.
    expect(byName('订货货款').rows).toEqual([
      [text('全量折扣'), num(1200, '#,##0'), yuan(64800), yuan(54)],
      [text('分段累进'), num(1200, '#,##0'), yuan(69300), yuan(57.75)],
    ]);
  });

  it('cuts the dealer price 60 by 8 % to 55.20 and shows who gives up the margin', () => {
    expect(byName('情景').rows[1]).toEqual([
      text('区域价'),
      text('经销商'),
      num(0.08, '0.0%'),
      yuan(60),
      yuan(55.2),
    ]);
    const regional = byName('情景对比').rows.filter(
      (r) => r[0]?.kind === 'text' && r[0].value === '区域价',
    );
    expect(regional[1].slice(1, 5)).toEqual([text('经销商'), yuan(55.2), yuan(80), yuan(24.8)]);
  });

  it('explains an unfinished chain instead of writing empty figures', () => {
    const blank = channelPricingSheets(doc(createData()));
    expect(blank[2].rows).toEqual([[text('先算出经销商的进价，才能计算数量折扣。')]]);
    expect(blank[1].rows[1].slice(0, 3)).toEqual([text('经销商'), text('渠道商'), null]);
  });
});
