import { describe, expect, it } from 'vitest';
import { isRecord, readJson } from './json';

describe('readJson and isRecord', () => {
  it('reads JSON and gives undefined for no text or broken text', () => {
    expect(readJson('{"a":1}')).toEqual({ a: 1 });
    expect(readJson(null)).toBeUndefined();
    expect(readJson('{"a":')).toBeUndefined();
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
  });
});
