/**
 * The edits the tier editor, the scenarios and the quantity breaks perform: pure functions of
 * the data. Apart from model.ts because those parts load after the island (PricingForm).
 * Lists stop at LIST_MAX (core/limits.ts), which the schema checks: what is typed always loads.
 */
import { LIST_MAX } from '../core/limits';
import { tier } from './model';
import type { Break, ChannelPricingData, Scenario, Tier } from './schema';

/** The next free id with this prefix: t5 after t1…t4, never reusing a removed one's number. */
function nextId(prefix: string, ids: readonly string[]): string {
  const used = ids.map((id) => Number(id.slice(prefix.length))).filter(Number.isInteger);
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

/** A new tier goes just before the final buyer: that is where a new middleman sits. */
export function addTier(data: ChannelPricingData, name: string): ChannelPricingData {
  if (data.tiers.length >= LIST_MAX) return data;
  const id = nextId(
    't',
    data.tiers.map((t) => t.id),
  );
  const at = data.tiers.length >= 2 ? data.tiers.length - 1 : data.tiers.length;
  const tiers = [...data.tiers.slice(0, at), tier(id, name), ...data.tiers.slice(at)];
  return { ...data, tiers };
}

export function updateTier(
  data: ChannelPricingData,
  index: number,
  patch: Partial<Omit<Tier, 'id'>>,
): ChannelPricingData {
  return { ...data, tiers: data.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

/** Remove a tier; settings that pointed at it fall back to their defaults. */
export function removeTier(data: ChannelPricingData, index: number): ChannelPricingData {
  const gone = data.tiers[index]?.id;
  if (gone === undefined) return data;
  const clear = (id: string) => (id === gone ? '' : id);
  return {
    ...data,
    tiers: data.tiers.filter((_, i) => i !== index),
    volume: { ...data.volume, tierId: clear(data.volume.tierId) },
    scenarios: data.scenarios.map((s) => ({ ...s, tierId: clear(s.tierId) })),
  };
}

/** Move a tier one place up (−1) or down (+1); out of range is a no-op. */
export function moveTier(
  data: ChannelPricingData,
  index: number,
  delta: -1 | 1,
): ChannelPricingData {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= data.tiers.length || index >= data.tiers.length) return data;
  const tiers = [...data.tiers];
  [tiers[index], tiers[to]] = [tiers[to], tiers[index]];
  return { ...data, tiers };
}

export function setVolume(
  data: ChannelPricingData,
  patch: Partial<Omit<ChannelPricingData['volume'], 'breaks'>>,
): ChannelPricingData {
  return { ...data, volume: { ...data.volume, ...patch } };
}

export function addBreak(data: ChannelPricingData): ChannelPricingData {
  if (data.volume.breaks.length >= LIST_MAX) return data;
  const breaks = [...data.volume.breaks, { above: '', discount: '' }];
  return { ...data, volume: { ...data.volume, breaks } };
}

export function updateBreak(
  data: ChannelPricingData,
  index: number,
  patch: Partial<Break>,
): ChannelPricingData {
  const breaks = data.volume.breaks.map((b, i) => (i === index ? { ...b, ...patch } : b));
  return { ...data, volume: { ...data.volume, breaks } };
}

export function removeBreak(data: ChannelPricingData, index: number): ChannelPricingData {
  const breaks = data.volume.breaks.filter((_, i) => i !== index);
  return { ...data, volume: { ...data.volume, breaks } };
}

/** A new scenario cuts the retail price until told otherwise. */
export function addScenario(data: ChannelPricingData, name: string): ChannelPricingData {
  if (data.scenarios.length >= LIST_MAX) return data;
  const id = nextId(
    's',
    data.scenarios.map((s) => s.id),
  );
  const last = data.tiers[data.tiers.length - 1]?.id ?? '';
  return { ...data, scenarios: [...data.scenarios, { id, name, tierId: last, extraOff: '' }] };
}

export function updateScenario(
  data: ChannelPricingData,
  index: number,
  patch: Partial<Omit<Scenario, 'id'>>,
): ChannelPricingData {
  return {
    ...data,
    scenarios: data.scenarios.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  };
}

export function removeScenario(data: ChannelPricingData, index: number): ChannelPricingData {
  return { ...data, scenarios: data.scenarios.filter((_, i) => i !== index) };
}

export function setApprovals(
  data: ChannelPricingData,
  patch: Partial<ChannelPricingData['approvals']>,
): ChannelPricingData {
  return { ...data, approvals: { ...data.approvals, ...patch } };
}

export function setRegions(
  data: ChannelPricingData,
  patch: Partial<ChannelPricingData['regions']>,
): ChannelPricingData {
  return { ...data, regions: { ...data.regions, ...patch } };
}
