/** What the form needs to mark example values, loaded once the analysis is not blank. */
export { exampleLeftovers } from './example-values';
export { ExampleWarning } from '../core/ui/ExampleWarning';
