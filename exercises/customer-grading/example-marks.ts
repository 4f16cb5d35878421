/** What the form needs to mark example values, loaded once the document is not blank. */
export { exampleLeftovers } from './example-values';
export { rowsLeft } from '../core/example-paths';
export { ExampleWarning } from '../core/ui/ExampleWarning';
