/**
 * The frame every worksheet view sits in: document bar, notices, the shared-link banner,
 * then the worksheet itself, then export / import / share.
 *
 * The worksheet is rendered through `children(doc, readOnly)`; it is read-only until
 * storage has been read (and while viewing someone else's shared link).
 */
import type { ComponentChildren } from 'preact';
import type { WorksheetDocument } from '../document';
import { SHELL_TEXT as T } from '../strings';
import { DocumentBar } from './DocumentBar';
import { Notices } from './Notices';
import { TransferBar } from './TransferBar';
import type { Worksheet } from './useWorksheet';
import './worksheet.css';

interface Props<D> {
  ws: Worksheet<D>;
  /** Accessible name of the whole worksheet, e.g. 「SMART 目标制定」. */
  label: string;
  children(doc: WorksheetDocument<D>, readOnly: boolean): ComponentChildren;
}

export function WorksheetShell<D>({ ws, label, children }: Props<D>) {
  const { actions } = ws;
  const sharedDoc = ws.shared && 'doc' in ws.shared ? ws.shared.doc : null;
  const sharedError = ws.shared && 'error' in ws.shared ? ws.shared.error : null;
  const doc = sharedDoc ?? ws.current;

  return (
    <section class="ws not-content" aria-label={label}>
      {sharedDoc ? (
        <div
          class="ws-notice ws-shared"
          role="region"
          aria-label={T.shared.heading(sharedDoc.title)}
        >
          <p>
            <strong>{T.shared.heading(sharedDoc.title)}</strong>
          </p>
          <span class="ws-buttons">
            <button type="button" class="ws-primary" onClick={actions.saveSharedCopy}>
              {T.shared.saveCopy}
            </button>
            <button type="button" onClick={actions.closeShared}>
              {T.shared.close}
            </button>
          </span>
        </div>
      ) : (
        <DocumentBar
          ready={ws.ready}
          docs={ws.docs}
          current={ws.current}
          isDraft={ws.isDraft}
          status={ws.status}
          message={ws.message}
          onSelect={actions.select}
          onCreate={actions.create}
          onRename={actions.rename}
          onDuplicate={actions.duplicate}
          onRemove={actions.remove}
        />
      )}
      {sharedError && (
        <div class="ws-notice ws-notice-warn" role="alert">
          <p>
            <strong>{T.shared.error}</strong>：{sharedError}
          </p>
          <button type="button" onClick={actions.closeShared}>
            {T.shared.close}
          </button>
        </div>
      )}
      <Notices
        notice={ws.notice}
        problems={ws.problems}
        reminder={ws.reminder}
        onExport={actions.exportCurrent}
        onExportProblem={actions.exportProblem}
        onDiscardProblem={actions.discardProblem}
        onDismissReminder={actions.dismissReminder}
      />
      <div class="ws-body">{children(doc, !ws.ready || sharedDoc !== null)}</div>
      {!sharedDoc && (
        <TransferBar
          ready={ws.ready}
          message={ws.transferMessage}
          onExport={actions.exportCurrent}
          onImportFile={(file) => void actions.importFile(file)}
          onShareLink={actions.shareLink}
          onMessage={actions.setTransferMessage}
        />
      )}
    </section>
  );
}
