/**
 * 导入表格: rows pasted from Excel or WPS, or read from a .csv or .xlsx file, mapped to a
 * worksheet's fields with a preview; rows that fail their field's rule are listed with the
 * reason and left out, the rest are handed to the worksheet (appended or replacing, as the
 * learner chooses). A worksheet loads this view with useLazy when the learner opens it; the
 * file stays in the browser. Parsing and checking run when a block or file arrives and when
 * the mapping changes, never on each keystroke.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../numbers';
import {
  columnCount,
  decodeText,
  detectHeader,
  guessMapping,
  isBlankRow,
  parseDelimited,
  readRows,
  type AcceptedRow,
  type ColumnMapping,
  type ImportField,
  type ImportValue,
  type SourceRow,
} from '../rows-import';
import { IMPORT_VIEW_TEXT as T, ROWS_TEXT } from '../rows-import-strings';
import { ScrollBox } from './ScrollBox';

/** Table files larger than this are refused before reading. */
export const MAX_TABLE_BYTES = 5 * 1024 * 1024;
const PREVIEW_ROWS = 5;
const REFUSED_SHOWN = 50;

export type ImportMode = 'append' | 'replace';

interface Props {
  fields: readonly ImportField[];
  /** Rows the list holds now: with any, the learner chooses to append or replace. */
  existing: number;
  /** Most rows the list may hold. */
  limit: number;
  /** The accepted rows, with the counts for the message the worksheet shows. */
  onImport(rows: AcceptedRow[], mode: ImportMode, refused: number): void;
  onCancel(): void;
}

interface Loaded {
  rows: SourceRow[];
  hasHeader: boolean;
  mapping: ColumnMapping;
}

function load(rows: SourceRow[], fields: readonly ImportField[]): Loaded {
  const hasHeader = detectHeader(rows, fields);
  const first = rows.find((r) => !isBlankRow(r.cells));
  return {
    rows,
    hasHeader,
    mapping: guessMapping(hasHeader && first ? first.cells : null, columnCount(rows), fields),
  };
}

function shown(field: ImportField, value: ImportValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 4 });
  if (field.kind === 'choice') return field.choices.find((c) => c.value === value)?.label ?? value;
  return value;
}

