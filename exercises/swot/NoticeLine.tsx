/** The status line of a quadrant or TOWS group: a polite live region, then 撤销 if offered. */
import type { Editor } from './editor';
import { UNDO } from './strings';

export function NoticeLine({ ed, scope }: { ed: Editor; scope: string }) {
  const notice = ed.notice?.scope === scope ? ed.notice : null;
  return (
    <div class="swot-notice">
      <p role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
      {notice?.undo && (
        <button type="button" onClick={ed.undo}>
          {UNDO}
        </button>
      )}
    </div>
  );
}
