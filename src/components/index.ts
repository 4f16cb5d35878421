// Everything an MDX page imports comes through this file:
//   import { Funnel, Steps, Aside } from '~/components';
export { default as Funnel } from './diagrams/Funnel.astro';
export { default as Pyramid } from './diagrams/Pyramid.astro';
export { default as Cycle } from './diagrams/Cycle.astro';
export { default as Timeline } from './diagrams/Timeline.astro';
export { default as Matrix } from './diagrams/Matrix.astro';
export { default as Case } from './Case.astro';
export { Aside, Badge, Card, CardGrid, Steps, Tabs } from '@astrojs/starlight/components';
// Starlight's TabItem with a print-only label, so that every tab panel prints under its name.
export { default as TabItem } from './TabItem.astro';
export { default as WorksheetLink } from './WorksheetLink.astro';
export { default as Worksheet } from './Worksheet.astro';
export { default as EmbedPanel } from './EmbedPanel.astro';
export { default as Collect } from './Collect.astro';
export { default as Continue } from './progress/Continue.astro';
export { default as Quiz } from './quiz/Quiz.astro';
export { default as ProgressPage } from './progress/ProgressPage.astro';
