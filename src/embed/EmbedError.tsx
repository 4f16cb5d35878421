/** An embed address with a bad workshop code: why, and a link to the page without it. */
import type { WorkshopCodeResult } from '../../exercises/core/workshop';
import { WORKSHOP_TEXT as T, workshopCodeMessage } from '../../exercises/core/workshop-strings';

export function EmbedError({
  refused,
  plainHref,
}: {
  refused: Extract<WorkshopCodeResult, { ok: false }>;
  plainHref: string;
}) {
  return (
    <div class="embed-error" role="alert">
      <p>{T.badLink(workshopCodeMessage(refused))}</p>
      <p>
        <a href={plainHref}>{T.withoutCode}</a>
      </p>
    </div>
  );
}
