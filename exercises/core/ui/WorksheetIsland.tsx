/**
 * A worksheet's island: the hook with the frame's options (namespace, workshop, lock, the
 * worked example) and the shell (documents, notices, files, share) around the worksheet's own
 * view. Each worksheet's island (`<Name>.tsx`) is this component with its parts; the view gets
 * the open document, whether it is read-only, and the worksheet (`ws.actions.update`,
 * `ws.actions.loadExample`, `ws.now()`).
 */
import type { ComponentChildren } from 'preact';
import type { LazyDefinition, WorksheetDocument } from '../document';
import type { SheetsOf } from '../sheets';
import { frameOptions, type FrameProps } from './frame';
import { useWorksheet, type Worksheet } from './useWorksheet';
import { WorksheetShell } from './WorksheetShell';

export interface WorksheetIslandProps<T> {
  frame: FrameProps;
  worksheet: LazyDefinition<T>;
  /** Accessible name of the whole worksheet, e.g. 「SMART 目标制定」. */
  label: string;
  /** The worked example: 「从示例开始」 (`?example=1`), 载入示例 and a chapter's `#example` link. */
  example: () => { data: T; title: string };
  /** The worksheet's spreadsheet description (`sheet.ts`), loaded on 导出 Excel / 导出 CSV. */
  sheets: () => Promise<SheetsOf<T>>;
  /** Offer the shell's 打印空白表 (default); off for a worksheet that draws its own. */
  printBlank?: boolean;
  children(doc: WorksheetDocument<T>, readOnly: boolean, ws: Worksheet<T>): ComponentChildren;
}

export function WorksheetIsland<T>(props: WorksheetIslandProps<T>) {
  const { frame } = props;
  const ws = useWorksheet(props.worksheet, frameOptions(frame, props.example));
  return (
    <WorksheetShell
      ws={ws}
      label={props.label}
      printBlank={props.printBlank}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={props.sheets}
    >
      {(doc, readOnly) => props.children(doc, readOnly, ws)}
    </WorksheetShell>
  );
}
