/** What the form needs to mark example values, loaded once the document is not blank. */
export { exampleFields } from './example-values';
export { rowsLeft } from '../core/example-paths';
