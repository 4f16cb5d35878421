import { describe, expect, it } from 'vitest';
import { parseDelimited, readRows, guessMapping, detectHeader } from '../core/rows-import';
import { accuracy, forecast, sameForecast } from './forecast';
import {
  createData,
  dealImportFields,
  exampleData,
  importDeals,
  setField,
  updateDeal,
  updateStage,
} from './model';

const TODAY = '2027-03-12';

describe('forecast on the chapter example (process/forecasting)', () => {
  const result = forecast(exampleData(), TODAY);

  it('counts only the deals expected to close in the period: 400 of 820 万元', () => {
    expect(result.inPeriod).toHaveLength(6);
    expect(result.pipeline.toString()).toBe('400');
    expect(result.funnel.reduce((n, s) => n + Number(s.amount), 0)).toBe(820);
  });

  it('weights each stage by its win rate: 8 + 37.5 + 72 + 45 = 162.5 万元', () => {
    expect(
      result.byStage.map((s) => [s.stage.name, s.amount.toString(), s.weighted.toString()]),
    ).toEqual([
      ['需求分析', '80', '8'],
      ['方案提交', '150', '37.5'],
      ['谈判议价', '120', '72'],
      ['促成成交', '50', '45'],
    ]);
    expect(result.weighted.toString()).toBe('162.5');
  });

  it('totals commit and best case, and the coverage of the remaining target', () => {
    expect(result.commit.toString()).toBe('170');
    expect(result.bestCase.toString()).toBe('320');
    expect(result.remaining?.toString()).toBe('180');
    expect(result.coverage?.toFixed(2)).toBe('2.22');
  });

  it('finds the weakest stage-to-stage conversion in the funnel', () => {
    expect(result.funnel.map((s) => [s.count, s.conversion?.toFixed(4) ?? null])).toEqual([
      [4, '0.6000'],
      [3, '0.5000'],
      [2, '0.3333'],
      [1, null],
    ]);
    expect(result.weakest?.stage.name).toBe('谈判议价');
  });

  it('lists deals whose expected close date has passed', () => {
    expect(result.stale.map((d) => d.customer)).toEqual(['佳禾商贸']);
  });
});

describe('forecast edge cases', () => {
  it('has no figures for a blank sheet and no coverage without a target', () => {
    const result = forecast(createData(), TODAY);
    expect(result.weighted.toString()).toBe('0');
    expect(result.coverage).toBeNull();
    expect(result.weakest).toBeNull();
    expect(result.unreadable).toEqual([]);
  });

  it('sums exactly (0.1 + 0.2) and leaves out a deal whose amount cannot be read', () => {
    const data = exampleData();
    data.deals = [
      { ...data.deals[5], amount: '0.1' },
      { ...data.deals[5], id: 'x', amount: '0.2' },
      { ...data.deals[5], id: 'y', amount: '12万' },
    ];
    const result = forecast(data, TODAY);
    expect(result.pipeline.toString()).toBe('0.3');
    expect(result.weighted.toString()).toBe('0.27');
    expect(result.unreadable.map((d) => d.id)).toEqual(['y']);
  });

  it('has no remaining target once the target is closed', () => {
    const data = { ...exampleData(), closed: '200' };
    expect(forecast(data, TODAY).coverage).toBeNull();
  });
});

describe('accuracy', () => {
  it.each([
    ['200', '180', '0.889'],
    ['162.5', '162.5', '1.000'],
    ['150', '200', '0.750'],
  ])('forecast %s, actual %s → %s', (f, a, expected) => {
    expect(accuracy({ period: '', forecast: f, actual: a })?.toFixed(3)).toBe(expected);
  });

  it.each([
    ['200', ''],
    ['', '180'],
    ['200', '0'],
  ])('forecast %j, actual %j → none', (f, a) => {
    expect(accuracy({ period: '', forecast: f, actual: a })).toBeNull();
  });
});

describe('importing a deal list', () => {
  it('reads stages by name and categories by label, and appends after the deals that hold something', () => {
    const text =
      '客户名称\t金额\t阶段\t预计成交日期\t负责人\t预测类别\n' +
      '华东机电\t１２０\t谈判议价\t2027/3/20\t王敏\t承诺\n' +
      '华南贸易\t12万\t谈判议价\t2027/3/20\t王敏\t承诺\n' +
      '西北物流\t1,234.5\t需求分析\t\t\tbest case\n';
    const data = createData();
    const fields = dealImportFields(data.stages);
    const rows = parseDelimited(text);
    expect(detectHeader(rows, fields)).toBe(true);
    const read = readRows(rows, guessMapping(rows[0].cells, 6, fields), fields, {
      hasHeader: true,
    });
    expect(read.refused.map((r) => r.messages)).toEqual([['第 3 行：金额「12万」不是数字']]);
    const next = importDeals(data, read.accepted, 'append');
    expect(next.deals).toEqual([
      {
        id: 'd1',
        customer: '华东机电',
        amount: '120',
        stage: 's3',
        closeDate: '2027-03-20',
        owner: '王敏',
        category: 'commit',
      },
      {
        id: 'd2',
        customer: '西北物流',
        amount: '1,234.5',
        stage: 's1',
        closeDate: '',
        owner: '',
        category: 'best',
      },
    ]);
    const replaced = importDeals(exampleData(), read.accepted.slice(0, 1), 'replace');
    expect(replaced.deals).toHaveLength(1);
    expect(importDeals(exampleData(), read.accepted.slice(0, 1), 'append').deals).toHaveLength(11);
  });
});

describe('sameForecast: what a keystroke must recount', () => {
  const data = exampleData();
  const stale = forecast(data, TODAY).stale[0];
  const other = data.deals.find((d) => d.id !== stale.id && d.customer)!;

  it('recounts nothing for a name typed into a deal that is not stale', () => {
    expect(sameForecast(data, updateDeal(data, other.id, { customer: '新名字' }), TODAY)).toBe(
      true,
    );
    expect(sameForecast(data, updateDeal(data, other.id, { owner: '王五' }), TODAY)).toBe(true);
  });

  it('recounts for a figure, a stage, a date, a category, the period or the target', () => {
    const changes = [
      updateDeal(data, other.id, { amount: '81' }),
      updateDeal(data, other.id, { stage: data.stages[3].id }),
      updateDeal(data, other.id, { closeDate: '2027-12-31' }),
      updateDeal(data, other.id, { category: 'best' }),
      updateStage(data, data.stages[0].id, { probability: '15' }),
      setField(data, 'periodEnd', '2027-04-30'),
      setField(data, 'target', '300'),
      setField(data, 'closed', '30'),
    ];
    for (const changed of changes) expect(sameForecast(data, changed, TODAY)).toBe(false);
  });

  it('recounts when a name is emptied (an unnamed deal with no amount is not counted) or a stale deal is renamed', () => {
    expect(sameForecast(data, updateDeal(data, other.id, { customer: '' }), TODAY)).toBe(false);
    const renamed = updateDeal(data, stale.id, { customer: '佳禾商贸（华东）' });
    expect(sameForecast(data, renamed, TODAY)).toBe(false);
    expect(forecast(renamed, TODAY).stale.map((d) => d.customer)).toEqual(['佳禾商贸（华东）']);
  });

  it('takes copied deals as the same and a removed deal as a change', () => {
    const copy = { ...data, deals: data.deals.map((d) => ({ ...d })) };
    expect(sameForecast(data, copy, TODAY)).toBe(true);
    expect(sameForecast(data, { ...copy, deals: copy.deals.slice(1) }, TODAY)).toBe(false);
  });
});
