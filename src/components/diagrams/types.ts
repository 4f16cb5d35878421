/** One labelled step, stage or tier of a diagram. */
export interface DiagramItem {
  title: string;
  /** Short explanation shown under the title. */
  note?: string;
}

/** A timeline entry: when it happens, and what happens. */
export interface TimelineItem extends DiagramItem {
  when: string;
}

/** One quadrant of a 2×2 matrix. */
export interface MatrixCell extends DiagramItem {
  items?: string[];
}

/** Width (in %) of the n-th band of a funnel or pyramid with `count` bands. */
export function bandWidth(index: number, count: number, narrowest = 46): number {
  if (count <= 1) return 100;
  return Math.round(100 - ((100 - narrowest) * index) / (count - 1));
}
