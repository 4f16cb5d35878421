/**
 * The buying tier a result is about (数量折扣, 促销价与区域价): every tier after the producer,
 * the last one named as the retail price.
 */
import type { Tier } from './model';
import { tierName, tierPriceOption } from './strings';

export interface TierPickerProps {
  id: string;
  label: string;
  /** Words only screen readers hear before the label (the scenario's name). */
  srPrefix?: string;
  tiers: readonly Tier[];
  /** The picked tier's index in `tiers`. */
  index: number;
  onPick(tierId: string): void;
}

export function TierPicker({ id, label, srPrefix, tiers, index, onPick }: TierPickerProps) {
  const n = tiers.length;
  return (
    <div class="ws-field">
      <label class="ws-label" for={id}>
        {srPrefix && <span class="ws-sr-only">{srPrefix} </span>}
        {label}
      </label>
      <select
        id={id}
        value={tiers[index]?.id ?? ''}
        onChange={(e) => onPick(e.currentTarget.value)}
      >
        {tiers.slice(1).map((t, j) => (
          <option key={t.id} value={t.id}>
            {tierPriceOption(tierName(t.name, j + 1), j + 1 === n - 1)}
          </option>
        ))}
      </select>
    </div>
  );
}
