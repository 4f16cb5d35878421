import { describe, expect, it } from 'vitest';
import { closestTerms, likeness } from './suggest';

const terms = [
  { term: '毛利率', href: '/channels/pricing/' },
  { term: '加价率', href: '/channels/pricing/' },
  { term: '销售漏斗', href: '/skills/sales-process/' },
  { term: 'SWOT', href: '/process/market-analysis/' },
  { term: '回款率', href: '/process/metrics/' },
  { term: 'SMART', href: '/process/management-cycle/' },
];

describe('likeness', () => {
  it('is 1 for the same text and 0 for texts with nothing in common', () => {
    expect(likeness('毛利率', '毛利率')).toBe(1);
    expect(likeness('毛利率', '漏斗')).toBe(0);
  });

  it('ranks a near miss above a text sharing one character', () => {
    expect(likeness('毛利润率', '毛利率')).toBeGreaterThan(likeness('毛利润率', '回款率'));
  });
});

describe('closestTerms', () => {
  it('suggests the terms closest to a query that found nothing, best first', () => {
    expect(closestTerms(['毛利润率'], terms).map((t) => t.term)).toEqual(['毛利率']);
    expect(closestTerms(['漏斗图'], terms)[0]).toEqual(terms[2]);
  });

  it('puts a term that holds a word of the query first', () => {
    const words = ['晨会', '彩排'];
    const withMeeting = [...terms, { term: '晨会', href: '/team/daily/' }];
    expect(closestTerms(words, withMeeting)[0].term).toBe('晨会');
  });

  it('matches Latin terms whatever the case and width', () => {
    expect(closestTerms(['ｓｗｏｔ图'], terms).map((t) => t.term)).toEqual(['SWOT']);
  });

  it('suggests nothing when no term is close', () => {
    expect(closestTerms(['量子纠缠'], terms)).toEqual([]);
    // two letters in common (r, t) are not enough
    expect(closestTerms(['qwerty'], terms)).toEqual([]);
    expect(closestTerms(['  '], terms)).toEqual([]);
    expect(closestTerms([], terms)).toEqual([]);
  });
});
