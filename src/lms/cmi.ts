/**
 * The CMI data model elements the course writes, per SCORM version, with the rule each value
 * must meet (SCORM 1.2 RTE 3.4 and SCORM 2004 4th edition RTE 4.2). Every value is checked here
 * before it is handed to the LMS: a value that breaks its rule is never sent.
 */
import type { ScormVersion } from './find-api';

type Rule = (value: string) => boolean;

const vocabulary =
  (...words: string[]): Rule =>
  (value) =>
    words.includes(value);

/** SCORM 1.2 CMIDecimal: an optional minus, digits, an optional decimal part. */
const CMI_DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** SCORM 2004 real(10,7): at most 10 significant digits, at most 7 after the point. */
const REAL_10_7 = /^-?(?=(?:\D*\d){1,10}\D*$)\d+(?:\.\d{1,7})?$/;

const decimalIn =
  (pattern: RegExp, min: number, max: number): Rule =>
  (value) =>
    pattern.test(value) && Number(value) >= min && Number(value) <= max;

/** Characters of a string as SCORM counts them (code points). */
const lengthOf = (value: string) => [...value].length;
const atMost =
  (max: number): Rule =>
  (value) =>
    lengthOf(value) <= max;

/** 1.2 CMITimespan: HHHH:MM:SS.SS (2–4 digits of hours, optional 1–2 digits of seconds' parts). */
const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/;
/** 2004 timeinterval (second,10,2): an ISO 8601 duration with at least one part. */
const INTERVAL_2004 =
  /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;

export const CMI_RULES: Record<ScormVersion, Record<string, Rule>> = {
  '1.2': {
    'cmi.core.lesson_status': vocabulary('passed', 'completed', 'failed', 'incomplete', 'browsed'),
    'cmi.core.lesson_location': atMost(255),
    'cmi.core.score.raw': decimalIn(CMI_DECIMAL, 0, 100),
    'cmi.core.score.min': decimalIn(CMI_DECIMAL, 0, 100),
    'cmi.core.score.max': decimalIn(CMI_DECIMAL, 0, 100),
    'cmi.core.exit': vocabulary('time-out', 'suspend', 'logout', ''),
    'cmi.core.session_time': (v) => TIMESPAN_12.test(v),
    'cmi.suspend_data': atMost(4096),
  },
  '2004': {
    'cmi.completion_status': vocabulary('completed', 'incomplete', 'not attempted', 'unknown'),
    'cmi.success_status': vocabulary('passed', 'failed', 'unknown'),
    'cmi.progress_measure': decimalIn(REAL_10_7, 0, 1),
    'cmi.score.scaled': decimalIn(REAL_10_7, -1, 1),
    'cmi.score.raw': decimalIn(REAL_10_7, 0, 100),
    'cmi.score.min': decimalIn(REAL_10_7, 0, 100),
    'cmi.score.max': decimalIn(REAL_10_7, 0, 100),
    'cmi.location': atMost(1000),
    'cmi.exit': vocabulary('time-out', 'suspend', 'logout', 'normal', ''),
    'cmi.session_time': (v) => INTERVAL_2004.test(v),
    'cmi.suspend_data': atMost(64000),
  },
};

/** True when `value` may be written to `element` in `version` (unknown elements: never). */
export function isValidCmi(version: ScormVersion, element: string, value: string): boolean {
  const rule = CMI_RULES[version][element];
  return !!rule && typeof value === 'string' && rule(value);
}

/** A number as a CMI decimal: at most `places` digits after the point, no exponent, no -0. */
export function cmiDecimal(n: number, places = 7): string {
  const fixed = n.toFixed(places).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** Seconds as 1.2 CMITimespan, hours capped at 9999. */
export function timespan12(seconds: number): string {
  const total = Math.max(0, Math.min(Math.round(seconds * 100) / 100, 9999 * 3600 + 3599.99));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** Seconds as a 2004 timeinterval: `PT1H2M3.5S`; zero is `PT0S`. */
export function interval2004(seconds: number): string {
  const total = Math.max(0, Math.round(seconds * 100) / 100);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Number((total - h * 3600 - m * 60).toFixed(2));
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
