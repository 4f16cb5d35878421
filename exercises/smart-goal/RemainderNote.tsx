/** Where the rounding remainder of a split went: 「按权重不能整除：余数 1 家计入张伟。」 */
import { formatAmount, type Remainder } from './model';
import { CASCADE as T } from './cascade-strings';

interface Props {
  /** The period whose sub-periods were split, when it is not the top split. */
  period?: string;
  remainder: Remainder;
  names: readonly string[];
  unit: string;
}

export function RemainderNote({ period, remainder, names, unit }: Props) {
  const amount = formatAmount(remainder.amount, unit);
  const step = formatAmount(remainder.step, unit);
  return (
    <p class="ws-hint sg-remainder">
      {period ? T.subRemainder(period, amount, names, step) : T.remainder(amount, names, step)}
    </p>
  );
}
