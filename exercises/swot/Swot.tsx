/**
 * SWOT worksheet island. The frame mounts it with `client:visible`, decides the storage
 * namespace and passes where the SMART goal worksheet lives (for 转为 SMART 目标); the hook
 * does the rest (loading after hydration, autosave, other tabs, share links).
 */
import { useRef } from 'preact/hooks';
import { toIsoDate } from '../core/dates';
import { createId } from '../core/document';
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { DEFAULT_SMART_GOAL_HREF, swotWorksheet } from './basics';
import { exampleData } from './model';
import { SwotForm } from './SwotForm';
import { EXAMPLE_TEXT, TITLE } from './strings';
import './swot.css';

interface Props extends FrameProps {
  /** Address of the SMART goal worksheet page (with the site's base path). */
  smartGoalHref?: string;
}

export default function Swot({ smartGoalHref = DEFAULT_SMART_GOAL_HREF, ...frame }: Props) {
  // SwotForm keeps state of its own per document (undo notices, where focus goes), so it starts
  // afresh when another document opens; but not when the stored document replaces the first
  // render's draft on load, which would rebuild the whole form while the page hydrates.
  const formKey = useRef({ id: '', ready: false, n: 0 });
  const keyFor = (id: string, ready: boolean) => {
    const k = formKey.current;
    if (id !== k.id && k.ready) k.n++;
    k.id = id;
    k.ready = ready;
    return k.n;
  };

  return (
    // SwotForm has its own 打印空白表 (a 2×2 with writing lines), so the shell's is turned off.
    <WorksheetIsland
      frame={frame}
      worksheet={swotWorksheet}
      label={TITLE}
      printBlank={false}
      example={() => ({ data: exampleData(toIsoDate(new Date())), title: EXAMPLE_TEXT.subject })}
      sheets={() => import('./sheet').then((m) => m.swotSheets)}
    >
      {(doc, readOnly, ws) => (
        <SwotForm
          key={keyFor(doc.id, ws.ready)}
          doc={doc}
          readOnly={readOnly}
          smartGoalHref={smartGoalHref}
          makeId={() => createId(ws.now(), Math.random)}
          onFlush={ws.actions.flush}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}
