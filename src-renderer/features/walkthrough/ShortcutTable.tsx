export type Shortcut = { readonly keys: string; readonly does: string };

/** Keys and what they do, as the Help page and the walk-through's shortcuts dialog list them. */
export function ShortcutTable({
  caption,
  rows,
  captionHidden = false,
}: {
  readonly caption: string;
  readonly rows: readonly Shortcut[];
  readonly captionHidden?: boolean;
}) {
  return (
    <table className="nhsuk-table">
      <caption className={captionHidden ? 'nhsuk-u-visually-hidden' : 'nhsuk-table__caption'}>{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Key
          </th>
          <th className="nhsuk-table__header" scope="col">
            What it does
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.keys}>
            <td className="nhsuk-table__cell">
              <kbd>{row.keys}</kbd>
            </td>
            <td className="nhsuk-table__cell">{row.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
