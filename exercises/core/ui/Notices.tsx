/**
 * Notices above a worksheet: storage only in memory, data that could not be read, and the
 * gentle reminder to export. Each offers the export that protects the learner's work. Loaded
 * by the shell when there is something to say; so is SharedNotice below, for shared links.
 */
import { useEffect, useState } from 'preact/hooks';
import { NOTICE_TEXT as T } from '../notice-strings';
import type { WorksheetState } from '../controller';
import { createLocalStorageEngine, type StorageEngine } from '../storage';
import type { Actions } from './useWorksheet';

interface Props {
  /** What the notices show and do: storage, problems, reminder and the actions they offer. */
  ws: Pick<WorksheetState<unknown>, 'notice' | 'problems' | 'reminder'> & {
    actions: Pick<
      Actions<unknown>,
      'exportCurrent' | 'exportProblem' | 'discardProblem' | 'dismissReminder' | 'adoptStorage'
    >;
  };
}

type AccessDocument = Document & {
  requestStorageAccess?: (types?: { localStorage?: boolean }) => Promise<unknown>;
};

/** True in a frame whose browser offers the Storage Access API. */
function offersStorageAccess(): boolean {
  return (
    window.parent !== window &&
    typeof (document as AccessDocument).requestStorageAccess === 'function'
  );
}

/**
 * Ask the browser for this site's own storage (after a tap). Chromium hands back a handle with
 * the unpartitioned localStorage; other browsers open the frame's own localStorage.
 */
async function requestStorage(): Promise<StorageEngine | null> {
  try {
    const handle = (await (document as AccessDocument).requestStorageAccess?.({
      localStorage: true,
    })) as { localStorage?: Storage } | undefined;
    return createLocalStorageEngine(() => handle?.localStorage ?? globalThis.localStorage);
  } catch {
    return null;
  }
}

/** The storage-access part of the memory notice: explanation, 允许保存, and a refusal said. */
function StorageAccess({ onAdopt }: { onAdopt: Props['ws']['actions']['adoptStorage'] }) {
  const [offered, setOffered] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => setOffered(offersStorageAccess()), []);
  if (!offered) return null;
  async function allow() {
    const primary = await requestStorage();
    setRefused(!primary || !onAdopt(primary, T.notice.allowed));
  }
  return (
    <>
      <p>{T.notice.access}</p>
      {refused && <p>{T.notice.refused}</p>}
      <button type="button" class="ws-primary" onClick={() => void allow()}>
        {T.notice.allow}
      </button>
    </>
  );
}

export function Notices({ ws }: Props) {
  const { actions } = ws;
  return (
    <>
      {ws.notice && (
        <div class="ws-notice ws-notice-warn" role="alert">
          <p>{ws.notice.kind === 'full' ? T.notice.full : T.notice.blocked}</p>
          {ws.notice.kind === 'blocked' && <StorageAccess onAdopt={actions.adoptStorage} />}
          <button type="button" onClick={actions.exportCurrent}>
            {T.notice.exportNow}
          </button>
        </div>
      )}
      {ws.problems.length > 0 && (
        <div class="ws-notice ws-notice-warn" role="region" aria-label={T.problems.heading}>
          <p>
            <strong>{T.problems.heading}</strong>
          </p>
          <ul>
            {ws.problems.map((problem) => (
              <li key={problem.key}>
                <span>{problem.message}</span>
                <span class="ws-buttons">
                  <button type="button" onClick={() => actions.exportProblem(problem)}>
                    {T.problems.exportRaw}
                  </button>
                  <button type="button" onClick={() => actions.discardProblem(problem)}>
                    {T.problems.discard}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {ws.reminder && !ws.notice && (
        <div class="ws-notice" role="note">
          <p>{T.reminder.text}</p>
          <span class="ws-buttons">
            <button type="button" onClick={actions.exportCurrent}>
              {T.reminder.exportNow}
            </button>
            <button type="button" onClick={actions.dismissReminder}>
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
