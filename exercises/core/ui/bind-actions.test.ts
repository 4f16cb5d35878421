import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createWorksheetController, type WorksheetController } from '../controller';
import { documentReader } from '../read-document';
import { createMemoryEngine } from '../storage';
import { notesDefinition as def, type Notes, seededRandom, steppingClock } from '../testing';
import { bindActions, type Actions } from './useWorksheet';

function controller() {
  return createWorksheetController(
    def,
    {
      engine: createMemoryEngine(),
      location: { hash: '', href: 'https://course.example/', clearHash() {} },
      download: vi.fn(),
      now: steppingClock(),
      random: seededRandom(1),
      reader: documentReader(def),
    },
    () => {},
  );
}

describe('the actions a worksheet view gets', () => {
  it('are exactly the controller’s actions (types)', () => {
    expectTypeOf<Actions<Notes>>().toEqualTypeOf<WorksheetController<Notes>['actions']>();
  });

  it('bind every action of the controller, each one stable', () => {
    const c = controller();
    let live: WorksheetController<Notes> | undefined;
    const actions = bindActions(() => live?.actions);
    const names = Object.keys(c.actions) as (keyof Actions<Notes>)[];
    expect(names.length).toBeGreaterThan(20);
    const before = names.map((name) => actions[name]);
    // Before there is a controller they do nothing.
    expect(() => actions.create()).not.toThrow();
    live = c;
    void c.start();
    for (const [i, name] of names.entries()) {
      expect(typeof actions[name], name).toBe('function');
      expect(actions[name], name).toBe(before[i]);
    }
    actions.create();
    expect(c.getState().message?.text).toBeTruthy();
    expect(c.getState().docs).toHaveLength(1);
    // Not an action: nothing to call (and nothing that looks like a promise).
    expect((actions as unknown as Record<string, unknown>).then).toBeUndefined();
    c.dispose();
  });
});
