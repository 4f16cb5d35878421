/**
 * 团队能力评估 island (core/ui/WorksheetIsland.tsx: the frame's options, the hook and the
 * shell). The frame mounts it with `client:visible` and decides the storage namespace.
 */
import { toIsoDate } from '../core/dates';
import { createId } from '../core/document';
import type { FrameProps } from '../core/ui/frame';
import { WorksheetIsland } from '../core/ui/WorksheetIsland';
import { teamCompetencyWorksheet } from './basics';
import { exampleData } from './model';
import { DEFAULT_PLAN_LINKS, type PlanLinks } from './PlanSection';
import { TeamCompetencyForm } from './TeamCompetencyForm';
import { EXAMPLE_TEXT, TITLE } from './strings';
import './team-competency.css';

interface Props extends FrameProps {
  /** The chapters' advice on weak points, with the site's base path. */
  links?: PlanLinks;
}

export default function TeamCompetency({ links = DEFAULT_PLAN_LINKS, ...frame }: Props) {
  return (
    <WorksheetIsland
      frame={frame}
      worksheet={teamCompetencyWorksheet}
      label={TITLE}
      example={() => ({ data: exampleData(toIsoDate(new Date())), title: EXAMPLE_TEXT.team })}
      sheets={() => import('./sheet').then((m) => m.teamCompetencySheets)}
    >
      {(doc, readOnly, ws) => (
        <TeamCompetencyForm
          data={doc.data}
          readOnly={readOnly}
          links={links}
          makeId={() => createId(ws.now(), Math.random)}
          onChange={(data) => ws.actions.update(data)}
          onLoadExample={ws.actions.loadExample}
        />
      )}
    </WorksheetIsland>
  );
}
