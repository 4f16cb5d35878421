/** Where the rounding remainder of a split went: 「按权重不能整除：余数 1 家计入张伟。」 */
import { formatAmount, type Remainder } from './model';
import { CASCADE as T } from './cascade-strings';

interface Props {
  remainder: Remainder;
  names: readonly string[];
  unit: string;
}

export function RemainderNote({ remainder, names, unit }: Props) {
  return (
    <p class="ws-hint sg-remainder">
      {T.remainder(formatAmount(remainder.amount, unit), names, formatAmount(remainder.step, unit))}
    </p>
  );
}
