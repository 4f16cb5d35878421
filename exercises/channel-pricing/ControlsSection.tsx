/**
 * 价格执行管控: the floor of each price the company itself sells at (the tier after the
 * producer, and any tier marked 公司直接供货), the approval levels by discount depth, and the
 * 窜货 check between two regions. No floor is offered on a reseller's resale price: the line
 * under the heading says why and links the chapter's section.
 */
import { NumberField } from '../core/ui/NumberField';
import { useId } from 'preact/hooks';
import { exampleLeftovers } from './example-values';
import { setApprovals, setRegions, updateTier } from './edits';
import { companySupplied, type ChannelPricingData } from './model';
import { reading, RULE } from './read';
import { crossRegion } from './regions';
import { CONTROLS as T, REGIONS } from './controls-strings';
import { APPROVAL, SETUP, tierName, tierPriceOption } from './strings';

export interface ControlsSectionProps {
  data: ChannelPricingData;
  readOnly: boolean;
  onChange(data: ChannelPricingData): void;
  /** The chapter 渠道价格体系管理, with the site's base path. */
  chapterHref: string;
}

/** The chapter's heading 「价格管理的边界：哪些可以管，哪些不能管」 as Starlight slugs it. */
export const BOUNDARY_ANCHOR = '#价格管理的边界哪些可以管哪些不能管';

const ROLES = ['rep', 'manager', 'director'] as const;

export function ControlsSection({ data, readOnly, onChange, chapterHref }: ControlsSectionProps) {
  const id = useId();
  const left = exampleLeftovers(data);
  const n = data.tiers.length;
  const basis = SETUP[data.priceBasis];
  const regions = crossRegion(data.regions);
  const region = (key: keyof ChannelPricingData['regions']) => (v: string) =>
    onChange(setRegions(data, { [key]: v }));
  return (
    <section class="cp-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <p class="ws-hint">{T.intro}</p>
      <p class="ws-hint">
        {T.resale}
        <a href={`${chapterHref}${BOUNDARY_ANCHOR}`}>{T.resaleLink}</a>。
      </p>
      <fieldset class="cp-controls" disabled={readOnly}>
        <legend class="ws-sr-only">{T.heading}</legend>
        <fieldset class="cp-choice">
          <legend>{T.floorsCaption}</legend>
          {data.tiers.map((t, i) => {
            if (i === 0 || i === n - 1) return null;
            const company = companySupplied(data.tiers, i);
            const name = tierName(t.name, i);
            return (
              <div key={t.id} class="cp-grid">
                {i > 1 && (
                  <label class="cp-check">
                    <input
                      type="checkbox"
                      checked={t.direct}
                      onChange={(e) =>
                        onChange(updateTier(data, i, { direct: e.currentTarget.checked }))
                      }
                    />
                    <span class="ws-sr-only">{name}：</span>
                    {T.direct}
                  </label>
                )}
                {company ? (
                  <NumberField
                    label={T.floor}
                    srPrefix={T.floorOf(name)}
                    value={t.floor}
                    example={left.has(`tiers.${t.id}.floor`)}
                    parse={reading(RULE.money)}
                    hint={`${T.floorOf(name)}，${T.floorHint(basis)}`}
                    onInput={(floor) => onChange(updateTier(data, i, { floor }))}
                  />
                ) : (
                  t.floor.trim() && <p class="ws-hint">{T.unchecked(t.floor.trim())}</p>
                )}
              </div>
            );
          })}
          {n === 2 && (
            <NumberField
              label={T.floor}
              srPrefix={tierPriceOption(tierName(data.tiers[1].name, 1), true)}
              value={data.tiers[1].floor}
              example={left.has(`tiers.${data.tiers[1].id}.floor`)}
              parse={reading(RULE.money)}
              hint={T.floorHint(basis)}
              onInput={(floor) => onChange(updateTier(data, 1, { floor }))}
            />
          )}
        </fieldset>
        <fieldset class="cp-choice" aria-describedby={`${id}-approvals-hint`}>
          <legend>{T.approvalsLegend}</legend>
          <div class="cp-grid">
            {ROLES.map((role) => (
              <NumberField
                key={role}
                label={T.approvalLimit(APPROVAL.roles[role])}
                value={data.approvals[role]}
                example={left.has(`approvals.${role}`)}
                parse={reading(RULE.extraOff)}
                onInput={(v) => onChange(setApprovals(data, { [role]: v }))}
              />
            ))}
          </div>
          <p id={`${id}-approvals-hint`} class="ws-hint">
            {T.approvalsHint}
          </p>
        </fieldset>
        <fieldset class="cp-choice" aria-describedby={`${id}-regions-hint`}>
          <legend>{REGIONS.legend}</legend>
          <p id={`${id}-regions-hint`} class="ws-hint">
            {REGIONS.hint}
          </p>
          <div class="cp-grid">
            <NumberField
              label={REGIONS.priceA}
              value={data.regions.priceA}
              example={left.has('regions.priceA')}
              parse={reading(RULE.money)}
              onInput={region('priceA')}
            />
            <NumberField
              label={REGIONS.priceB}
              value={data.regions.priceB}
              example={left.has('regions.priceB')}
              parse={reading(RULE.money)}
              onInput={region('priceB')}
            />
            <NumberField
              label={REGIONS.freight}
              value={data.regions.freight}
              example={left.has('regions.freight')}
              parse={reading(RULE.money)}
              onInput={region('freight')}
            />
            <NumberField
              label={REGIONS.handling}
              value={data.regions.handling}
              example={left.has('regions.handling')}
              parse={reading(RULE.money)}
              hint={REGIONS.handlingHint}
              onInput={region('handling')}
            />
          </div>
        </fieldset>
      </fieldset>
      <p
        class={regions.ok && regions.risk ? 'cp-issue' : 'ws-hint'}
        role="status"
        aria-live="polite"
      >
        {regions.ok ? (
          <>
            {regions.risk && <span aria-hidden="true">⚠ </span>}
            {regions.message}
          </>
        ) : (
          <span class="ws-pending">{REGIONS.waiting}</span>
        )}
      </p>
    </section>
  );
}
