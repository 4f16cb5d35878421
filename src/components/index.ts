// The light components an MDX chapter imports come through this file:
//   import { Funnel, Steps, Aside } from '~/components';
// The worksheets ('./interactive'), the quiz and the progress page bring their own CSS and
// scripts and are imported on their own, so that a chapter importing from here does not load them
// (an import through a barrel pulls in the CSS of everything the barrel names):
//   import Quiz from '~/components/quiz/Quiz.astro';
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
export { default as Continue } from './progress/Continue.astro';
export { default as FormTemplate } from './forms/FormTemplate.astro';
export { default as FormTable } from './forms/FormTable.astro';
export { default as FormLines } from './forms/FormLines.astro';
export { default as FormChecks } from './forms/FormChecks.astro';
export { default as RolePlay } from './roleplay/RolePlay.astro';
export { default as RoleCard } from './roleplay/RoleCard.astro';
export { default as Dialogue } from './roleplay/Dialogue.astro';
export { default as Turn } from './roleplay/Turn.astro';
export { default as ObserverSheet } from './roleplay/ObserverSheet.astro';
