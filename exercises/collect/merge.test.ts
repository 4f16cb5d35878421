import { describe, expect, it } from 'vitest';
import { createData } from '../swot/model';
import type { SwotData } from '../swot/schema';
import { groupMentions, mergeSwot, normalizeItem, sameItem } from './merge';

describe('normalizeItem', () => {
  it.each([
    ['  品牌知名度高。 ', '品牌知名度高'],
    ['ＣＲＭ 系统完善', 'crm系统完善'],
    ['价格：偏高！', '价格偏高'],
    ['Price, too HIGH', 'pricetoohigh'],
    ['“渠道”覆盖广', '渠道覆盖广'],
    ['¥ 100 以上', '100以上'],
  ])('%j → %j', (text, key) => {
    expect(normalizeItem(text)).toBe(key);
  });
});

describe('sameItem', () => {
  it.each([
    ['渠道覆盖广', '渠道覆盖面广', true],
    ['渠道覆盖面广', '渠道覆盖广', true],
    ['价格高', '价格低', false],
    ['供货稳定', '供货不稳定', false],
    ['交期短', '交期很短', false],
    ['品牌知名度高', '品牌知名度很高呀', false],
    ['售后响应快', '售后响应慢', false],
  ])('%j ~ %j: %j', (a, b, same) => {
    expect(sameItem(normalizeItem(a), normalizeItem(b))).toBe(same);
  });
});

describe('groupMentions', () => {
  it('counts participants, not mentions, and keeps every wording', () => {
    const groups = groupMentions([
      { participant: 0, text: '品牌知名度高' },
      { participant: 1, text: '品牌知名度高。' },
      { participant: 1, text: '品牌 知名度高' },
      { participant: 2, text: '交期长' },
      { participant: 2, text: '品牌知名度高' },
    ]);
    expect(groups).toEqual([
      {
        label: '品牌知名度高',
        count: 3,
        variants: ['品牌知名度高', '品牌知名度高。', '品牌 知名度高'],
        participants: [0, 1, 2],
      },
      { label: '交期长', count: 1, variants: ['交期长'], participants: [2] },
    ]);
  });

  it('ignores empty and punctuation-only items', () => {
    expect(groupMentions([{ participant: 0, text: ' 。' }])).toEqual([]);
  });

  it('orders ties by first appearance', () => {
    const labels = groupMentions([
      { participant: 0, text: 'B' },
      { participant: 0, text: 'A' },
    ]).map((g) => g.label);
    expect(labels).toEqual(['B', 'A']);
  });
});

describe('mergeSwot', () => {
  function swot(items: Partial<Record<'S' | 'W' | 'O' | 'T', string[]>>): SwotData {
    const data = createData();
    for (const [q, texts] of Object.entries(items) as ['S' | 'W' | 'O' | 'T', string[]][]) {
      data.items[q] = texts.map((text, i) => ({
        id: `${q}${i}`,
        text,
        importance: 3,
        evidence: '',
      }));
    }
    return data;
  }

  it('merges each quadrant separately', () => {
    const merged = mergeSwot([
      swot({ S: ['服务好'], W: ['价格高'] }),
      swot({ S: ['服务好！'], T: ['价格高'] }),
      swot({ S: ['交期短'] }),
    ]);
    expect(merged.S.map((g) => [g.label, g.count])).toEqual([
      ['服务好', 2],
      ['交期短', 1],
    ]);
    expect(merged.W.map((g) => g.count)).toEqual([1]);
    expect(merged.T.map((g) => g.participants)).toEqual([[1]]);
    expect(merged.O).toEqual([]);
  });
});
