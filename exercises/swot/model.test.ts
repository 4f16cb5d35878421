import { describe, expect, it } from 'vitest';
import {
  addItem,
  addStrategy,
  checkNewItem,
  clampImportance,
  createData,
  exampleData,
  findItem,
  freshId,
  isBlank,
  LIMITS,
  moveItem,
  moveItemTo,
  removeItem,
  removeStrategy,
  liveRefCount,
  resolveRefs,
  restoreItem,
  restoreOrder,
  restoreStrategy,
  setRef,
  shorten,
  sortByImportance,
  updateItem,
  updateStrategy,
  itemOrder,
  type SwotData,
} from './model';
import { followTitle } from '../core/document';
import { swotBasics } from './basics';

/** A worksheet with items S: a b c, W: w, O: o, and one SO strategy built on a + o. */
function sample(): SwotData {
  let data = createData();
  for (const [q, id] of [
    ['S', 'a'],
    ['S', 'b'],
    ['S', 'c'],
    ['W', 'w'],
    ['O', 'o'],
  ] as const) {
    data = addItem(data, q, `条目 ${id}`, id);
  }
  data = addStrategy(data, 'SO', 'so1');
  data = updateStrategy(data, 'SO', 'so1', { text: '用 a 抓住 o' });
  data = setRef(data, 'SO', 'so1', 'a', true);
  return setRef(data, 'SO', 'so1', 'o', true);
}
const ids = (data: SwotData, q: 'S' | 'W' | 'O' | 'T') => itemOrder(data, q);

describe('a fresh worksheet', () => {
  it('is blank, and the same every time (it is rendered on the server)', () => {
    expect(isBlank(createData())).toBe(true);
    expect(createData()).toEqual(createData());
  });

  it('the course example names real items from each strategy', () => {
    const data = exampleData('2026-11-28');
    expect(data.items.S.map((i) => i.text)).toEqual([
      '技术服务团队响应快',
      '与两家主机厂有长期合作',
    ]);
    expect(resolveRefs(data, 'WO', data.strategies.WO[0]).map((r) => r.status)).toEqual([
      'ok',
      'ok',
    ]);
    expect(isBlank(data)).toBe(false);
  });
});

describe('adding items', () => {
  it.each([
    ['', '请先写下内容再添加。'],
    ['   \n\t ', '请先写下内容再添加。'],
    ['x'.repeat(LIMITS.item + 1), `最多 ${LIMITS.item} 个字，请精简后再添加。`],
  ])('refuses %j', (text, message) => {
    expect(checkNewItem(createData(), 'S', text)).toEqual({ ok: false, message });
    expect(addItem(createData(), 'S', text, 'x')).toEqual(createData());
  });

  it('trims and flattens the text, with importance 3 and no evidence', () => {
    const data = addItem(createData(), 'O', '  工业园区\n陆续投产 ', 'id1');
    expect(data.items.O).toEqual([
      { id: 'id1', text: '工业园区 陆续投产', importance: 3, evidence: '' },
    ]);
  });

  it('stops at the per-quadrant limit', () => {
    let data = createData();
    for (let i = 0; i < LIMITS.itemsPerQuadrant; i++)
      data = addItem(data, 'T', `威胁 ${i}`, `t${i}`);
    expect(checkNewItem(data, 'T', '再一条')).toEqual({
      ok: false,
      message: '每格最多 100 条，请合并相近的条目。',
    });
    expect(checkNewItem(data, 'S', '优势')).toEqual({ ok: true, text: '优势' });
  });

  it('keeps ids unique', () => {
    const data = sample();
    const taken = ['a', 'a', 'z'];
    expect(freshId(data, () => taken.shift()!)).toBe('a-2');
    expect(freshId(data, () => 'new')).toBe('new');
  });
});

