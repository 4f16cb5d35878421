/**
 * Notices above a worksheet: storage only in memory, data that could not be read, and the
 * gentle reminder to export. Each offers the export that protects the learner's work.
 */
import type { StoreProblem } from '../store';
import type { StorageNotice } from '../storage';
import { SHELL_TEXT as T } from '../strings';

interface Props {
  notice: StorageNotice | null;
  problems: readonly StoreProblem[];
  reminder: boolean;
  onExport(): void;
  onExportProblem(problem: StoreProblem): void;
  onDiscardProblem(problem: StoreProblem): void;
  onDismissReminder(): void;
}

export function Notices(props: Props) {
  return (
    <>
      {props.notice && (
        <div class="ws-notice ws-notice-warn" role="alert">
          <p>{props.notice.kind === 'full' ? T.notice.full : T.notice.blocked}</p>
          <button type="button" onClick={props.onExport}>
            {T.notice.exportNow}
          </button>
        </div>
      )}
      {props.problems.length > 0 && (
        <div class="ws-notice ws-notice-warn" role="region" aria-label={T.problems.heading}>
          <p>
            <strong>{T.problems.heading}</strong>
          </p>
          <ul>
            {props.problems.map((problem) => (
              <li key={problem.key}>
                <span>{problem.message}</span>
                <span class="ws-buttons">
                  <button type="button" onClick={() => props.onExportProblem(problem)}>
                    {T.problems.exportRaw}
                  </button>
                  <button type="button" onClick={() => props.onDiscardProblem(problem)}>
                    {T.problems.discard}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.reminder && !props.notice && (
        <div class="ws-notice" role="note">
          <p>{T.reminder.text}</p>
          <span class="ws-buttons">
            <button type="button" onClick={props.onExport}>
              {T.reminder.exportNow}
            </button>
            <button type="button" onClick={props.onDismissReminder}>
              {T.reminder.dismiss}
            </button>
          </span>
        </div>
      )}
    </>
  );
}
