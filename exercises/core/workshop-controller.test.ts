import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorksheetController, type WorksheetState } from './controller';
import { documentReader } from './read-document';
import { createDocumentStore } from './store';
import { createMemoryEngine, type StorageEngine } from './storage';
import { notesDefinition as def, type Notes, seededRandom, steppingClock } from './testing';

const reader = documentReader(def);
const location = { hash: '', href: 'https://course.example/embed/notes/', clearHash() {} };

function open(
  engine: StorageEngine,
  namespace: string,
  start?: () => { data: Notes; title?: string },
) {
  let state!: WorksheetState<Notes>;
  const c = createWorksheetController(
    def,
    {
      engine,
      namespace,
      location,
      download: vi.fn(),
      now: steppingClock(),
      random: seededRandom(3),
      start,
      reader,
    },
    (s) => (state = s),
  );
  void c.start();
  return { c, state: () => state };
}

const example = () => ({ data: { text: '示例正文', count: '3', items: [] }, title: '示例' });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('workshop options of the controller', () => {
  it('starts from the given content when the namespace is empty, without storing it', () => {
    const engine = createMemoryEngine();
    const { state } = open(engine, 'ws.ws-1', example);
    expect(state()).toMatchObject({ isDraft: true, current: { title: '示例' } });
    expect(state().current.data.text).toBe('示例正文');
    expect(engine.keys()).toEqual([]);
  });

  it('keeps a participant’s own document instead of the example', () => {
    const engine = createMemoryEngine();
    const first = open(engine, 'ws.ws-1');
    first.c.actions.update((d) => ({ ...d, text: '我的答案' }));
    first.c.actions.flush();
    const again = open(engine, 'ws.ws-1', example);
    expect(again.state().current.data.text).toBe('我的答案');
  });

  it('下一位参与者 clears every worksheet of this namespace and nothing else', () => {
    const engine = createMemoryEngine();
    const otherDef = { ...def, id: 'other' };
    const other = createDocumentStore(otherDef, {
      engine,
      namespace: 'ws.ws-1',
      reader: documentReader(otherDef),
    });
    other.create('另一个练习');
    const mine = createDocumentStore(def, { engine, namespace: 'default', reader });
    mine.create('我自己的');
    const neighbour = createDocumentStore(def, { engine, namespace: 'ws.ws-10', reader });
    neighbour.create('另一场工作坊');

    const { c, state } = open(engine, 'ws.ws-1', example);
    c.actions.update((d) => ({ ...d, text: '参与者甲' }));
    c.actions.flush();
    expect(engine.keys().some((k) => k.startsWith('smc:v1:ws.ws-1:notes:'))).toBe(true);

    c.actions.resetNamespace('已清除');
    expect(engine.keys().filter((k) => k.startsWith('smc:v1:ws.ws-1:'))).toEqual([]);
    expect(mine.list().docs.map((d) => d.title)).toEqual(['我自己的']);
    expect(neighbour.list().docs.map((d) => d.title)).toEqual(['另一场工作坊']);
    expect(state()).toMatchObject({ docs: [], isDraft: true, message: { text: '已清除' } });
    expect(state().current.data.text).toBe('示例正文');
  });
});
