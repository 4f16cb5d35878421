/**
 * A list of rows typed in or brought from a spreadsheet (商机, 客户, 销售代表): the table a page
 * at a time (RowPages.tsx) in a box that scrolls sideways on a phone, rows to write in on paper
 * while nothing is written, 添加 and 导入表格. The import's view (ImportRows.tsx) and the
 * worksheet's rules for reading rows load only when 导入表格 is opened. Each worksheet draws
 * its own rows (memoised, so that a keystroke redraws only the row it changed).
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { ROWS_MAX } from '../limits';
import type { AcceptedRow, ImportField } from '../rows-import';
import type { ImportMode } from './ImportRows';
import { LoadFailed, useLazy } from './lazy';
import { PaperRows } from './PaperRows';
import { RowPager, useRowPage } from './RowPages';
import { ScrollBox } from './ScrollBox';

export interface RowsEditorText {
  /** The list's name (the pager is named after it). */
  list: string;
  caption: string;
  none: string;
  /** Heading of the last column, the rows' 删除 buttons (read by screen readers only). */
  actions: string;
  add: string;
  import: string;
  imported(count: number, refused: number): string;
}

interface Props<Row extends { id: string }, Rules> {
  rows: readonly Row[];
  /** Rows that hold something: 导入表格 offers to append to them or replace them. */
  filled: number;
  readOnly: boolean;
  columns: readonly string[];
  text: RowsEditorText;
  tableClass: string;
  actionsClass: string;
  /** Rows printed to write in when the list holds only blank rows. */
  blankRows: number;
  addButton: RefObject<HTMLButtonElement>;
  onAdd(): void;
  /** The worksheet's rules for imported rows, loaded with the import's view. */
  rules(): Promise<Rules>;
  importFields(rules: Rules): readonly ImportField[];
  onImport(rules: Rules, rows: AcceptedRow[], mode: ImportMode): void;
  row(row: Row, index: number): ComponentChildren;
}

export function RowsEditor<Row extends { id: string }, Rules>(props: Props<Row, Rules>) {
  const { rows, readOnly, columns, text } = props;
  const id = useId();
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const view = useLazy(
    () =>
      Promise.all([import('./ImportRows'), props.rules()]).then(([ui, rules]) => ({
        View: ui.default,
        rules,
      })),
    importing,
  );
  const pager = useRowPage(rows.length);

  function close() {
    setImporting(false);
    importButton.current?.focus();
  }

  return (
    <>
      {rows.length === 0 ? (
        <>
          <p class="ws-hint ws-pending">{text.none}</p>
          <PaperRows columns={columns} rows={8} />
        </>
      ) : (
        <>
          <RowPager pager={pager} list={text.list} />
          <ScrollBox labelledBy={`${id}-cap`}>
            <table class={props.tableClass}>
              <caption id={`${id}-cap`}>{text.caption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col" class={props.actionsClass}>
                    <span class="ws-sr-only">{text.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .slice(pager.start, pager.end)
                  .map((row, i) => props.row(row, pager.start + i))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      {/* On paper, a list with nothing written yet gets rows to write in. */}
      {rows.length > 0 && props.filled === 0 && (
        <PaperRows columns={columns} rows={props.blankRows} />
      )}
      <div class="ws-buttons">
        <button
          type="button"
          ref={props.addButton}
          disabled={readOnly || rows.length >= ROWS_MAX}
          onClick={() => {
            props.onAdd();
            pager.showRow(rows.length);
          }}
        >
          {text.add}
        </button>
        <button
          type="button"
          ref={importButton}
          disabled={readOnly}
          aria-expanded={importing}
          onClick={() => {
            setMessage(null);
            setImporting(!importing);
          }}
        >
          {text.import}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message && <p class="ws-hint">{message}</p>}
      </div>
      {importing &&
        !readOnly &&
        (view === 'failed' ? (
          <LoadFailed />
        ) : (
          view && (
            <view.View
              fields={props.importFields(view.rules)}
              existing={props.filled}
              limit={ROWS_MAX}
              onImport={(accepted, mode, refused) => {
                props.onImport(view.rules, accepted, mode);
                setMessage(text.imported(accepted.length, refused));
                close();
              }}
              onCancel={close}
            />
          )
        ))}
    </>
  );
}
