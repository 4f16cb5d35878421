import { describe, expect, it } from 'vitest';
import { findApi, MAX_DEPTH, type WindowLike } from './find-api';

/** A window whose parent is itself (a top window), optionally holding named objects. */
function top(props: Record<string, unknown> = {}): WindowLike {
  const w = { ...props } as WindowLike;
  w.parent = w;
  w.top = w;
  return w;
}

function framedIn(parent: WindowLike, props: Record<string, unknown> = {}): WindowLike {
  return { ...props, parent, top: parent.top };
}

/**
 * A top window of another origin: as in browsers, its parent, top and opener can be read, and
 * reading anything else throws.
 */
function foreign(): WindowLike {
  const w: WindowLike = new Proxy({} as WindowLike, {
    get(_, name) {
      if (name === 'parent' || name === 'top') return w;
      if (name === 'opener') return null;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
  return w;
}

const API12 = { LMSInitialize: () => 'true' };
const API2004 = { Initialize: () => 'true' };

describe('finding the LMS API', () => {
  it('finds nothing on a plain website (a top window without an API)', () => {
    expect(findApi(top())).toBeUndefined();
  });

  it('finds SCORM 1.2 `API` in the frame itself or a parent', () => {
    expect(findApi(top({ API: API12 }))).toEqual({ version: '1.2', api: API12 });
    const lms = top({ API: API12 });
    expect(findApi(framedIn(framedIn(lms)))).toEqual({ version: '1.2', api: API12 });
  });

  it('finds SCORM 2004 `API_1484_11`, preferred to `API` in the same window', () => {
    const lms = top({ API: API12, API_1484_11: API2004 });
    expect(findApi(framedIn(lms))).toEqual({ version: '2004', api: API2004 });
  });

  it('takes the nearest window that has one', () => {
    const lms = top({ API_1484_11: API2004 });
    expect(findApi(framedIn(framedIn(lms, { API: API12 })))?.version).toBe('1.2');
  });

  it('searches the opener and its parents when the course was opened in a new window', () => {
    const lms = top({ API_1484_11: API2004 });
    const launcher = framedIn(lms);
    const course = top();
    course.opener = launcher;
    expect(findApi(course)).toEqual({ version: '2004', api: API2004 });
    // From a frame of the course window too: the opener is its top window's.
    expect(findApi(framedIn(framedIn(course)))).toEqual({ version: '2004', api: API2004 });
  });

  it('looks only so far up a chain of frames', () => {
    let w = top({ API: API12 });
    for (let i = 0; i < MAX_DEPTH; i++) w = framedIn(w);
    expect(findApi(w)).toBeDefined();
    expect(findApi(framedIn(w))).toBeUndefined();
  });

  it('passes quietly over a window of another origin', () => {
    expect(findApi(framedIn(foreign()))).toBeUndefined();
    const lms = top({ API: API12 });
    const between = foreign();
    const middle = new Proxy(between, {
      get: (t, name) => (name === 'parent' ? lms : Reflect.get(t, name)),
    });
    expect(findApi(framedIn(middle))).toEqual({ version: '1.2', api: API12 });
    const course = top();
    course.opener = foreign();
    expect(() => findApi(course)).not.toThrow();
    expect(findApi(course)).toBeUndefined();
  });

  it('ignores an API name that holds nothing', () => {
    expect(findApi(top({ API: null, API_1484_11: undefined }))).toBeUndefined();
  });
});
