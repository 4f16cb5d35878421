/**
 * Notices above a worksheet: storage only in memory, data that could not be read, and the
 * gentle reminder to export. Each offers the export that protects the learner's work. Loaded
 * by the shell when there is something to say; so is SharedNotice below, for shared links.
 */
import { NOTICE_TEXT as T } from '../notice-strings';
import type { StoreProblem } from '../store';
import type { StorageNotice } from '../storage';

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

interface SharedProps {
  /** The document of the link being viewed, or why the link cannot be opened. */
  shared: { doc: { title: string } } | { error: string };
  /** The document is what a `#new=` link would start: ask before creating it. */
  fromNewLink?: boolean;
  onSaveCopy(): void;
  onClose(): void;
}

/**
 * A shared link: viewed read-only with 保存为我的副本, or the reason it cannot be opened. A
 * `#new=` link's content is shown the same way, with 新建文档 / 不新建.
 */
export function SharedNotice({ shared, fromNewLink = false, onSaveCopy, onClose }: SharedProps) {
  if ('error' in shared)
    return (
      <div class="ws-notice ws-notice-warn" role="alert">
        <p>
          <strong>{T.shared.error}</strong>：{shared.error}
        </p>
        <button type="button" onClick={onClose}>
          {T.shared.close}
        </button>
      </div>
    );
  // A #new= link asks before it creates anything; a #share= link offers a copy.
  const text = fromNewLink
    ? { heading: T.newLink.heading, save: T.newLink.create, close: T.newLink.decline }
    : {
        heading: T.shared.heading(shared.doc.title),
        save: T.shared.saveCopy,
        close: T.shared.close,
      };
  return (
    <div class="ws-notice ws-shared" role="region" aria-label={text.heading}>
      <p>
        <strong>{text.heading}</strong>
      </p>
      {fromNewLink && <p>{T.newLink.intro}</p>}
      <span class="ws-buttons">
        <button type="button" class="ws-primary" onClick={onSaveCopy}>
          {text.save}
        </button>
        <button type="button" onClick={onClose}>
          {text.close}
        </button>
      </span>
    </div>
  );
}
