import { suppressCount } from '../../../../shared/workforce/metrics';
import type { Snapshot } from '../../../../shared/workforce/snapshot';
import { hrefFor } from '../../../app/routes';
import { formatDate } from '../../workshops/workshop-format';

/** The organisation's snapshots, newest first; every count is suppressed like the rest of the screen. */
export function SnapshotsTable({ snapshots }: { readonly snapshots: readonly Snapshot[] }) {
  return (
    <table className="nhsuk-table app-snapshots-table" data-testid="snapshots-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">
        Workforce snapshots ({snapshots.length}), newest first
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">Date</th>
          <th className="nhsuk-table__header" scope="col">Label</th>
          <th className="nhsuk-table__header" scope="col">Source file</th>
          <th className="nhsuk-table__header app-numeric" scope="col">Clinical staff</th>
          <th className="nhsuk-table__header app-numeric" scope="col">Rows read</th>
          <th className="nhsuk-table__header app-numeric" scope="col">Rows excluded</th>
          <th className="nhsuk-table__header" scope="col">Actions</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {snapshots.map((snapshot) => {
          const date = formatDate(snapshot.snapshotDate);
          return (
            <tr className="nhsuk-table__row" key={snapshot.id}>
              <th className="nhsuk-table__header app-nowrap" scope="row">{date}</th>
              <td className="nhsuk-table__cell">{snapshot.label || <span className="app-muted">None</span>}</td>
              <td className="nhsuk-table__cell app-break-anywhere">{snapshot.sourceName}</td>
              <td className="nhsuk-table__cell app-numeric">{suppressCount(snapshot.clinicalHeadcount)}</td>
              <td className="nhsuk-table__cell app-numeric">{suppressCount(snapshot.rowsRead)}</td>
              <td className="nhsuk-table__cell app-numeric">{suppressCount(snapshot.rowsExcluded)}</td>
              <td className="nhsuk-table__cell app-actions-cell">
                <a href={hrefFor({ name: 'workforce-snapshot-delete', organisationId: snapshot.organisationId, snapshotId: snapshot.id })}>
                  Delete<span className="nhsuk-u-visually-hidden"> the snapshot of {date}</span>
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
