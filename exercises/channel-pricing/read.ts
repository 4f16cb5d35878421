/**
 * How each kind of field is read: the input convention (元 to 分, %, 折, whole units), its
 * limits, and the note that says how a value typed in another form was read. Plain numbers,
 * no decimal library: the inputs and their checks work as soon as the worksheet does, before
 * the arithmetic (money.ts, big.js) has loaded. Exact because every accepted value is at most
 * 1e9 with at most four decimals (two for money, four only for the unit cost), and such a
 * number prints back as the digits that were typed.
 */
import { NUMBER_TEXT } from '../core/strings';
import { formatDecimal, parseNumberInput, quantityInput, type QuantityKind } from '../core/numbers';
import { INPUT } from './strings';
import type { NumberReading } from '../core/numbers';

export interface FieldRule {
  /** yuan: 元, at most `decimals` places · percent: a number of %, a trailing % is fine ·
   *  zhe: a number of 折 (6 = 6 折 = 60 %), a trailing 折 is fine, % is refused · count: whole units. */
  unit: 'yuan' | 'percent' | 'zhe' | 'count';
  decimals: number;
  min?: number;
  max?: number;
  /** The value must stay below this (a margin of 100 % would need an infinite price). */
  below?: number;
  /** Message when the value reaches `below` or exceeds `max`. */
  tooHigh?: string;
}

export const RULE = {
  money: { unit: 'yuan', decimals: 2, max: 1e9 },
  /** Cheap goods are costed below 1 分 (0.3456 元); prices stay at 分. */
  unitCost: { unit: 'yuan', decimals: 4, max: 1e9 },
  vat: { unit: 'percent', decimals: 2, max: 100 },
  markup: { unit: 'percent', decimals: 2, max: 1000 },
  margin: { unit: 'percent', decimals: 2, below: 100, tooHigh: INPUT.marginTooHigh },
  extraOff: { unit: 'percent', decimals: 2, max: 100 },
  zhe: { unit: 'zhe', decimals: 2, max: 10, tooHigh: INPUT.zheTooHigh },
  count: { unit: 'count', decimals: 0, min: 1, max: 1e9 },
  days: { unit: 'count', decimals: 0, min: 0, max: 3650 },
} as const satisfies Record<string, FieldRule>;

/** Core's kind of quantity for each unit: its input rule (currency marks, %, decimals). */
const KIND: Record<FieldRule['unit'], QuantityKind> = {
  yuan: 'money',
  percent: 'percent',
  zhe: 'number',
  count: 'count',
};

export type FieldResult =
  { ok: true; value: number } | { ok: false; empty: boolean; message: string };

const fail = (message: string, empty = false): FieldResult => ({ ok: false, empty, message });

/** Digits after the decimal point as typed, trailing zeros ignored ("1,299.00" → 0). */
function typedDecimals(text: string): number {
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/** A limit as written in a message: 1,000,000,000. */
function plain(n: number): string {
  return (n < 0 ? '-' : '') + formatDecimal(Math.abs(n), 4);
}

/**
 * Read a typed value by the field's rule. Core's rule for the field's kind of quantity handles
 * full-width digits, thousands separators, ¥/元 (money only), % (percent only), whole numbers
 * (counts) and exponent refusal; the limits and units here are ours.
 */
export function readField(raw: string, rule: FieldRule): FieldResult {
  let text = (raw ?? '').normalize('NFKC').trim();
  if (rule.unit === 'zhe') {
    if (/%$/.test(text)) return fail(INPUT.zhePercent);
    text = text.replace(/\s*折$/, '');
  }
  const parsed = parseNumberInput(
    text,
    quantityInput(KIND[rule.unit], { allowNegative: (rule.min ?? 0) < 0 }),
  );
  if (!parsed.ok) return fail(parsed.message, parsed.reason === 'empty');
  if (typedDecimals(text) > rule.decimals) {
    const yuan = rule.unit === 'yuan';
    return fail(
      yuan && rule.decimals === 2
        ? INPUT.moneyDecimals
        : yuan
          ? INPUT.costDecimals
          : INPUT.decimals(rule.decimals),
    );
  }
  const value = parsed.value;
  if (rule.min !== undefined && value < rule.min) return fail(NUMBER_TEXT.min(plain(rule.min)));
  if (rule.below !== undefined && value >= rule.below) return fail(rule.tooHigh ?? INPUT.below);
  if (rule.max !== undefined && value > rule.max) {
    return fail(rule.tooHigh ?? NUMBER_TEXT.max(plain(rule.max)));
  }
  return { ok: true, value };
}

/** 1,200 */
export function formatCount(n: number): string {
  return (n < 0 ? '-' : '') + formatDecimal(Math.abs(n), 0);
}

/**
 * How a value typed in another form was read («¥1,299» → «按 1,299.00 计算»), or null when
 * the text already is the plain number (units like % and 折 aside). `result` is what
 * readField gave for the same text, when the caller has it already.
 */
export function readAs(
  raw: string,
  rule: FieldRule,
  result: FieldResult = readField(raw, rule),
): string | null {
  if (!result.ok) return null;
  const bare = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[%折元]$/, '');
  const typed = String(result.value);
  if (bare === typed) return null;
  const shown =
    rule.unit === 'yuan'
      ? formatDecimal(result.value, rule.decimals, 2)
      : rule.unit === 'zhe'
        ? INPUT.zheValue(typed)
        : rule.unit === 'percent'
          ? `${typed}%`
          : formatCount(result.value);
  return INPUT.readAs(shown);
}

/** A number field's reading of its text by `rule` (core's NumberField `parse`). */
export function reading(rule: FieldRule): (raw: string) => NumberReading {
  return (raw) => {
    const result = readField(raw, rule);
    return {
      error: !result.ok && !result.empty ? result.message : null,
      empty: !result.ok && result.empty,
      note: readAs(raw, rule, result),
    };
  };
}
