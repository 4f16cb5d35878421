/**
 * Export, import and share: 保存为文件 downloads the open document (JSON), 打开文件 adds a
 * file as a new document (errors are explained, nothing changes), 导出 Excel / 导出 CSV write
 * the document as a spreadsheet (when the worksheet describes one), 分享链接 copies a link
 * that opens a read-only copy.
 */
import { useId, useState } from 'preact/hooks';
import type { WorksheetMessage } from '../controller';
import type { ShareLinkResult } from '../share';
import { SHELL_TEXT as T } from '../strings';
import { copyText } from './browser';
import type { SpreadsheetKind } from './spreadsheet';

interface Props {
  ready: boolean;
  /** False for a read-only frame (`?lock=1`): no document may be added. */
  allowImport?: boolean;
  message: WorksheetMessage | null;
  onExport(): void;
  /** 导出 Excel / 导出 CSV; resolves with the message to show. Absent: no buttons. */
  onSpreadsheet?: (kind: SpreadsheetKind) => Promise<WorksheetMessage>;
  onImportFile(file: File): void;
  onShareLink(): Promise<ShareLinkResult>;
  onMessage(message: WorksheetMessage | null): void;
}

/** Makes the share link and copies it: the link (null when refused) and what to say. */
export async function copyShareLink(
  make: () => Promise<ShareLinkResult>,
): Promise<{ url: string | null; message: WorksheetMessage }> {
  const result = await make();
  if (!result.ok) return { url: null, message: { text: result.message, tone: 'error' } };
  const copied = await copyText(result.url);
  return {
    url: result.url,
    message: {
      text: copied ? T.transfer.copied(result.length) : T.transfer.copyManually(result.length),
      tone: 'info',
    },
  };
}

export function TransferBar(props: Props) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function spreadsheet(kind: SpreadsheetKind) {
    if (!props.onSpreadsheet || busy) return;
    setBusy(true);
    props.onMessage({ text: T.transfer.sheetWorking, tone: 'info' });
    try {
      props.onMessage(await props.onSpreadsheet(kind));
    } finally {
      setBusy(false);
    }
  }

  async function share() {
    const { url, message } = await copyShareLink(props.onShareLink);
    setLink(url);
    props.onMessage(message);
  }

  return (
    <div class="ws-transfer" role="group" aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} class="ws-transfer-heading">
        {T.transfer.heading}
      </p>
      <div class="ws-buttons">
        <button type="button" disabled={!props.ready} onClick={props.onExport}>
          {T.transfer.exportJson}
        </button>
        {props.onSpreadsheet && (
          <>
            <button
              type="button"
              disabled={!props.ready || busy}
              onClick={() => void spreadsheet('xlsx')}
            >
              {T.transfer.exportExcel}
            </button>
            <button
              type="button"
              disabled={!props.ready || busy}
              onClick={() => void spreadsheet('csv')}
            >
              {T.transfer.exportCsv}
            </button>
          </>
        )}
        {props.allowImport !== false && (
          <span class="ws-file">
            <input
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              disabled={!props.ready}
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                if (file) props.onImportFile(file);
                // Let the same file be chosen again after fixing it.
                input.value = '';
              }}
            />
            <label for={`${id}-file`}>{T.transfer.importJson}</label>
          </span>
        )}
        <button type="button" disabled={!props.ready} onClick={share}>
          {T.transfer.share}
        </button>
      </div>
      {link && <LinkField label={T.transfer.shareLabel} link={link} />}
      <MessageLine message={props.message} />
    </div>
  );
}

/** A made link, read-only and selected on focus, for copying by hand. */
export function LinkField({ label, link }: { label: string; link: string }) {
  const id = useId();
  return (
    <div class="ws-field">
      <label class="ws-label" for={id}>
        {label}
      </label>
      <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

/** The result of an action, announced: an error at once, anything else politely. */
export function MessageLine({ message }: { message: WorksheetMessage | null }) {
  const error = message?.tone === 'error';
  return (
    <div role={error ? 'alert' : 'status'} aria-live={error ? 'assertive' : 'polite'}>
      {message && <p class={error ? 'ws-error' : 'ws-hint'}>{message.text}</p>}
    </div>
  );
}
