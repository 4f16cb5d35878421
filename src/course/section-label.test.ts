import { describe, expect, it } from 'vitest';
import { sectionLabel } from './modules.mjs';
import { sidebarHash } from './sidebar-hash';

describe('sectionLabel', () => {
  it.each([
    ['channels/pricing', '渠道管理'],
    ['intro/welcome', '课程导入'],
    ['exercises/smart-goal', '练习工具'],
    ['reference/glossary', '参考'],
    ['index', undefined],
    ['404', undefined],
  ])('%s → %s', (id, label) => expect(sectionLabel(id)).toBe(label));
});

describe('sidebarHash', () => {
  const link = (label: string, href: string) => ({ type: 'link', label, href });
  it('changes when a label or a link changes, and is seven base-36 characters', () => {
    const a = sidebarHash([{ type: 'group', label: '模块', entries: [link('页', '/a/')] }]);
    const b = sidebarHash([{ type: 'group', label: '模块', entries: [link('页', '/b/')] }]);
    expect(a).toMatch(/^[0-9a-z]{7}$/);
    expect(a).not.toBe(b);
    expect(sidebarHash([{ type: 'group', label: '模块', entries: [link('页', '/a/')] }])).toBe(a);
  });
});
