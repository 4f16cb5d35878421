/** Helpers for core tests: a tiny worksheet definition, a clock and seeded randomness. */
import * as v from 'valibot';
import type { ExerciseDefinition } from './document';

export const NotesSchema = v.object({
  text: v.string(),
  count: v.string(),
  items: v.array(v.object({ date: v.string(), note: v.string() })),
});
export type Notes = v.InferOutput<typeof NotesSchema>;

export const notesDefinition: ExerciseDefinition<Notes> = {
  id: 'notes',
  title: '测试笔记',
  schemaVersion: 2,
  dataSchema: NotesSchema,
  migrations: {
    // Version 1 had `body` instead of `text` and no items.
    1: (data) => {
      const { body, ...rest } = data as { body: string; count: string };
      return { ...rest, text: body, items: [] };
    },
  },
  createData: () => ({ text: '', count: '', items: [] }),
  defaultTitle: '未命名笔记',
  fieldLabels: { text: '正文', count: '数量', items: '条目', date: '日期', note: '备注' },
};

/** A clock that advances one second per call, starting at `start`. */
export function steppingClock(start = '2026-11-28T08:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed = 1): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A hand-made lz-string link payload of about `chars` characters whose every code refers to
 * the entry being built, so each decodes to one character more than the last: 7,000
 * characters decode to about 7 M, 96,000 to more than a string can hold.
 */
export function craftedLinkPayload(chars: number): string {
  const out: string[] = [];
  let value = 0;
  let position = 0;
  const write = (code: number, bits: number) => {
    for (let i = 0; i < bits; i++) {
      value = (value << 1) | (code & 1);
      code >>= 1;
      if (position === 5) {
        out.push(URI_ALPHABET[value]);
        position = 0;
        value = 0;
      } else position++;
    }
  };
  write(0, 2); // an 8-bit character follows
  write(97, 8); // 'a'
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const grow = () => {
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };
  while (out.length < chars - 4) {
    grow();
    write(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    grow();
  }
  write(2, numBits); // end of stream
  while (position !== 0) write(0, 1);
  return out.join('');
}
