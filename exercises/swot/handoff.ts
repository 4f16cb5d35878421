/**
 * Handing a TOWS strategy to the SMART goal worksheet: a partial SMART body carried in
 * `<smartGoalHref>#new=<payload>`, where the payload is core's `#new=` format,
 * lz-string `compressToEncodedURIComponent(JSON.stringify({ exercise: 'smart-goal',
 * schemaVersion, data }))`. The SMART page lays `data` over a fresh goal and validates it.
 */
import type { ShareLinkResult } from '../core/share';
import type { SmartGoalData } from '../smart-goal/schema';
import { SCHEMA_VERSION as SMART_SCHEMA_VERSION } from '../smart-goal/shape';
import {
  oneLine,
  resolveRefs,
  shorten,
  type Strategy,
  type StrategyGroup,
  type SwotData,
} from './model';
import { DEFAULT_SMART_GOAL_HREF } from './basics';
import { SMART } from './strings';

export const SMART_GOAL_EXERCISE = 'smart-goal';
export { DEFAULT_SMART_GOAL_HREF };

/** 目标名称 stays short; 具体描述 is capped so the link stays well under the URL limit. */
export const PREFILL_LIMITS = { name: 40, specific: 1500 } as const;

export type SmartPrefill = Partial<Pick<SmartGoalData, 'name' | 'specific'>>;

/**
 * The SMART fields a strategy fills in: 目标名称 from the strategy, 具体描述 from the
 * strategy, 分析对象 and the items it builds on. Empty fields are left out. 分析对象 is what
 * was analysed, not the goal this one supports, so 关联的上级目标 is left for the learner
 * (the TOWS section says so, and the SMART page's R check asks for it).
 */
export function smartPrefill(data: SwotData, g: StrategyGroup, strategy: Strategy): SmartPrefill {
  const text = oneLine(strategy.text);
  const subject = oneLine(data.subject);
  const basis = resolveRefs(data, g, strategy).flatMap((r) =>
    r.status === 'deleted' ? [] : [`- ${SMART.item(r.quadrant, oneLine(r.item.text))}`],
  );
  const specific = [
    text,
    ...(subject ? [SMART.subject(subject)] : []),
    ...(basis.length ? ['', SMART.basis(g), ...basis] : []),
  ]
    .join('\n')
    .trim();
  const prefill: SmartPrefill = {};
  if (text) prefill.name = shorten(text, PREFILL_LIMITS.name);
  if (specific) prefill.specific = capText(specific, PREFILL_LIMITS.specific);
  return prefill;
}

/**
 * `<base>#new=…` that opens the SMART worksheet with the strategy prefilled. The link code
 * (lz-string) is loaded the first time a strategy needs a link, not with the worksheet.
 */
export async function smartGoalLink(
  data: SwotData,
  g: StrategyGroup,
  strategy: Strategy,
  base: string = DEFAULT_SMART_GOAL_HREF,
): Promise<ShareLinkResult> {
  const { encodeNewLink } = await import('../core/share');
  return encodeNewLink(
    SMART_GOAL_EXERCISE,
    SMART_SCHEMA_VERSION,
    smartPrefill(data, g, strategy),
    base,
  );
}

function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
