/**
 * The question banks themselves (src/content/quizzes/*.json), not the page: a reader who has
 * not read the chapters must not be able to pass by guessing. Before shuffling, the right
 * answers are spread over the positions; multi-select keys do not repeat one pattern; no
 * explanation points at a letter (the page shuffles the options); the right option does not
 * give itself away by its length; each module has 8–10 questions, at least half of them
 * applying a rule to a situation or a number (a `scenario`).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Question, Quiz } from './schema';

const DIR = 'src/content/quizzes';
const banks = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Quiz);
const all = banks.flatMap((b) => b.questions);

/** Positions (0-based, authoring order) of the correct options. */
const key = (q: Question) => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** The most frequent single-answer position and its share; null when there are no singles. */
export function crowdedPosition(questions: readonly Question[]) {
  const singles = questions.filter((q) => q.type === 'single');
  if (singles.length === 0) return null;
  const count = new Map<number, number>();
  for (const q of singles) count.set(key(q)[0], (count.get(key(q)[0]) ?? 0) + 1);
  const [position, n] = [...count].sort((a, b) => b[1] - a[1])[0];
  return { position, share: n / singles.length, of: singles.length };
}

/** An explanation that points at an option by its letter: 选项 B, b 项, 选 c, A 和 C, 答案是 D… */
const LETTER_REFERENCE = [
  /选项\s*[A-Fa-f](?![A-Za-z])/,
  /(?<![A-Za-z])[A-Fa-f]\s*项/,
  /选\s*[A-Fa-f](?![A-Za-z])/,
  /(?<![A-Za-z])[A-F]\s*[和与及、]\s*[A-F](?![A-Za-z])/,
  /答案(?:是|为)?\s*[A-Fa-f](?![A-Za-z])/,
  /[（(]\s*[A-Fa-f]\s*[)）]/,
];
/** ABC 分类 speaks of A 类、B 类 goods: not a reference to an option. */
const ABC_CLASSES = /(?:(?<![A-Za-z])[A-F]\s*[、和与及]\s*)*(?<![A-Za-z])[A-F]\s*类/g;
export const namesALetter = (text: string) =>
  LETTER_REFERENCE.some((re) => re.test(text.replace(ABC_CLASSES, '')));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** One option is more than twice as long as the median of the others. */
export function hasLongOption(q: Question): boolean {
  const lengths = q.options.map((o) => [...o.text].length);
  return lengths.some((len, i) => len > 2 * median(lengths.filter((_, j) => j !== i)));
}

describe('the rules catch what they are meant to', () => {
  const q = (options: [string, boolean][], type: 'single' | 'multiple' = 'single') =>
    ({
      id: 'x',
      type,
      prompt: '哪一项？',
      explanation: '解析。',
      source: { page: '/role/role/', anchor: 'x' },
      options: options.map(([text, correct], i) => ({ id: 'abcdef'[i], text, correct })),
    }) as Question;

  it('letters in explanations', () => {
    for (const bad of ['选项 B 是常见误区', 'b 项不对', '选 c 是“站队”', 'A 和 C 都对', '答案是 D'])
      expect(namesALetter(bad), bad).toBe(true);
    for (const fine of ['A 类物料少备货', '按 A、B、C 类标明交期', '先用 CRM 记录', 'SO、WO 策略'])
      expect(namesALetter(fine), fine).toBe(false);
  });

  it('a long option', () => {
    expect(
      hasLongOption(
        q([
          ['短', false],
          ['短', false],
          ['一个长得多的选项', true],
        ]),
      ),
    ).toBe(true);
    expect(
      hasLongOption(
        q([
          ['差不多长', false],
          ['长度相近', false],
          ['长度接近', true],
        ]),
      ),
    ).toBe(false);
  });

  it('a crowded position', () => {
    const qs = [0, 1, 1, 2, 1].map((p) =>
      q(['甲', '乙', '丙', '丁'].map((t, i) => [t, i === p] as [string, boolean])),
    );
    expect(crowdedPosition(qs)).toEqual({ position: 1, share: 0.6, of: 5 });
  });
});

describe('the question banks', () => {
  it('has 8–10 questions per module, at least half of them applying a rule to a situation', () => {
    for (const b of banks) {
      expect(b.questions.length, b.module).toBeGreaterThanOrEqual(8);
      expect(b.questions.length, b.module).toBeLessThanOrEqual(10);
      const applied = b.questions.filter((q) => q.scenario).length;
      expect(applied * 2, `${b.module}: ${applied} scenario questions`).toBeGreaterThanOrEqual(
        b.questions.length,
      );
    }
  });

  it('spreads single answers: no position holds more than 40% (per module and overall)', () => {
    for (const [name, qs] of [
      ...banks.map((b) => [b.module, b.questions] as const),
      ['all', all] as const,
    ]) {
      const crowded = crowdedPosition(qs);
      if (!crowded) continue;
      expect(
        crowded.share,
        `${name}: ${crowded.share * crowded.of} of ${crowded.of} single answers at position ${'ABCDEF'[crowded.position]}`,
      ).toBeLessThanOrEqual(0.4);
    }
  });

  it('does not repeat one multi-select key pattern', () => {
    const multi = all.filter((q) => q.type === 'multiple');
    const patterns = new Map<string, string[]>();
    for (const q of multi) {
      const p = key(q)
        .map((i) => 'ABCDEF'[i])
        .join('');
      patterns.set(p, [...(patterns.get(p) ?? []), q.id]);
    }
    for (const [p, ids] of patterns)
      expect(ids.length, `key ${p} is used by ${ids.join(', ')}`).toBeLessThanOrEqual(2);
    const firstTwo = multi.filter((q) => key(q)[0] === 0 && key(q)[1] === 1).length;
    expect(
      firstTwo / multi.length,
      `${firstTwo} of ${multi.length} keys start with A and B`,
    ).toBeLessThanOrEqual(0.4);
  });

  it('explanations and prompts refer to options by their text, never by a letter', () => {
    for (const q of all) {
      expect(namesALetter(q.explanation), `${q.id}: ${q.explanation}`).toBe(false);
      expect(namesALetter(q.prompt), `${q.id}: ${q.prompt}`).toBe(false);
    }
  });

  it('an option more than twice as long as the others appears in at most a quarter of a module', () => {
    for (const b of banks) {
      const long = b.questions.filter(hasLongOption).map((q) => q.id);
      expect(long.length * 4, `${b.module}: ${long.join(', ')}`).toBeLessThanOrEqual(
        b.questions.length,
      );
    }
  });
});
