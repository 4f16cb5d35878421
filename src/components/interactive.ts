// The worksheet components, with their islands' CSS and scripts, imported only by the pages
// that show a worksheet:
//   import { Worksheet, EmbedPanel } from '~/components/interactive';
export { default as Worksheet } from './Worksheet.astro';
export { default as EmbedPanel } from './EmbedPanel.astro';
export { default as Collect } from './Collect.astro';
