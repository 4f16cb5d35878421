/**
 * Guiding questions for one quadrant, from the course chapters; closed until asked for.
 * Their text never changes, so the island keeps the server's markup and loads this only when
 * a quadrant is drawn afresh (QuadrantPanel, through Deferred).
 */
import type { Quadrant } from './shape';
import { GUIDE, GUIDE_SUMMARY } from './guide-strings';

export function GuideQuestions({ q }: { q: Quadrant }) {
  const guide = GUIDE[q];
  return (
    <details class="swot-guide">
      <summary>{GUIDE_SUMMARY(q)}</summary>
      <p>{guide.intro}</p>
      {guide.groups.map((group) => (
        <div key={group.heading} class="swot-guide-group">
          <h4>{group.heading}</h4>
          <ul>
            {group.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
