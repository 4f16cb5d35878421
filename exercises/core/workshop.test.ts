import { describe, expect, it } from 'vitest';
import {
  embedQuery,
  heightMessage,
  namespaceWorkshop,
  parseEmbedOptions,
  parseWorkshopCode,
  readHeightMessage,
  WORKSHOP_CODE_MAX,
  workshopNamespace,
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
    ['a--b', 'a--b'],
    ['_abc_', '_abc_'],
    ['default_2', 'default_2'],
    ['my-default', 'my-default'],
    ['progress', 'progress'],
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
    if (!result.ok) expect(workshopCodeMessage(result)).toContain(part);
  });

  // Each of these used to pass and then lose its dashes: the learner's own area, or another code.
  it.each([
    ['-', 'empty', undefined],
    ['--', 'empty', undefined],
    ['_', 'empty', undefined],
    ['-_-', 'empty', undefined],
    ['default-', 'reserved', undefined],
    ['-default-', 'reserved', undefined],
    ['--DEFAULT', 'reserved', undefined],
    ['-abc', 'edges', 'abc'],
    ['abc-', 'edges', 'abc'],
    ['--abc--', 'edges', 'abc'],
    [' -ＡＢＣ ', 'edges', 'abc'],
    ['a b', 'chars', 'a-b'],
    ['上海 01', 'chars', undefined],
    [`-${'a'.repeat(WORKSHOP_CODE_MAX)}`, 'edges', 'a'.repeat(WORKSHOP_CODE_MAX)],
    [`${'a'.repeat(WORKSHOP_CODE_MAX)}-b`, 'too-long', undefined],
  ])('refuses %j (%s), suggesting %j', (raw, problem, suggestion) => {
    const result = parseWorkshopCode(raw);
    expect(result).toEqual(
      suggestion ? { ok: false, problem, suggestion } : { ok: false, problem },
    );
  });

  it.each([
    ['-', '工作坊代码至少要有一个英文字母或数字，例如 2026-sh-01。'],
    ['default-', '「default」是保留词，请换一个工作坊代码。'],
    ['--abc--', '工作坊代码不能以短横线（-）开头或结尾。你是不是想输入 abc？'],
    [
      'a b',
      '工作坊代码只能包含英文字母、数字、短横线（-）和下划线（_），例如 2026-sh-01。你是不是想输入 a-b？',
    ],
  ])('explains %j in Chinese, with the code it resembles', (raw, message) => {
    const result = parseWorkshopCode(raw);
    if (result.ok) throw new Error('accepted');
    expect(workshopCodeMessage(result)).toBe(message);
  });

  it('returns the code exactly as it will be used: nothing is stripped later', () => {
    for (const raw of ['abc', 'a_b', 'x--y', '_1']) {
      const result = parseWorkshopCode(raw);
      expect(result).toEqual({ ok: true, code: raw });
    }
  });
});

describe('workshop namespaces', () => {
  it('are never the learner’s own area nor a bare code', () => {
    expect(workshopNamespace('abc')).toBe('ws.abc');
    expect(workshopNamespace('default_2')).not.toBe('default');
  });

  it('give back their code, and nothing for other namespaces', () => {
    expect(namespaceWorkshop('ws.abc')).toBe('abc');
    for (const ns of ['default', 'abc', 'ws.', 'ws.-', 'ws.default', 'ws.a b', 'ws.ABC'])
      expect(namespaceWorkshop(ns)).toBeNull();
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
