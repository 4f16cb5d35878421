/**
 * 团队能力评估 island. The frame mounts it with `client:visible` and decides the storage
 * namespace; the hook does the rest (loading after hydration, autosave, other tabs, share links).
 */
import { toIsoDate } from '../core/dates';
import { createId } from '../core/document';
import { frameOptions, type FrameProps } from '../core/ui/frame';
import { WorksheetShell } from '../core/ui/WorksheetShell';
import { useWorksheet } from '../core/ui/useWorksheet';
import { teamCompetencyWorksheet } from './basics';
import { exampleData, followTitle } from './model';
import { DEFAULT_PLAN_LINKS, type PlanLinks } from './PlanSection';
import { TeamCompetencyForm } from './TeamCompetencyForm';
import { DEFAULT_DOC_TITLE, EXAMPLE_TEXT, FORM, TITLE } from './strings';
import './team-competency.css';

interface Props extends FrameProps {
  /** The chapters' advice on weak points, with the site's base path. */
  links?: PlanLinks;
}

export default function TeamCompetency({ links = DEFAULT_PLAN_LINKS, ...frame }: Props) {
  const ws = useWorksheet(
    teamCompetencyWorksheet,
    frameOptions(frame, () => ({
      data: exampleData(toIsoDate(new Date())),
      title: EXAMPLE_TEXT.team,
    })),
  );

  return (
    <WorksheetShell
      ws={ws}
      label={TITLE}
      locked={frame.locked}
      workshop={frame.workshop}
      sheets={() => import('./sheet').then((m) => m.teamCompetencySheets)}
    >
      {(doc, readOnly) => (
        <TeamCompetencyForm
          data={doc.data}
          readOnly={readOnly}
          links={links}
          makeId={() => createId(ws.now(), Math.random)}
          onChange={(data) => {
            const title = followTitle(doc.title, doc.data, data, DEFAULT_DOC_TITLE);
            ws.actions.update(data, title ?? undefined);
          }}
          onLoadExample={() =>
            ws.actions.loadExample({
              data: exampleData(toIsoDate(ws.now())),
              title: EXAMPLE_TEXT.team,
              message: FORM.exampleInNewDoc,
            })
          }
        />
      )}
    </WorksheetShell>
  );
}
