/**
 * On paper only: an empty table with room to write, in place of a list that is still empty on
 * screen (no milestones, members or bands yet). Hidden on screen and from assistive technology
 * there; the screen shows its own note instead.
 */
export function PaperRows({ columns, rows = 3 }: { columns: readonly string[]; rows?: number }) {
  return (
    <table class="ws-paper-rows" aria-hidden="true">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {columns.map((c) => (
              <td key={c} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
