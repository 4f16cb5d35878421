// Everything an MDX page imports comes through this file:
//   import { Funnel, Steps, Aside } from '~/components';
export { default as Funnel } from './diagrams/Funnel.astro';
export { default as Pyramid } from './diagrams/Pyramid.astro';
export { default as Cycle } from './diagrams/Cycle.astro';
export { default as Timeline } from './diagrams/Timeline.astro';
export { default as Matrix } from './diagrams/Matrix.astro';
export { default as Case } from './Case.astro';
export { Aside, Badge, Card, CardGrid, Steps, Tabs, TabItem } from '@astrojs/starlight/components';
export { default as WorksheetLink } from './WorksheetLink.astro';
export { default as Worksheet } from './Worksheet.astro';
