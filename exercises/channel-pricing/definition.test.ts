import { describe, expect, it } from 'vitest';
import type { WorksheetDocument } from '../core/document';
import { exportDocument } from '../core/files';
import { parseImport } from '../core/import-export';
import { readDocument } from '../core/read-document';
import { decodeFragment, encodeShareLink } from '../core/share';
import { validateData } from '../core/validate';
import { channelPricingDefinition as def } from './definition';
import { createData, EXAMPLE } from './model';
import type { ChannelPricingData } from './schema';

const DOC: WorksheetDocument<ChannelPricingData> = {
  id: 'abc',
  exercise: 'channel-pricing',
  schemaVersion: 2,
  title: '示例价格链',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  data: EXAMPLE,
};

describe('the channel pricing definition', () => {
  it('accepts a fresh body and the example', () => {
    expect(validateData(def, createData()).ok).toBe(true);
    expect(validateData(def, EXAMPLE).ok).toBe(true);
  });

  it('creates the same fresh body every time (it is rendered on the server)', () => {
    expect(def.createData()).toEqual(def.createData());
  });
});

describe('version 1 documents', () => {
  // Version 1 had one floor (floorPrice) on a chosen tier (floorTierId) and every tier after it.
  const { approvals, regions, ...v2 } = EXAMPLE;
  void approvals;
  void regions;
  const v1 = {
    ...v2,
    floorPrice: '56',
    floorTierId: 't2',
    tiers: EXAMPLE.tiers.map(
      ({ floor, direct, pocket, ...t }) => (void floor, void direct, void pocket, t),
    ),
  };
  const read = (data: unknown) => readDocument(def, { ...DOC, schemaVersion: 1, data }, {});

  it('load with the floor on the tier it protected, and empty new settings', () => {
    const result = read(v1);
    if (!result.ok) throw new Error(result.message);
    expect(result.migrated).toBe(true);
    expect(result.doc.schemaVersion).toBe(2);
    const data = result.doc.data;
    expect(
      data.tiers.every((t) => t.pocket.rebate === '' && t.pocket.rebateKind === 'percent'),
    ).toBe(true);
    expect(data.tiers.map((t) => [t.id, t.floor, t.direct])).toEqual([
      ['t1', '', false],
      ['t2', '56', false],
      ['t3', '', false],
      ['t4', '', false],
    ]);
    expect(data.approvals).toEqual({ rep: '', manager: '', director: '' });
    expect(data.regions).toEqual({ priceA: '', priceB: '', freight: '', handling: '' });
    expect('floorPrice' in data).toBe(false);
  });

  it('keep a floor that was set on a resale price, for the learner to see', () => {
    const result = read({ ...v1, floorTierId: 't4', floorPrice: '95' });
    if (!result.ok) throw new Error(result.message);
    expect(result.doc.data.tiers[3].floor).toBe('95');
  });

  it('load a blank one', () => {
    const { floor, direct, pocket, ...t } = createData().tiers[0];
    void floor;
    void direct;
    void pocket;
    const blank = { ...v1, floorPrice: '', floorTierId: 't2', tiers: [t] };
    expect(read(blank).ok).toBe(true);
  });
});

describe('importing price chain files', () => {
  it('round-trips an export', () => {
    const file = exportDocument(DOC, new Date(2026, 10, 28));
    expect(file.filename).toBe('channel-pricing-示例价格链-2026-11-28.json');
    expect(parseImport(file.text, def)).toMatchObject({
      ok: true,
      doc: { title: DOC.title, data: EXAMPLE },
    });
  });

  it.each([
    [
      'a price saved as a number',
      { ...EXAMPLE, retailPrice: 100 },
      '「建议零售价」不正确：应为文字',
    ],
    [
      'an unknown method',
      { ...EXAMPLE, method: 'guess' },
      '「定价方法」不正确：只能是 "retail-minus"、"cost-plus" 之一',
    ],
    [
      'a tier without a discount',
      { ...EXAMPLE, tiers: [{ ...EXAMPLE.tiers[0], discount: undefined }] },
      '「层级 › 第 1 项 › 折扣」不正确：缺少此项',
    ],
    [
      'a break as numbers',
      { ...EXAMPLE, volume: { ...EXAMPLE.volume, breaks: [{ above: 500, discount: '9.5' }] } },
      '「数量折扣 › 档位 › 第 1 项 › 超过件数」不正确：应为文字',
    ],
  ])('refuses %s', (_, data, message) => {
    const result = parseImport(JSON.stringify({ ...DOC, data }), def);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(message);
  });
});

describe('share links', () => {
  it('round-trips the example', () => {
    const link = encodeShareLink(DOC, 'https://course.example/exercises/channel-pricing/');
    if (!link.ok) throw new Error(link.message);
    expect(link.length).toBeLessThan(2500);
    const decoded = decodeFragment(new URL(link.url).hash, def);
    expect(decoded).toMatchObject({ kind: 'share', result: { ok: true, doc: { data: EXAMPLE } } });
  });
});

describe('size limits (core/limits.ts)', () => {
  it.each([
    [
      'a name of 5,001 characters',
      { ...EXAMPLE, unitCost: 'x'.repeat(5_001) },
      '最多 5,000 个字符',
    ],
    [
      '201 tiers',
      { ...EXAMPLE, tiers: Array.from({ length: 201 }, () => EXAMPLE.tiers[0]) },
      '最多 200 项',
    ],
    [
      '201 scenarios',
      {
        ...EXAMPLE,
        scenarios: Array.from({ length: 201 }, (_, i) => ({
          id: `s${i}`,
          name: '',
          tierId: '',
          extraOff: '',
        })),
      },
      '最多 200 项',
    ],
  ])('refuses %s', (_, data, part) => {
    const result = validateData(def, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(part);
  });
});
