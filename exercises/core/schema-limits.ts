/**
 * Valibot pieces with the size limits of limits.ts and Chinese messages, for the worksheets'
 * schemas (loaded with them, only when data from outside the page is checked).
 */
import * as v from 'valibot';
import { VALIDATION_TEXT as T } from './check-strings';
import { ID_MAX, LIST_MAX, TEXT_MAX } from './limits';

/** A text field of at most `max` characters. */
export function text(max: number = TEXT_MAX) {
  return v.pipe(v.string(), v.maxLength(max, T.tooLong(max)));
}

/** An id the worksheet made itself: not empty, at most ID_MAX characters. */
export function id() {
  return v.pipe(v.string(), v.nonEmpty(T.empty), v.maxLength(ID_MAX, T.tooLong(ID_MAX)));
}

/** A list of at most `max` items. */
export function list<S extends v.GenericSchema>(item: S, max: number = LIST_MAX) {
  return v.pipe(v.array(item), v.maxLength(max, T.tooMany(max)));
}
