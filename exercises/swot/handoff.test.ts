import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeFragment } from '../core/share';
import { smartGoalDefinition } from '../smart-goal/definition';
import { checkSmart } from '../smart-goal/checks';
import { createData as createGoal } from '../smart-goal/model';
import { PREFILL_LIMITS, smartGoalLink, smartPrefill } from './handoff';
import { addStrategy, exampleData, removeItem, updateStrategy } from './model';

const data = exampleData('2026-11-28');
const so = data.strategies.SO[0];

describe('handing a strategy to the SMART worksheet', () => {
  // 分析对象 is what was analysed, not the goal this one supports: 关联的上级目标 stays empty
  // (R stays open on the SMART page) and the subject goes into 具体描述 (issue #18, item 11).
  it('fills 目标名称 and 具体描述 (with 分析对象), and leaves 关联的上级目标 empty', () => {
    expect(smartPrefill(data, 'SO', so)).toEqual({
      name: '以技术服务为卖点，主动开发工业园区新厂',
      specific: [
        '以技术服务为卖点，主动开发工业园区新厂',
        '分析对象：某区域工业润滑油业务',
        '',
        'TOWS SO 策略（用优势抓住机会），依据：',
        '- 优势：技术服务团队响应快',
        '- 机会：本地新建工业园区陆续投产',
      ].join('\n'),
    });
    expect(
      checkSmart({ ...createGoal(), ...smartPrefill(data, 'SO', so) }, '2026-11-28').R,
    ).toEqual({
      status: 'missing',
      reason: '请填写关联的上级目标：这个目标支撑团队或公司的哪个目标？',
    });
  });

  it('leaves out deleted references and empty fields, and keeps the name short', () => {
    let d = removeItem({ ...data, subject: '  ' }, 'ex-S1')!.data;
    d = addStrategy(d, 'SO', 'long');
    d = updateStrategy(d, 'SO', 'long', { text: '长'.repeat(100), refs: ['ex-S1'] });
    const prefill = smartPrefill(d, 'SO', d.strategies.SO[1]);
    expect(prefill.name).toBe(`${'长'.repeat(PREFILL_LIMITS.name)}…`);
    expect(prefill.specific).toBe('长'.repeat(100));
    expect(prefill).not.toHaveProperty('parentGoal');
  });

  it('links to <smartGoalHref>#new=<lz-string payload> that the SMART page accepts', async () => {
    const link = await smartGoalLink(data, 'SO', so, '/course/exercises/smart-goal/');
    if (!link.ok) throw new Error(link.message);
    expect(link.url).toMatch(/^\/course\/exercises\/smart-goal\/#new=[A-Za-z0-9+\-$]+$/);
    const payload = link.url.split('#new=')[1];
    expect(JSON.parse(decompressFromEncodedURIComponent(payload)!)).toEqual({
      exercise: 'smart-goal',
      schemaVersion: smartGoalDefinition.schemaVersion,
      data: smartPrefill(data, 'SO', so),
    });
    expect(decodeFragment(`#new=${payload}`, smartGoalDefinition)).toEqual({
      kind: 'new',
      result: { ok: true, data: { ...createGoal(), ...smartPrefill(data, 'SO', so) } },
    });
  });

  it('stays under the URL limit with a very long strategy and many items', async () => {
    let d = exampleData();
    d = {
      ...d,
      items: {
        ...d.items,
        S: Array.from({ length: 100 }, (_, i) => ({
          id: `s${i}`,
          text: `优势条目🙂${'字'.repeat(190)}${i}`,
          importance: 3,
          evidence: '',
        })),
      },
    };
    d = updateStrategy(d, 'SO', 'ex-SO1', {
      text: '策'.repeat(500),
      refs: d.items.S.map((i) => i.id),
    });
    const link = await smartGoalLink(d, 'SO', d.strategies.SO[0]);
    expect(link.ok).toBe(true);
    expect([...smartPrefill(d, 'SO', d.strategies.SO[0]).specific!].length).toBe(
      PREFILL_LIMITS.specific,
    );
  });
});
