/**
 * The merged view of several SWOT analyses: per quadrant, items that say the same thing are
 * grouped and counted by the number of participants who named them.
 *
 * "The same" is decided on normalised text (full-width/half-width, case, spaces and
 * punctuation ignored) and, for near-identical wording, one extra or missing character in
 * an item of at least four characters ("渠道覆盖广" / "渠道覆盖面广") — unless that character
 * is a negation (不, 没, 无, 非, 未), which turns the meaning around. Substitutions are never
 * merged: "价格高" and "价格低" stay apart. Pure: no DOM.
 */
import type { SwotData } from '../swot/schema';
import { QUADRANTS, type Quadrant } from '../swot/shape';

/** Text as compared: NFKC (full-width → half-width), lower case, no spaces or punctuation. */
export function normalizeItem(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

const NEGATIONS = new Set(['不', '没', '无', '非', '未']);
/** Shortest normalised text that near-identical matching applies to. */
const NEAR_MIN = 4;

/** True when `long` is `short` with one more character inserted, and that is no negation. */
function oneInsertion(short: string, long: string): boolean {
  const a = [...short];
  const b = [...long];
  if (b.length !== a.length + 1 || a.length < NEAR_MIN) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (NEGATIONS.has(b[i])) return false;
  return a.slice(i).join('') === b.slice(i + 1).join('');
}

/** Same item after normalisation, or one harmless character apart. */
export function sameItem(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length < b.length ? oneInsertion(a, b) : oneInsertion(b, a);
}

export interface Mention {
  /** Who wrote it (index of the participant's document). */
  participant: number;
  text: string;
}

export interface ItemGroup {
  /** The wording most participants used (the first seen on a tie). */
  label: string;
  /** Distinct participants who named it. */
  count: number;
  /** Every distinct wording, most used first. */
  variants: string[];
  participants: number[];
}

/** Group mentions that say the same thing; most named first, then in order of appearance. */
export function groupMentions(mentions: readonly Mention[]): ItemGroup[] {
  type Work = { keys: string[]; mentions: Mention[]; first: number };
  const groups: Work[] = [];
  mentions.forEach((m, order) => {
    const key = normalizeItem(m.text);
    if (!key) return;
    const group = groups.find((g) => g.keys.some((k) => sameItem(k, key)));
    if (group) {
      group.mentions.push(m);
      if (!group.keys.includes(key)) group.keys.push(key);
    } else {
      groups.push({ keys: [key], mentions: [m], first: order });
    }
  });
  const out = groups.map((g) => {
    const uses = new Map<string, Set<number>>();
    for (const m of g.mentions) {
      const text = m.text.trim().replace(/\s+/g, ' ');
      if (!uses.has(text)) uses.set(text, new Set());
      uses.get(text)!.add(m.participant);
    }
    const variants = [...uses.entries()]
      .map(([text, who], i) => ({ text, n: who.size, i }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((v) => v.text);
    const participants = [...new Set(g.mentions.map((m) => m.participant))].sort((a, b) => a - b);
    return {
      label: variants[0],
      count: participants.length,
      variants,
      participants,
      first: g.first,
    };
  });
  out.sort((a, b) => b.count - a.count || a.first - b.first);
  return out.map(({ first: _first, ...group }) => group);
}

/** The merged SWOT: per quadrant, the grouped items of every participant. */
export function mergeSwot(docs: readonly SwotData[]): Record<Quadrant, ItemGroup[]> {
  const merged = {} as Record<Quadrant, ItemGroup[]>;
  for (const q of QUADRANTS) {
    merged[q] = groupMentions(
      docs.flatMap((data, participant) =>
        data.items[q].map((item) => ({ participant, text: item.text })),
      ),
    );
  }
  return merged;
}
