import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateData, validateEnvelope } from './validate';
import { notesDefinition as def } from './testing';

describe('validation messages name the field in Chinese', () => {
  it.each([
    [{ text: 1, count: '', items: [] }, '「正文」不正确：应为文字'],
    [{ text: '', items: [] }, '「数量」不正确：缺少此项'],
    [{ text: '', count: '', items: {} }, '「条目」不正确：应为列表'],
    [
      {
        text: '',
        count: '',
        items: [
          { date: '', note: '' },
          { date: 5, note: '' },
        ],
      },
      '「条目 › 第 2 项 › 日期」不正确：应为文字',
    ],
    [null, '数据不正确：应为一组字段'],
  ])('%j → %s', (data, message) => {
    expect(validateData(def, data)).toEqual({ ok: false, message });
  });

  it('keeps a Chinese message given by the schema', () => {
    const custom = {
      ...def,
      dataSchema: v.object({ kind: v.picklist(['a', 'b'], '请选择 a 或 b') }),
    };
    expect(validateData(custom as never, { kind: 'c' })).toEqual({
      ok: false,
      message: '「kind」不正确：请选择 a 或 b',
    });
  });

  it('lists the allowed values of a picklist', () => {
    const custom = { ...def, dataSchema: v.object({ kind: v.picklist(['a', 'b']) }) };
    expect(validateData(custom as never, { kind: 'c' })).toMatchObject({
      message: '「kind」不正确：只能是 "a"、"b" 之一',
    });
  });

  it('checks the document wrapper', () => {
    expect(validateEnvelope({ id: 'x' })).toEqual({
      ok: false,
      message: '「练习类型」不正确：缺少此项',
    });
  });
});
