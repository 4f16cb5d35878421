/**
 * The Astro components that mount a worksheet's island: `exercises/<id>/Page.astro` on docs
 * pages and `exercises/<id>/Embed.astro` on the embed route, found by file name so that no
 * list of worksheets is written out here.
 *
 * Why components in the worksheet's folder: Astro hydrates an island (`client:visible`) only
 * where the component is a static import of the .astro file that renders it; a component picked
 * from the registry at run time cannot carry a client directive. Each worksheet's own .astro
 * file imports its island statically; these pages render that file, which needs no directive.
 * Server-only (the registry itself stays free of .astro imports, as islands read it).
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

type Views = Record<string, { default: AstroComponentFactory }>;

const pages: Views = import.meta.glob('../../exercises/*/Page.astro', { eager: true });
const embeds: Views = import.meta.glob('../../exercises/*/Embed.astro', { eager: true });

function view(views: Views, id: string, file: string): AstroComponentFactory {
  const found = views[`../../exercises/${id}/${file}`];
  if (!found) throw new Error(`Worksheet "${id}" has no exercises/${id}/${file}`);
  return found.default;
}

/** The island of worksheet `id` on a docs page; throws (failing the build) when it is missing. */
export const pageView = (id: string) => view(pages, id, 'Page.astro');

/** The island of worksheet `id` on its embed route; throws when it is missing. */
export const embedView = (id: string) => view(embeds, id, 'Embed.astro');
