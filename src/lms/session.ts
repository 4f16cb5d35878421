/**
 * One LMS session over the SCORM API object, the same for both versions: initialize, read
 * what the LMS kept (suspend_data, the location), set values — only valid ones, and only
 * those that changed since the last set — commit, and terminate. Every call is guarded: an
 * API that throws or answers "false" never breaks the course; the session just says so.
 */
import { isValidCmi } from './cmi';
import type { FoundApi, ScormVersion } from './find-api';
import type { CmiValues } from './mapping';

type Call = (...args: string[]) => unknown;

/** The calls of each version's API, by purpose. */
const CALLS: Record<
  ScormVersion,
  Record<'init' | 'get' | 'set' | 'commit' | 'end' | 'error', string>
> = {
  '1.2': {
    init: 'LMSInitialize',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    end: 'LMSFinish',
    error: 'LMSGetLastError',
  },
  '2004': {
    init: 'Initialize',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    end: 'Terminate',
    error: 'GetLastError',
  },
};

/** An element every LMS answers once the session is running. */
const PROBE: Record<ScormVersion, string> = {
  '1.2': 'cmi.core.lesson_status',
  '2004': 'cmi.completion_status',
};

export interface LmsSession {
  readonly version: ScormVersion;
  /**
   * Join the session: `new` after Initialize; `joined` when an earlier page of the course
   * initialized it already (the course is many pages in one frame: the API answers without
   * error, and initializing again would be an error); null when the LMS refuses or the
   * session has ended (the course then goes on without it).
   */
  start(): 'new' | 'joined' | null;
  /** A value the LMS holds ('' when none or when it cannot be read). */
  get(element: string): string;
  /** Set the values that are valid and differ from what was set before; how many were set. */
  set(values: CmiValues): number;
  commit(): boolean;
  /** Commit and terminate; nothing is called after this. */
  end(): void;
  readonly active: boolean;
}

export function createLmsSession({ version, api }: FoundApi): LmsSession {
  const names = CALLS[version];
  const sent = new Map<string, string>();
  let active = false;
  let ended = false;

  function call(name: keyof typeof names, ...args: string[]): string {
    try {
      const fn = (api as Record<string, unknown>)[names[name]];
      if (typeof fn !== 'function') return 'false';
      return String((fn as Call).apply(api, args));
    } catch {
      return 'false';
    }
  }

  return {
    version,
    get active() {
      return active;
    },
    start() {
      if (active) return 'joined';
      if (ended) return null;
      call('get', PROBE[version]);
      if (call('error') === '0') {
        active = true;
        return 'joined';
      }
      active = call('init', '') === 'true';
      return active ? 'new' : null;
    },
    get(element) {
      return active ? call('get', element) : '';
    },
    set(values) {
      if (!active) return 0;
      let n = 0;
      for (const [element, value] of values) {
        if (!isValidCmi(version, element, value) || sent.get(element) === value) continue;
        if (call('set', element, value) === 'true') {
          sent.set(element, value);
          n++;
        }
      }
      return n;
    },
    commit() {
      return active && call('commit', '') === 'true';
    },
    end() {
      if (!active) return;
      call('commit', '');
      call('end', '');
      active = false;
      ended = true;
    },
  };
}
