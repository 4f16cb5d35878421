/** What the form's top part needs to mark example values, loaded once the document is not blank. */
export { exampleLeftovers } from './example-values';
export { ExampleWarning } from '../core/ui/ExampleWarning';
