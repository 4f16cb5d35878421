/**
 * Channel pricing worksheet island (core/ui/WorksheetIsland.tsx: the frame's options, the hook
 * and the shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import { cloneData } from '../core/document';
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
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
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={channelPricingWorksheet}
      label={TITLE}
      example={() => ({ data: cloneData(EXAMPLE), title: EXAMPLE_TITLE })}
      sheets={() => import('./sheet').then((m) => m.channelPricingSheets)}
    >
      {(doc, readOnly, ws) => (
        <PricingForm
          data={doc.data}
          readOnly={readOnly}
          onChange={(data) => ws.actions.update(data)}
          chapterHref={chapterHref}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}