describe('moving and reordering', () => {
  it('moves up and down within a quadrant, and not past the ends', () => {
    const data = sample();
    expect(ids(moveItem(data, 'b', -1), 'S')).toEqual(['b', 'a', 'c']);
    expect(ids(moveItem(data, 'b', 1), 'S')).toEqual(['a', 'c', 'b']);
    expect(moveItem(data, 'a', -1)).toBe(data);
    expect(moveItem(data, 'c', 1)).toBe(data);
  });

  it('moves an item to the end of another quadrant, keeping it whole', () => {
    const data = updateItem(sample(), 'b', { importance: 5, evidence: '数据' });
    const moved = moveItemTo(data, 'b', 'W');
    expect(ids(moved, 'S')).toEqual(['a', 'c']);
    expect(ids(moved, 'W')).toEqual(['w', 'b']);
    expect(findItem(moved, 'b')?.item).toEqual({
      id: 'b',
      text: '条目 b',
      importance: 5,
      evidence: '数据',
    });
    expect(moveItemTo(moved, 'b', 'W')).toBe(moved);
  });

  it('sorts by importance, most important first, keeping ties in order (stable)', () => {
    let data = sample();
    data = addItem(data, 'S', '条目 d', 'd');
    data = updateItem(data, 'c', { importance: 5 });
    data = updateItem(data, 'a', { importance: 1 });
    // b and d are both 3: b stays before d.
    const sorted = sortByImportance(data, 'S');
    expect(ids(sorted, 'S')).toEqual(['c', 'b', 'd', 'a']);
    expect(ids(sortByImportance(sorted, 'S'), 'S')).toEqual(['c', 'b', 'd', 'a']);
    expect(ids(restoreOrder(sorted, 'S', ids(data, 'S')), 'S')).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([
    [0, 1],
    [9, 5],
    [3.6, 4],
    ['2', 2],
    ['x', 3],
    [Number.NaN, 3],
  ])('importance %j becomes %i', (value, expected) => {
    expect(clampImportance(value)).toBe(expected);
  });
});

describe('deleting and undo', () => {
  it('restores a deleted item at its old place', () => {
    const data = sample();
    const result = removeItem(data, 'b')!;
    expect(ids(result.data, 'S')).toEqual(['a', 'c']);
    expect(restoreItem(result.data, result.removed)).toEqual(data);
  });

  it('restores at the end when the list has shrunk meanwhile, and only once', () => {
    const result = removeItem(sample(), 'c')!;
    const shrunk = removeItem(result.data, 'b')!.data;
    const restored = restoreItem(shrunk, result.removed);
    expect(ids(restored, 'S')).toEqual(['a', 'c']);
    expect(restoreItem(restored, result.removed)).toBe(restored);
  });

  it('restores a deleted strategy', () => {
    const data = sample();
    const result = removeStrategy(data, 'SO', 'so1')!;
    expect(result.data.strategies.SO).toEqual([]);
    expect(restoreStrategy(result.data, result.removed)).toEqual(data);
  });
});

describe('TOWS references', () => {
  it('survive edits of the items they name', () => {
    const data = updateItem(sample(), 'a', { text: '改写后的优势', importance: 5 });
    const refs = resolveRefs(data, 'SO', data.strategies.SO[0]);
    expect(refs).toMatchObject([
      { id: 'a', status: 'ok', quadrant: 'S', item: { text: '改写后的优势' } },
      { id: 'o', status: 'ok', quadrant: 'O' },
    ]);
  });

  it('survive reordering and sorting', () => {
    const data = sortByImportance(moveItem(sample(), 'a', 1), 'S');
    expect(resolveRefs(data, 'SO', data.strategies.SO[0]).map((r) => r.status)).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('are kept when an item is deleted, shown as deleted, and work again after undo', () => {
    const before = sample();
    const result = removeItem(before, 'a')!;
    const strategy = result.data.strategies.SO[0];
    expect(strategy.refs).toEqual(['a', 'o']);
    expect(resolveRefs(result.data, 'SO', strategy)).toMatchObject([
      { id: 'a', status: 'deleted' },
      { id: 'o', status: 'ok' },
    ]);
    const restored = restoreItem(result.data, result.removed);
    expect(resolveRefs(restored, 'SO', restored.strategies.SO[0]).map((r) => r.status)).toEqual([
      'ok',
      'ok',
    ]);
  });

  it('flag an item moved out of the group’s quadrants, and follow one moved into them', () => {
    const data = sample();
    const toW = moveItemTo(data, 'a', 'W');
    expect(resolveRefs(toW, 'SO', toW.strategies.SO[0])[0]).toMatchObject({
      status: 'moved',
      quadrant: 'W',
    });
    const toO = moveItemTo(data, 'a', 'O');
    expect(resolveRefs(toO, 'SO', toO.strategies.SO[0])[0]).toMatchObject({
      status: 'ok',
      quadrant: 'O',
    });
  });

  it('count only live references: not a deleted item, nor one moved out of the group', () => {
    const data = sample();
    expect(liveRefCount(data, 'SO', data.strategies.SO[0])).toBe(2);
    const deleted = removeItem(data, 'a')!.data;
    expect(liveRefCount(deleted, 'SO', deleted.strategies.SO[0])).toBe(1);
    const moved = moveItemTo(data, 'o', 'T');
    expect(liveRefCount(moved, 'SO', moved.strategies.SO[0])).toBe(1);
  });

  it('can be ticked, unticked and dropped', () => {
    let data = sample();
    data = setRef(data, 'SO', 'so1', 'b', true);
    expect(data.strategies.SO[0].refs).toEqual(['a', 'o', 'b']);
    expect(setRef(data, 'SO', 'so1', 'b', true)).toBe(data);
    data = setRef(data, 'SO', 'so1', 'a', false);
    expect(data.strategies.SO[0].refs).toEqual(['o', 'b']);
  });

  it('stop adding strategies at the per-group limit', () => {
    let data = createData();
    for (let i = 0; i < LIMITS.strategiesPerGroup + 3; i++) data = addStrategy(data, 'WT', `s${i}`);
    expect(data.strategies.WT).toHaveLength(LIMITS.strategiesPerGroup);
  });
});

describe('small helpers', () => {
  it('shortens long text for messages, counting emoji as one character', () => {
    expect(shorten('短')).toBe('短');
    expect(shorten('😀'.repeat(30), 3)).toBe('😀😀😀…');
  });

  it('lets the document title follow 分析对象 until it is renamed', () => {
    const a = { ...createData(), subject: '华东' };
    const b = { ...createData(), subject: '华东分销渠道' };
    expect(followTitle(swotBasics, '未命名 SWOT 分析', createData(), a)).toBe('华东');
    expect(followTitle(swotBasics, '华东', a, b)).toBe('华东分销渠道');
    expect(followTitle(swotBasics, '我的命名', a, b)).toBeNull();
    expect(followTitle(swotBasics, '华东', a, createData())).toBe('未命名 SWOT 分析');
  });
});
