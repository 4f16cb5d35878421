/**
 * Channel pricing worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the core hook does the rest (loading after hydration, autosave, other
 * tabs, flushing on pagehide, import/export and share links).
 */
import { cloneData } from '../core/document';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { channelPricingDefinition } from './definition';
import { EXAMPLE, EXAMPLE_TITLE, isBlank } from './model';
import { PricingForm } from './PricingForm';
import { FORM, TITLE } from './strings';
import './channel-pricing.css';

interface Props {
  /** Storage namespace, e.g. a workshop code; default `default`. */
  namespace?: string;
}

export default function ChannelPricing({ namespace }: Props) {
  const ws = useWorksheet(channelPricingDefinition, { namespace });

  return (
    <WorksheetShell ws={ws} label={TITLE}>
      {(doc, readOnly) => (
        <PricingForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={() => {
            // Never overwrite someone's work: a filled worksheet gets the example as a new document.
            const example = cloneData(EXAMPLE);
            if (isBlank(doc.data)) ws.actions.update(example, EXAMPLE_TITLE);
            else ws.actions.createWith(example, EXAMPLE_TITLE, FORM.exampleInNewDoc);
          }}
        />
      )}
    </WorksheetShell>
  );
}
