/** The memo's saved data (loads only with definition.ts). */
import * as v from 'valibot';
import { text } from '../../core/schema-limits';

export const MemoSchema = v.object({ topic: text(), notes: text() });
export type MemoData = v.InferOutput<typeof MemoSchema>;
