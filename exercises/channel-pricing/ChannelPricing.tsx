/**
 * Channel pricing worksheet island. The frame mounts it with `client:visible` and decides the
 * storage namespace; the core hook does the rest (loading after hydration, autosave, other
 * tabs, flushing on pagehide, import/export and share links).
 */
import { cloneData } from '../core/document';
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { channelPricingWorksheet } from './basics';
import { EXAMPLE, EXAMPLE_TITLE } from './model';
import { PricingForm } from './PricingForm';
import { TITLE } from './strings';
import './channel-pricing.css';

/** Where the chapter 渠道价格体系管理 is; the frame passes it with the site's base path. */
export const DEFAULT_CHAPTER_HREF = '/channels/pricing/';

interface Props extends FrameProps {
  chapterHref?: string;
}

export default function ChannelPricing({ chapterHref = DEFAULT_CHAPTER_HREF, ...frame }: Props) {
  const ws = useWorksheet(
    channelPricingWorksheet,
    frameOptions(frame, () => ({ data: cloneData(EXAMPLE), title: EXAMPLE_TITLE })),
  );

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.channelPricingSheets)}
    >
      {(doc, readOnly) => (
        <PricingForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          chapterHref={chapterHref}
          onLoadExample={() =>
            ws.actions.loadExample({ data: cloneData(EXAMPLE), title: EXAMPLE_TITLE })
          }
        />
      )}
    </WorksheetShell>
  );
}