export default function ImportRows(props: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<ImportMode>('append');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function show(rows: SourceRow[]) {
    if (rows.every((r) => isBlankRow(r.cells))) {
      setLoaded(null);
      setError(ROWS_TEXT.empty);
      return;
    }
    setError(null);
    setLoaded(load(rows, props.fields));
  }

  async function readFile(file: File) {
    if (file.size > MAX_TABLE_BYTES) {
      setError(T.tooLarge);
      return;
    }
    const name = file.name.toLowerCase();
    const isXlsx = name.endsWith('.xlsx');
    if (!isXlsx && !/\.(csv|txt|tsv)$/.test(name)) {
      setError(ROWS_TEXT.unsupported);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isXlsx) {
        const { readXlsxRows } = await import('../rows-xlsx');
        show(await readXlsxRows(bytes));
      } else show(parseDelimited(decodeText(bytes).text));
    } catch {
      setError(ROWS_TEXT.unreadable);
    } finally {
      setBusy(false);
    }
  }

  const columns = loaded ? loaded.mapping.length : 0;
  const room = mode === 'replace' ? props.limit : Math.max(0, props.limit - props.existing);
  const result = useMemo(
    () =>
      loaded &&
      readRows(loaded.rows, loaded.mapping, props.fields, {
        hasHeader: loaded.hasHeader,
        limit: room,
      }),
    [loaded, room, props.fields],
  );
  const firstRow = loaded?.rows.find((r) => !isBlankRow(r.cells))?.cells ?? [];
  const mappedFields = loaded
    ? loaded.mapping.flatMap((key) => props.fields.filter((f) => f.key === key))
    : [];

  function setMapping(column: number, key: string) {
    if (!loaded) return;
    const mapping = loaded.mapping.map((k, c) => {
      if (c === column) return key || null;
      // A field is read from one column: the one chosen last.
      return key && k === key ? null : k;
    });
    setLoaded({ ...loaded, mapping });
  }

  return (
    <section class="ws-import" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{T.heading}</h3>
      <div class="ws-field">
        <label class="ws-label" for={`${id}-paste`}>
          {T.pasteLabel}
        </label>
        <textarea
          id={`${id}-paste`}
          rows={5}
          value={text}
          aria-describedby={`${id}-paste-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id={`${id}-paste-hint`} class="ws-hint">
          {T.pasteHint}
        </p>
      </div>
      <div class="ws-buttons">
        <button type="button" disabled={busy} onClick={() => show(parseDelimited(text))}>
          {T.preview}
        </button>
        <span class="ws-file">
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void readFile(file);
              input.value = '';
            }}
          />
          <label for={`${id}-file`}>{T.fileLabel}</label>
        </span>
      </div>
      <div role={error ? 'alert' : 'status'} aria-live={error ? 'assertive' : 'polite'}>
        {error && <p class="ws-error">{error}</p>}
        {busy && <p class="ws-hint">{T.reading}</p>}
        {result && (
          <p class="ws-hint">
            {T.summary(result.accepted.length, result.refused.length)}
            {result.overLimit > 0 && ` ${ROWS_TEXT.overLimit(result.overLimit, room)}`}
          </p>
        )}
      </div>
      {loaded && result && (
        <>
          <label class="ws-check">
            <input
              type="checkbox"
              checked={loaded.hasHeader}
              onChange={(e) => setLoaded({ ...loaded, hasHeader: e.currentTarget.checked })}
            />{' '}
            {T.hasHeader}
          </label>
          <fieldset class="ws-import-mapping">
            <legend>{T.mappingHeading}</legend>
            {Array.from({ length: columns }, (_, c) => (
              <div class="ws-field" key={c}>
                <label class="ws-label" for={`${id}-col-${c}`}>
                  {T.column(c + 1, (firstRow[c] ?? '').trim().slice(0, 20))}
                </label>
                <select
                  id={`${id}-col-${c}`}
                  value={loaded.mapping[c] ?? ''}
                  onChange={(e) => setMapping(c, e.currentTarget.value)}
                >
                  <option value="">{T.skip}</option>
                  {props.fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          {result.accepted.length > 0 && (
            <ScrollBox labelledBy={`${id}-cap`}>
              <table>
                <caption id={`${id}-cap`}>
                  {T.previewCaption(
                    Math.min(PREVIEW_ROWS, result.accepted.length),
                    result.accepted.length,
                  )}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{T.line}</th>
                    {mappedFields.map((f) => (
                      <th scope="col" key={f.key}>
                        {f.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.accepted.slice(0, PREVIEW_ROWS).map((row) => (
                    <tr key={row.line}>
                      <td class="ws-num">{row.line}</td>
                      {mappedFields.map((f) => (
                        <td key={f.key} class={f.kind === 'number' ? 'ws-num' : undefined}>
                          {shown(f, row.values[f.key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          {result.refused.length > 0 && (
            <div class="ws-notice ws-notice-warn" role="region" aria-labelledby={`${id}-bad`}>
              <h4 id={`${id}-bad`}>{T.refusedHeading}</h4>
              <ul>
                {result.refused
                  .slice(0, REFUSED_SHOWN)
                  .flatMap((row) =>
                    row.messages.map((m, i) => <li key={`${row.line}-${i}`}>{m}</li>),
                  )}
              </ul>
              {result.refused.length > REFUSED_SHOWN && (
                <p>{T.moreRefused(result.refused.length - REFUSED_SHOWN)}</p>
              )}
            </div>
          )}
          {props.existing > 0 && (
            <fieldset>
              <legend>{T.modeLegend}</legend>
              <label class="ws-check">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'append'}
                  onChange={() => setMode('append')}
                />{' '}
                {T.append(props.existing)}
              </label>
              <label class="ws-check">
                <input
                  type="radio"
                  name={`${id}-mode`}
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />{' '}
                {T.replace(props.existing)}
              </label>
            </fieldset>
          )}
        </>
      )}
      <div class="ws-buttons">
        {result && (
          <button
            type="button"
            class="ws-primary"
            disabled={result.accepted.length === 0}
            onClick={() => props.onImport(result.accepted, mode, result.refused.length)}
          >
            {T.submit(result.accepted.length)}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {T.cancel}
        </button>
      </div>
    </section>
  );
}
