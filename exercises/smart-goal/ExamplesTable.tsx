/** Static good-versus-weak examples. */
import { EXAMPLES_TABLE as T } from './examples-strings';

export function ExamplesTable() {
  return (
    <div class="ws-table-wrap sg-section">
      <table>
        <caption>{T.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{T.weak}</th>
            <th scope="col">{T.good}</th>
            <th scope="col">{T.why}</th>
          </tr>
        </thead>
        <tbody>
          {T.rows.map((row) => (
            <tr key={row.weak}>
              <td>{row.weak}</td>
              <td>{row.good}</td>
              <td>{row.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
