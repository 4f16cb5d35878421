/**
 * Where a document still holds the worked example's texts, field by field, for worksheets whose
 * example is a set of values in fixed places (a form of numbers) or rows of a list (deals,
 * customers, reps), and each row's marks. Apart from example-values.ts, which every
 * worksheet's first load carries, so that only the worksheets that use it load it.
 */
import { plainlyFromExample, sameAsExample, type RowLeft, type RowsLeft } from './example-values';
import { remembered } from './remembered';

type Tree = unknown;

const isRecord = (v: Tree): v is Record<string, Tree> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An element's key in a path: its `id` when it has one (rows move), else its position. */
function keyOf(el: Tree, i: number): string {
  return isRecord(el) && typeof el.id === 'string' ? el.id : String(i);
}

/** A list element without its `id`: the id is the element's key, not a value typed in. */
function fieldsOf(el: Tree): Tree {
  if (!isRecord(el) || typeof el.id !== 'string') return el;
  return Object.fromEntries(Object.entries(el).filter(([key]) => key !== 'id'));
}

function byKey(list: Tree): Map<string, Tree> {
  return new Map(Array.isArray(list) ? list.map((el, i) => [keyOf(el, i), el] as const) : []);
}

/**
 * A list row's paths, kept while the row, its example and its place are the same
 * (core/remembered.ts): a keystroke in one row of 500 walks one row again, not 500.
 */
const rowPaths = remembered((el: object, example: Tree, blank: Tree, path: string) =>
  examplePaths(fieldsOf(el), example, blank, path),
);

function rowExamplePaths(el: Tree, example: Tree, blank: Tree, path: string): string[] {
  return typeof el === 'object' && el !== null
    ? rowPaths(el, example, blank, path)
    : examplePaths(el, example, blank, path);
}

/**
 * Where `data` still holds `example`'s text: the paths (`unitCost`, `tiers.t2.discount`,
 * `volume.breaks.0.above`) of filled-in texts equal to the example's and unlike the blank
 * document's (a default such as 13 % VAT is no example value). List items are matched by `id`
 * when they have one, else by position. Not yet filtered by `plainlyFromExample`.
 */
export function examplePaths(data: Tree, example: Tree, blank: Tree, path = ''): string[] {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof data === 'string') {
    return sameAsExample(data, example as string) && data !== blank ? [path] : [];
  }
  if (Array.isArray(data)) {
    const ex = byKey(example);
    const bl = byKey(blank);
    return data.flatMap((el, i) => {
      const key = keyOf(el, i);
      return rowExamplePaths(el, ex.get(key), bl.get(key), at(key));
    });
  }
  if (!isRecord(data)) return [];
  const ex = isRecord(example) ? example : {};
  const bl = isRecord(blank) ? blank : {};
  return Object.keys(data).flatMap((key) => examplePaths(data[key], ex[key], bl[key], at(key)));
}

/** The paths still the example's (`examplePaths`), as a set, while plainly from the example. */
export type ExampleLeft = ReadonlySet<string>;

/**
 * Where `data` still holds `example`'s values, by path, once filtered by `keep` (a worksheet
 * leaves out its choices, which carry no figure of the example's), and only while the
 * document plainly came from the example (core/example-values.ts).
 */
export function exampleLeft(
  data: Tree,
  example: Tree,
  blank: Tree,
  keep: (path: string) => boolean = () => true,
): ExampleLeft {
  const paths = examplePaths(data, example, blank).filter(keep);
  return new Set(plainlyFromExample(paths, paths.length, []));
}

/**
 * The rows of the list `list` (a top-level key such as `deals`) that still hold example values:
 * row key (its `id`, or its position) → what `rowHas` reads. Each value is a string, so that a
 * row drawn by a memoised component compares it with `===` and a keystroke redraws only the
 * row whose marks changed.
 */
export function rowsLeft(left: ExampleLeft, list: string): RowsLeft {
  const fields = new Map<string, string[]>();
  for (const path of left) {
    const [head, row, ...rest] = path.split('.');
    if (head !== list || row === undefined || rest.length === 0) continue;
    const names = fields.get(row) ?? [];
    names.push(rest.join('.'));
    fields.set(row, names);
  }
  return new Map([...fields].map(([row, names]) => [row, names.join(' ')]));
}
