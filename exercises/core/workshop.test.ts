import { describe, expect, it } from 'vitest';
import {
  embedQuery,
  heightMessage,
  parseEmbedOptions,
  parseWorkshopCode,
  readHeightMessage,
  WORKSHOP_CODE_MAX,
} from './workshop';
import { workshopCodeMessage } from './workshop-strings';

describe('parseWorkshopCode', () => {
  it.each([
    ['', null],
    ['   ', null],
    [null, null],
    ['abc', 'abc'],
    [' 2026-SH_01 ', '2026-sh_01'],
    ['ＡＢＣ１２３', 'abc123'],
    ['a'.repeat(WORKSHOP_CODE_MAX), 'a'.repeat(WORKSHOP_CODE_MAX)],
  ])('accepts %j as %j', (raw, code) => {
    expect(parseWorkshopCode(raw)).toEqual({ ok: true, code });
  });

  it.each([
    ['上海 01', '只能包含'],
    ['a b', '只能包含'],
    ['abc:def', '只能包含'],
    ['<script>', '只能包含'],
    ['a'.repeat(WORKSHOP_CODE_MAX + 1), `最多 ${WORKSHOP_CODE_MAX} 个字符`],
    ['DEFAULT', '保留词'],
  ])('refuses %j with a Chinese message', (raw, part) => {
    const result = parseWorkshopCode(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(workshopCodeMessage(result.problem)).toContain(part);
  });
});

describe('parseEmbedOptions', () => {
  it('reads the workshop code and the two flags', () => {
    expect(parseEmbedOptions('?ns=Team-A&example=1&lock=true')).toEqual({
      code: { ok: true, code: 'team-a' },
      example: true,
      locked: true,
    });
  });

  it('treats anything but a yes as no', () => {
    expect(parseEmbedOptions('?example=0&lock=')).toEqual({
      code: { ok: true, code: null },
      example: false,
      locked: false,
    });
  });

  it('accepts a full-width １ as yes', () => {
    expect(parseEmbedOptions('?lock=１').locked).toBe(true);
  });

  it('passes a bad code on as an error', () => {
    expect(parseEmbedOptions('?ns=%E4%B8%8A%E6%B5%B7').code.ok).toBe(false);
  });
});

describe('embedQuery', () => {
  it.each([
    [{}, ''],
    [{ code: 'abc' }, '?ns=abc'],
    [{ code: 'abc', example: true, locked: true }, '?ns=abc&example=1&lock=1'],
    [{ code: null, locked: true }, '?lock=1'],
  ])('%j → %j', (options, query) => {
    expect(embedQuery(options)).toBe(query);
  });

  it('round-trips through parseEmbedOptions', () => {
    const options = parseEmbedOptions(embedQuery({ code: 'w-1', example: true }));
    expect(options).toEqual({ code: { ok: true, code: 'w-1' }, example: true, locked: false });
  });
});

describe('height messages', () => {
  it('reads back what heightMessage writes, rounded up', () => {
    expect(readHeightMessage(heightMessage(640.2))).toBe(641);
  });

  it.each([
    null,
    'smc-embed-height',
    [],
    { type: 'other', height: 500 },
    { type: 'smc-embed-height', height: '500' },
    { type: 'smc-embed-height', height: Number.NaN },
    { type: 'smc-embed-height', height: Number.POSITIVE_INFINITY },
    { type: 'smc-embed-height', height: 10 },
    { type: 'smc-embed-height', height: 1e9 },
  ])('ignores %j', (data) => {
    expect(readHeightMessage(data)).toBeNull();
  });
});
