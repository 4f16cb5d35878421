/**
 * 汇总: a trainer opens several exported files (file picker or drag and drop) or pastes
 * share links of one worksheet type, and sees the documents side by side; for SWOT also a
 * merged view per quadrant with how many participants named each item. Everything happens
 * in the browser; nothing is uploaded or stored. Reading and merging live in sources.ts and
 * merge.ts; this view only wires them up.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { WorksheetMessage } from '../core/controller';
import type { WorksheetDocument } from '../core/document';
import { documentFileName, MAX_IMPORT_BYTES } from '../core/files';
import { FILE_TEXT, SHELL_TEXT } from '../core/strings';
import type { SpreadsheetKind } from '../core/ui/spreadsheet';
import { WORKSHEETS } from '../registry';
import { CollectedCard } from './CollectedCard';
import { KINDS, type Kind } from './kinds';
import { MergedSwot } from './MergedSwot';
import { collect, splitLinks, type Source } from './sources';
import { COLLECT_TEXT as T } from './strings';
import './collect.css';

const TYPES = WORKSHEETS.filter((w) => w.ready && w.id in KINDS);

interface Problem {
  name: string;
  message: string;
}

export default function Collect() {
  const id = useId();
  const [type, setType] = useState('swot');
  const [docs, setDocs] = useState<WorksheetDocument<unknown>[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [links, setLinks] = useState('');
  const [linkCount, setLinkCount] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [kind, setKind] = useState<Kind | null>(null);
  const [sheetMessage, setSheetMessage] = useState<WorksheetMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const title = TYPES.find((w) => w.id === type)?.title ?? '';

  // The chosen worksheet's definition and card body load on demand.
  useEffect(() => {
    let live = true;
    setKind(null);
    void KINDS[type]().then((k) => live && setKind(k));
    return () => {
      live = false;
    };
  }, [type]);

  function add(sources: Source[], early: Problem[] = []) {
    if (!kind) return;
    const results = collect(kind.def, sources, docs);
    setDocs([...docs, ...results.flatMap((r) => (r.ok ? [r.doc] : []))]);
    setProblems([
      ...early,
      ...results.flatMap((r) => (r.ok ? [] : [{ name: r.name, message: r.message }])),
    ]);
  }

  async function addFiles(files: FileList | File[]) {
    const sources: Source[] = [];
    const early: Problem[] = [];
    for (const file of [...files]) {
      if (file.size > MAX_IMPORT_BYTES) {
        early.push({
          name: file.name,
          message: FILE_TEXT.tooLarge((file.size / 1024 / 1024).toFixed(1)),
        });
        continue;
      }
      sources.push({ name: file.name, kind: 'file', text: await file.text() });
    }
    add(sources, early);
  }

  function addLinks() {
    const list = splitLinks(links);
    add(list.map((text, i) => ({ name: T.linkName(linkCount + i + 1), kind: 'link', text })));
    setLinkCount(linkCount + list.length);
    setLinks('');
  }

  function reset(nextType = type) {
    setType(nextType);
    setDocs([]);
    setProblems([]);
    setLinkCount(0);
    setSheetMessage(null);
  }

  /** Every collected document in one workbook, each row led by the document's name. */
  async function exportSheets(format: SpreadsheetKind) {
    if (!kind || busy) return;
    const X = SHELL_TEXT.transfer;
    setBusy(true);
    setSheetMessage({ text: X.sheetWorking, tone: 'info' });
    try {
      const [describe, core, io] = await Promise.all([
        kind.sheets(),
        import('../core/sheets'),
        import('../core/ui/spreadsheet'),
      ]);
      const now = new Date();
      const sheets = core.combineSheets(
        docs.map((doc, i) => ({ title: T.docName(i + 1, doc.title), sheets: describe(doc, now) })),
      );
      const filename = documentFileName({ exercise: type, title: T.workbookTitle }, format, now);
      await io.saveSpreadsheet(sheets, format, filename);
      setSheetMessage({ text: X.exported(filename), tone: 'info' });
    } catch {
      setSheetMessage({ text: X.sheetFailed, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="collect not-content" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="collect-no-print">
        添加练习
      </h2>
      <div class="collect-controls collect-no-print">
        <div class="collect-field">
          <label for={`${id}-type`}>{T.type}</label>
          <select id={`${id}-type`} value={type} onChange={(e) => reset(e.currentTarget.value)}>
            {TYPES.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title}
              </option>
            ))}
          </select>
        </div>
        <div
          class={dragging ? 'collect-drop collect-dragging' : 'collect-drop'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (e.dataTransfer?.files.length) void addFiles(e.dataTransfer.files);
          }}
        >
          <label for={`${id}-files`}>{T.files}</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            disabled={!kind}
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              if (input.files?.length) void addFiles([...input.files]);
              input.value = '';
            }}
          />
          <p class="collect-hint">{T.drop}</p>
        </div>
        <div class="collect-field">
          <label for={`${id}-links`}>{T.links}</label>
          <textarea
            id={`${id}-links`}
            rows={3}
            spellcheck={false}
            value={links}
            onInput={(e) => setLinks(e.currentTarget.value)}
          />
          <span class="collect-buttons">
            <button type="button" onClick={addLinks} disabled={!kind || !links.trim()}>
              {T.addLinks}
            </button>
          </span>
        </div>
        <span class="collect-buttons">
          <button type="button" onClick={() => window.print()} disabled={docs.length === 0}>
            {T.print}
          </button>
          <button
            type="button"
            onClick={() => void exportSheets('xlsx')}
            disabled={!kind || busy || docs.length === 0}
          >
            {SHELL_TEXT.transfer.exportExcel}
          </button>
          <button
            type="button"
            onClick={() => void exportSheets('csv')}
            disabled={!kind || busy || docs.length === 0}
          >
            {SHELL_TEXT.transfer.exportCsv}
          </button>
          <button type="button" onClick={() => reset()} disabled={docs.length === 0}>
            {T.clear}
          </button>
        </span>
        <div
          role={sheetMessage?.tone === 'error' ? 'alert' : 'status'}
          aria-live={sheetMessage?.tone === 'error' ? 'assertive' : 'polite'}
        >
          {sheetMessage && (
            <p class={sheetMessage.tone === 'error' ? 'collect-problems' : 'collect-hint'}>
              {sheetMessage.text}
            </p>
          )}
        </div>
      </div>
      <div role="status" class="collect-status">
        <p>{docs.length ? T.count(docs.length, title) : T.none}</p>
      </div>
      <div role="alert">
        {problems.length > 0 && (
          <div class="collect-problems">
            <p>
              <strong>{T.errorsHeading}</strong>
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  <strong>{p.name}</strong>：{p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {docs.length > 0 && (
        <>
          <h2>{T.side}</h2>
          <div class="collect-grid">
            {docs.map((doc, i) => (
              <CollectedCard
                key={doc.id}
                doc={doc}
                n={i + 1}
                Body={kind?.Body ?? (() => null)}
                onRemove={() => setDocs(docs.filter((d) => d !== doc))}
              />
            ))}
          </div>
          {type === 'swot' && <MergedSwot docs={docs as never} />}
        </>
      )}
    </section>
  );
}
