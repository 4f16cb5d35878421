/**
 * A computed figure with the checks about it (the worksheet's inputs are core's NumberField,
 * with `reading` from read.ts for this worksheet's rules).
 */
import { useId } from 'preact/hooks';
import { describedBy } from '../core/ui/fields';
import type { Issue } from './chain';
import { CHECK } from './strings';

interface FigureProps {
  /** The figure as shown: «60.00», «24.7%», or «—». */
  value: string;
  /** The same figure in the other basis, or a short note under it. */
  sub?: string | null;
  issues?: readonly Issue[];
}

/**
 * A computed figure with the checks about it right under it; the figure points at them with
 * aria-describedby so a screen reader reads the warning with the number.
 */
export function Figure({ value, sub, issues = [] }: FigureProps) {
  const id = useId();
  const issueIds = issues.map((_, i) => `${id}-issue-${i}`);
  return (
    <>
      <span
        class={issues.length ? 'cp-value cp-flagged' : 'cp-value'}
        aria-describedby={describedBy(...issueIds)}
      >
        {value}
      </span>
      {sub && <span class="cp-sub">{sub}</span>}
      {issues.map((issue, i) => (
        <span key={i} id={issueIds[i]} class="cp-issue">
          <span aria-hidden="true">⚠ </span>
          <span class="ws-sr-only">{CHECK.label}：</span>
          {issue.message}
        </span>
      ))}
    </>
  );
}
