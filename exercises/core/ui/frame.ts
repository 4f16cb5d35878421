/**
 * What a frame (docs page, embed route) may ask of a worksheet view beyond its namespace:
 * start from the worked example, show it read-only, offer 下一位参与者 for a workshop.
 */
import { createMemoryEngine, type StorageEngine } from '../storage';
import type { UseWorksheetOptions } from './useWorksheet';

export interface FrameProps {
  /** Storage namespace: `default`, or `workshopNamespace(code)` for a workshop (see workshop.ts). */
  namespace?: string;
  /** Start from the worked example when the namespace has no document yet (`?example=1`). */
  startWithExample?: boolean;
  /** Read-only (`?lock=1`); with the example, a sample that touches no storage at all. */
  locked?: boolean;
  /** The workshop code, when the namespace is one: offers 下一位参与者. */
  workshop?: string | null;
  /**
   * The frame has not read its options yet (the embed route reads them from the address after
   * hydration): the worksheet is drawn, read-only, and touches no storage until this is false.
   */
  hold?: boolean;
  /** Storage chosen by the frame (the host page's, through the embed bridge); default the browser's. */
  engine?: StorageEngine;
}

/** The hook options for these frame props; `example` gives the worksheet's worked example. */
export function frameOptions<T>(
  props: FrameProps,
  example: () => { data: T; title?: string },
): UseWorksheetOptions<T> {
  const sample = props.locked === true && props.startWithExample === true;
  return {
    hold: props.hold,
    namespace: props.namespace,
    start: props.startWithExample ? example : undefined,
    example,
    // A locked example is a sample to look at: nothing of the learner's is read or written.
    // Otherwise the frame's storage, if it chose one (undefined: the browser's).
    engine: sample ? createMemoryEngine() : props.engine,
  };
}
