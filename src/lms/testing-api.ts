/**
 * For unit tests: a fake LMS API of each SCORM version that records every call and, like a
 * strict LMS, refuses calls before initialize and values that break the data model. Its rules
 * are written from the specifications independently of cmi.ts, so the two check each other.
 */
import type { ScormVersion } from './find-api';

const inRange = (v: string, pattern: RegExp, min: number, max: number) =>
  pattern.test(v) && Number(v) >= min && Number(v) <= max;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
const REAL = /^-?[0-9]{1,3}(\.[0-9]{1,7})?$/;

const RULES: Record<ScormVersion, Record<string, (v: string) => boolean>> = {
  '1.2': {
    'cmi.core.lesson_status': (v) =>
      ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(v),
    'cmi.core.lesson_location': (v) => v.length <= 255,
    'cmi.core.score.raw': (v) => inRange(v, DECIMAL, 0, 100),
    'cmi.core.score.min': (v) => inRange(v, DECIMAL, 0, 100),
    'cmi.core.score.max': (v) => inRange(v, DECIMAL, 0, 100),
    'cmi.core.exit': (v) => ['time-out', 'suspend', 'logout', ''].includes(v),
    'cmi.core.session_time': (v) => /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/.test(v),
    'cmi.suspend_data': (v) => v.length <= 4096,
  },
  '2004': {
    'cmi.completion_status': (v) =>
      ['completed', 'incomplete', 'not attempted', 'unknown'].includes(v),
    'cmi.success_status': (v) => ['passed', 'failed', 'unknown'].includes(v),
    'cmi.progress_measure': (v) => inRange(v, REAL, 0, 1),
    'cmi.score.scaled': (v) => inRange(v, REAL, -1, 1),
    'cmi.score.raw': (v) => REAL.test(v),
    'cmi.score.min': (v) => REAL.test(v),
    'cmi.score.max': (v) => REAL.test(v),
    'cmi.location': (v) => v.length <= 1000,
    'cmi.exit': (v) => ['time-out', 'suspend', 'logout', 'normal', ''].includes(v),
    'cmi.session_time': (v) =>
      /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(v) && !/^PT?$/.test(v),
    'cmi.suspend_data': (v) => v.length <= 64000,
  },
};

export interface FakeLms {
  api: Record<string, (...args: string[]) => string>;
  /** Every call: [name, ...args]. */
  calls: string[][];
  /** What the LMS stores. */
  data: Map<string, string>;
  /** Set calls it refused: [element, value]. */
  rejected: [string, string][];
  committed: number;
}

export function fakeLms(version: ScormVersion, stored: Record<string, string> = {}): FakeLms {
  const lms: FakeLms = {
    api: {},
    calls: [],
    data: new Map(Object.entries(stored)),
    rejected: [],
    committed: 0,
  };
  let state: 'new' | 'running' | 'ended' = 'new';
  let error = '0';
  const n =
    version === '1.2'
      ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError']
      : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate', 'GetLastError'];
  const record =
    (name: string, fn: (...args: string[]) => string) =>
    (...args: string[]) => {
      lms.calls.push([name, ...args]);
      // Every call but GetLastError starts with no error, as the specifications say.
      if (!name.endsWith('GetLastError')) error = '0';
      return fn(...args);
    };
  const running = () => {
    if (state === 'running') return true;
    error =
      state === 'new' ? (version === '1.2' ? '301' : '122') : version === '1.2' ? '101' : '123';
    return false;
  };
  lms.api[n[0]] = record(n[0], (arg) => {
    if (state !== 'new' || arg !== '') {
      error = state === 'ended' ? (version === '1.2' ? '101' : '104') : '103';
      return 'false';
    }
    state = 'running';
    return 'true';
  });
  lms.api[n[1]] = record(n[1], (element) => (running() ? (lms.data.get(element) ?? '') : ''));
  lms.api[n[2]] = record(n[2], (element, value) => {
    if (!running()) return 'false';
    const rule = RULES[version][element];
    if (!rule || typeof value !== 'string' || !rule(value)) {
      lms.rejected.push([element, value]);
      error = '405';
      return 'false';
    }
    lms.data.set(element, value);
    return 'true';
  });
  lms.api[n[3]] = record(n[3], (arg) => {
    if (!running() || arg !== '') return 'false';
    lms.committed++;
    return 'true';
  });
  lms.api[n[4]] = record(n[4], (arg) => {
    if (!running() || arg !== '') return 'false';
    state = 'ended';
    return 'true';
  });
  lms.api[n[5]] = record(n[5], () => error);
  return lms;
}
