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
import { loadKind, type Kind, type KindViews } from './kinds';
import { chooseType, collect, sourceExercise, splitLinks, type Source } from './sources';
import { COLLECT_TEXT as T } from './strings';
import './collect.css';

const TYPES = WORKSHEETS.filter((w) => w.ready);
const TYPE_IDS = TYPES.map((w) => w.id);
const titleOf = (type: string) => TYPES.find((w) => w.id === type)?.title ?? type;

interface Problem {
  name: string;
  message: string;
}

export default function Collect() {
  const id = useId();
  // The server draws the form disabled: files chosen before the script runs would be lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [type, setType] = useState('swot');
  const [docs, setDocs] = useState<WorksheetDocument<unknown>[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [links, setLinks] = useState('');
  const [linkCount, setLinkCount] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [kind, setKind] = useState<Kind | null>(null);
  /** How the collected documents are shown: loaded with the type's first document. */
  const [views, setViews] = useState<(KindViews & { type: string }) | null>(null);
  const [sheetMessage, setSheetMessage] = useState<WorksheetMessage | null>(null);
  const [busy, setBusy] = useState(false);
  /** A type chosen in 练习类型 while documents are collected: waits for a confirmation. */
  const [pendingType, setPendingType] = useState<string | null>(null);
  /** Set when the type was switched to match what was added. */
  const [detected, setDetected] = useState<string | null>(null);
  const title = titleOf(type);

  // The chosen worksheet's definition loads on demand, to read what is added.
  useEffect(() => {
    if (kind?.def.id === type) return;
    let live = true;
    setKind(null);
    void loadKind(type).then((k) => live && setKind(k));
    return () => {
      live = false;
    };
  }, [type]);

  /**
   * Adds files or links. With nothing collected yet, the type follows what they hold (a trainer
   * who picked the wrong type loses nothing); once documents are collected, sources of another
   * type are refused with a message. Messages add up until 清空.
   */
  async function add(sources: Source[], early: Problem[] = []) {
    const named = sources.map(sourceExercise);
    const next = chooseType(type, docs.length, named, TYPE_IDS);
    // Nothing changes if a part cannot load; the message says to try again.
    const failed = () =>
      setProblems([...problems, ...early, { name: titleOf(next), message: T.loadFailed }]);
    let current = kind?.def.id === next ? kind : null;
    if (!current) {
      try {
        current = await loadKind(next);
      } catch {
        return failed();
      }
    }
    const other: Problem[] = [];
    const same = sources.filter((source, i) => {
      const its = named[i];
      if (!its || its === next || !TYPE_IDS.includes(its)) return true;
      other.push({ name: source.name, message: T.otherType(titleOf(its), titleOf(next)) });
      return false;
    });
    const results = collect(current.def, same, docs);
    const added = results.flatMap((r) => (r.ok ? [r.doc] : []));
    // The cards' code comes with the first document of a type, not with the page.
    let shown = views?.type === next ? views : null;
    if (added.length > 0 && !shown) {
      try {
        shown = { ...(await current.views()), type: next };
      } catch {
        return failed();
      }
    }
    if (next !== type) {
      setType(next);
      setDetected(next);
      setSheetMessage(null);
    }
    if (current !== kind) setKind(current);
    setViews(shown);
    setDocs([...docs, ...added]);
    setProblems([
      ...problems,
      ...early,
      ...other,
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
    await add(sources, early);
  }

  async function addLinks() {
    const list = splitLinks(links);
    setLinkCount(linkCount + list.length);
    setLinks('');
    await add(list.map((text, i) => ({ name: T.linkName(linkCount + i + 1), kind: 'link', text })));
  }

  function reset(nextType = type) {
    setType(nextType);
    setDocs([]);
    setProblems([]);
    setLinkCount(0);
    setSheetMessage(null);
    setPendingType(null);
    setDetected(null);
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
        docs.map((doc, i) => ({
          title: T.docName(i + 1, doc.title, doc.author),
          sheets: describe(doc, now),
        })),
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
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              const next = e.currentTarget.value;
              if (docs.length === 0) return reset(next);
              // Collected work is never dropped without asking: keep the type until confirmed.
              e.currentTarget.value = type;
              setPendingType(next === type ? null : next);
            }}
          >
            {TYPES.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title}
              </option>
            ))}
          </select>
        </div>
        {pendingType && (
          <div class="collect-confirm" role="group" aria-labelledby={`${id}-switch`}>
            <p id={`${id}-switch`}>{T.switchConfirm(docs.length, title, titleOf(pendingType))}</p>
            <span class="collect-buttons">
              <button type="button" onClick={() => reset(pendingType)}>
                {T.switchAndClear(titleOf(pendingType))}
              </button>
              <button type="button" onClick={() => setPendingType(null)}>
                {SHELL_TEXT.cancel}
              </button>
            </span>
          </div>
        )}
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
            accept=".json,application/json"
            disabled={!hydrated}
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
            disabled={!hydrated}
            value={links}
            onInput={(e) => setLinks(e.currentTarget.value)}
          />
          <span class="collect-buttons">
            <button type="button" onClick={() => void addLinks()} disabled={!links.trim()}>
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
        <p>
          {docs.length ? T.count(docs.length, title) : T.none}
          {detected && docs.length > 0 && T.detected(titleOf(detected))}
        </p>
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
                sameAuthor={
                  doc.author?.trim()
                    ? docs.filter((d) => d.author?.trim() === doc.author?.trim()).length
                    : 1
                }
                Body={views?.Body ?? (() => null)}
                onRemove={() => setDocs(docs.filter((d) => d !== doc))}
              />
            ))}
          </div>
          {views?.Merged && <views.Merged docs={docs} />}
        </>
      )}
    </section>
  );
}
