/** The part of a Starlight sidebar entry the hash reads. */
export interface SidebarEntryLike {
  type: string;
  label: string;
  href?: string;
  entries?: SidebarEntryLike[];
}

const identity = (entries: SidebarEntryLike[]): string =>
  entries
    .map((e) => (e.type === 'group' ? e.label + identity(e.entries ?? []) : e.label + e.href))
    .join('');

/**
 * A short hash of the sidebar's labels and links, as Starlight's getSidebarHash computes it: saved
 * sidebar state (open groups, scroll) is only restored when the sidebar has not changed.
 */
export function sidebarHash(sidebar: SidebarEntryLike[]): string {
  const text = identity(sidebar);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash << 5) - hash + text.charCodeAt(i);
  return (hash >>> 0).toString(36).padStart(7, '0');
}
