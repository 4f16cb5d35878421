/**
 * Starlight route middleware: adjusts what every page's route data says before it is drawn.
 * - The home page's title is the course title alone (Starlight writes `title | site title`,
 *   which reads 「销售经理培训教程 | 销售经理培训教程」 there).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const title = route.entry.data.title;
  if (title !== route.siteTitle) return;
  for (const item of route.head) {
    if (item.tag === 'title') item.content = title;
  }
});
