import { describe, expect, it } from 'vitest';
import { exportDocument } from '../core/files';
import { encodeShareLink } from '../core/share';
import { newDocument } from '../core/document';
import { smartGoalDefinition } from '../smart-goal/definition';
import { swotDefinition } from '../swot/definition';
import { exampleData } from '../swot/model';
import { craftedLinkPayload } from '../core/testing';
import { chooseType, collect, sourceExercise, splitLinks } from './sources';

const now = new Date('2026-11-28T08:00:00Z');
const random = () => 0.5;
const swotDoc = (title: string) =>
  newDocument(swotDefinition, { title, data: exampleData('2026-11-28'), now, random });

describe('collect', () => {
  it('reads files and share links, each with its own message when bad', () => {
    const a = swotDoc('甲');
    const b = swotDoc('乙');
    const goal = newDocument(smartGoalDefinition, { now, random });
    const link = encodeShareLink(b, 'https://a.example/exercises/swot/');
    if (!link.ok) throw new Error('link');
    const results = collect(swotDefinition, [
      { name: 'a.json', kind: 'file', text: exportDocument(a).text },
      { name: 'broken.json', kind: 'file', text: exportDocument(a).text.slice(0, 40) },
      { name: 'goal.json', kind: 'file', text: exportDocument(goal).text },
      { name: '链接 1', kind: 'link', text: link.url },
      { name: '链接 2', kind: 'link', text: 'https://a.example/exercises/swot/' },
      { name: '链接 3', kind: 'link', text: `${link.url.slice(0, -20)}` },
    ]);
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['a.json', true],
      ['broken.json', false],
      ['goal.json', false],
      ['链接 1', true],
      ['链接 2', false],
      ['链接 3', false],
    ]);
    const messages = results.flatMap((r) => (r.ok ? [] : [r.message]));
    expect(messages[0]).toContain('不完整或不是 JSON');
    expect(messages[1]).toContain('不能导入到「SWOT 分析矩阵」');
    expect(messages[2]).toContain('#share=');
    expect(messages[3]).toMatch(/[\u4e00-\u9fff]/);
    const titles = results.flatMap((r) => (r.ok ? [r.doc.title] : []));
    expect(titles).toEqual(['甲', '乙']);
  });

  it('refuses the same document twice', () => {
    const a = swotDoc('甲');
    const text = exportDocument(a).text;
    const first = collect(swotDefinition, [{ name: '1.json', kind: 'file', text }]);
    const again = collect(
      swotDefinition,
      [{ name: '2.json', kind: 'file', text }],
      first.flatMap((r) => (r.ok ? [r.doc] : [])),
    );
    expect(again[0]).toMatchObject({ ok: false, message: '这份练习已经在汇总中了。' });
  });
});

describe('oversized and crafted links', () => {
  it('each get their message instead of stopping the others (添加链接 did nothing)', () => {
    const good = encodeShareLink(swotDoc('甲'), 'https://a.example/exercises/swot/');
    if (!good.ok) throw new Error('link');
    const results = collect(swotDefinition, [
      {
        name: '链接 1',
        kind: 'link',
        text: `https://a.example/#share=${craftedLinkPayload(96_000)}`,
      },
      {
        name: '链接 2',
        kind: 'link',
        text: `https://a.example/#share=${craftedLinkPayload(7_000)}`,
      },
      { name: '链接 3', kind: 'link', text: good.url },
    ]);
    expect(results.map((r) => (r.ok ? r.doc.title : r.message.slice(0, 8)))).toEqual([
      '链接太长（960',
      '链接中的内容太大',
      '甲',
    ]);
  });
});

describe('splitLinks', () => {
  it('takes one link per non-empty line', () => {
    expect(splitLinks(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });
});

describe('sourceExercise and chooseType', () => {
  const known = ['swot', 'smart-goal', 'channel-pricing'];
  const a = swotDoc('甲');
  const goal = newDocument(smartGoalDefinition, { now, random });
  const goalLink = encodeShareLink(goal, 'https://a.example/exercises/smart-goal/');
  if (!goalLink.ok) throw new Error('link');

  it('reads the worksheet a file or a share link names, and null when it cannot tell', () => {
    expect(sourceExercise({ name: 'a', kind: 'file', text: exportDocument(a).text })).toBe('swot');
    expect(sourceExercise({ name: 'l', kind: 'link', text: goalLink.url })).toBe('smart-goal');
    expect(
      sourceExercise({ name: 'b', kind: 'file', text: exportDocument(a).text.slice(0, 40) }),
    ).toBeNull();
    expect(sourceExercise({ name: 'c', kind: 'file', text: '[1,2]' })).toBeNull();
    expect(
      sourceExercise({ name: 'd', kind: 'link', text: 'https://a.example/exercises/swot/' }),
    ).toBeNull();
    expect(
      sourceExercise({ name: 'e', kind: 'link', text: 'https://a.example/#share=%%%' }),
    ).toBeNull();
  });

  it('follows the sources while nothing is collected, and never switches away from collected work', () => {
    expect(chooseType('swot', 0, ['smart-goal', 'smart-goal'], known)).toBe('smart-goal');
    expect(chooseType('swot', 0, ['smart-goal', 'swot', 'smart-goal'], known)).toBe('smart-goal');
    // A tie keeps the current type; unknown or unreadable sources do not count.
    expect(chooseType('swot', 0, ['smart-goal', 'swot'], known)).toBe('swot');
    expect(chooseType('swot', 0, [null, 'quiz', 'other'], known)).toBe('swot');
    expect(chooseType('swot', 3, ['smart-goal', 'smart-goal'], known)).toBe('swot');
  });
});

describe('collect: who handed it in', () => {
  it('takes the same content from two people, but one person’s file only once', () => {
    const doc = swotDoc('甲');
    const file = (author: string) => ({
      name: `${author}.json`,
      kind: 'file' as const,
      text: exportDocument({ ...doc, author }).text,
    });
    const results = collect(swotDefinition, [file('张伟'), file('李娜'), file('张伟')]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[0].ok && results[0].doc.author).toBe('张伟');
  });
});
