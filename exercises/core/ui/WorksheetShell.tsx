/**
 * The frame every worksheet view sits in: document bar, notices, the shared-link banner,
 * then the worksheet itself, then export / import / share and 打印空白表.
 *
 * The worksheet is rendered through `children(doc, readOnly)`; it is read-only until
 * storage has been read (and while viewing someone else's shared link).
 *
 * Printing: the page's own print (打印本页) prints the open document; worksheet.css hides
 * the controls and prints each text field in full. 打印空白表 renders the view once more with
 * a fresh document (`ws.blank()`, read-only, `.ws-blank` for writing space), calls
 * `window.print()`, and brings the learner's document back on `afterprint` (or on a button,
 * for browsers that never send it). Nothing is saved or changed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { WorksheetMessage } from '../controller';
import type { WorksheetDocument } from '../document';
import { documentFileName } from '../files';
import { IN_APP_UA } from '../in-app';
import type { SheetsOf } from '../sheets';
import { SHELL_TEXT as T } from '../strings';
import { DocumentBar } from './DocumentBar';
import { LoadFailed, useLazy } from './lazy';
import { TransferBar } from './TransferBar';
import type { Worksheet } from './useWorksheet';
import './worksheet.css';

interface Props<D> {
  ws: Worksheet<D>;
  /** Accessible name of the whole worksheet, e.g. 「SMART 目标制定」. */
  label: string;
  children(doc: WorksheetDocument<D>, readOnly: boolean): ComponentChildren;
  /** Offer 打印空白表 (default). A worksheet that draws its own blank sheet turns this off. */
  printBlank?: boolean;
  /** Frame options (the embed route): the document is read-only (`?lock=1`). */
  locked?: boolean;
  /** Frame options: the workshop code of this namespace, which offers 下一位参与者. */
  workshop?: string | null;
  /**
   * The worksheet's spreadsheet description (its `sheet.ts`), loaded on 导出 Excel / 导出 CSV;
   * without it those buttons are not offered.
   */
  sheets?: () => Promise<SheetsOf<D>>;
}

export function WorksheetShell<D>({
  ws,
  label,
  children,
  printBlank = true,
  locked = false,
  workshop = null,
  sheets,
}: Props<D>) {
  const { actions } = ws;
  const sharedDoc = ws.shared && 'doc' in ws.shared ? ws.shared.doc : null;
  const sharedError = ws.shared && 'error' in ws.shared ? ws.shared.error : null;
  const doc = sharedDoc ?? ws.current;
  const id = useId();
  const [blank, setBlank] = useState<WorksheetDocument<D> | null>(null);
  // Workshop mode (下一位参与者) loads only when a workshop code is in use, the notices when
  // there is something to say.
  const workshopBar = useLazy(() => import('./WorkshopBar'), !!workshop && !locked);
  const notices = useLazy(
    () => import('./Notices'),
    !!ws.shared || !!ws.notice || ws.problems.length > 0 || ws.reminder,
  );
  const views = notices === 'failed' ? null : notices;
  // In 微信 and other in-app browsers: how to hand work in (read after mount, not on the server).
  const [userAgent, setUserAgent] = useState('');
  useEffect(() => setUserAgent(navigator.userAgent), []);
  const inApp = useLazy(() => import('./InAppNotice'), !locked && IN_APP_UA.test(userAgent));
  const failed = workshopBar === 'failed' || notices === 'failed' || inApp === 'failed';

  async function exportSheets(kind: 'xlsx' | 'csv'): Promise<WorksheetMessage> {
    if (!sheets) return { text: T.transfer.sheetFailed, tone: 'error' };
    try {
      const [describe, io] = await Promise.all([sheets(), import('./spreadsheet')]);
      const now = ws.now();
      const filename = documentFileName(doc, kind, now);
      await io.saveSpreadsheet(describe(doc, now), kind, filename);
      return { text: T.transfer.exported(filename), tone: 'info' };
    } catch {
      return { text: T.transfer.sheetFailed, tone: 'error' };
    }
  }

  useEffect(() => {
    if (!blank) return;
    const restore = () => setBlank(null);
    window.addEventListener('afterprint', restore);
    window.print();
    return () => window.removeEventListener('afterprint', restore);
  }, [blank]);

  return (
    <section class={blank ? 'ws ws-blank not-content' : 'ws not-content'} aria-label={label}>
      {sharedDoc ? (
        views && (
          <views.SharedNotice
            shared={{ doc: sharedDoc }}
            fromNewLink={ws.shared !== null && 'doc' in ws.shared && ws.shared.fromNewLink}
            onSaveCopy={actions.saveSharedCopy}
            onClose={actions.closeShared}
          />
        )
      ) : locked ? (
        <div class="ws-notice" role="note">
          <p>{T.locked(doc.title)}</p>
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
      {failed && <LoadFailed />}
      {/* A shared copy is someone else's work: 下一位参与者 would clear this device's workshop. */}
      {workshop && !sharedDoc && workshopBar && workshopBar !== 'failed' && (
        <workshopBar.WorkshopBar
          code={workshop}
          ready={ws.ready}
          participant={ws.participant}
          onParticipant={actions.setParticipant}
          onExport={actions.exportCurrent}
          onClear={actions.resetNamespace}
        />
      )}
      {views && sharedError !== null && (
        <views.SharedNotice
          shared={{ error: sharedError }}
          onSaveCopy={actions.saveSharedCopy}
          onClose={actions.closeShared}
        />
      )}
      {views && <views.Notices ws={ws} />}
      {blank && (
        <div class="ws-notice" role="status">
          <p>{T.print.showingBlank}</p>
          <span class="ws-buttons">
            <button type="button" onClick={() => setBlank(null)}>
              {T.print.back}
            </button>
          </span>
        </div>
      )}
      <div class="ws-body">
        {blank ? children(blank, true) : children(doc, locked || !ws.ready || sharedDoc !== null)}
      </div>
      {!sharedDoc && inApp && inApp !== 'failed' && (
        <inApp.InAppNotice userAgent={userAgent} ready={ws.ready} onShareLink={actions.shareLink} />
      )}
      {!sharedDoc && (
        <TransferBar
          ready={ws.ready}
          allowImport={!locked}
          message={ws.transferMessage}
          onExport={actions.exportCurrent}
          onSpreadsheet={sheets && exportSheets}
          onImportFile={(file) => void actions.importFile(file)}
          onShareLink={actions.shareLink}
          onMessage={actions.setTransferMessage}
        />
      )}
      {printBlank && (
        <div class="ws-printbar">
          <span class="ws-buttons">
            <button
              type="button"
              aria-describedby={`${id}-blank`}
              onClick={() => setBlank(ws.blank())}
            >
              {T.print.blank}
            </button>
          </span>
          <p id={`${id}-blank`} class="ws-hint">
            {T.print.blankHint}
          </p>
        </div>
      )}
    </section>
  );
}
