import type { ReactNode } from 'react';
import type { Backup } from '../../../shared/backups/backup';
import { backupKindLabel, backupSizeText, formatBackupTime } from './backup-format';

type BackupsTableProps = {
  readonly backups: readonly Backup[];
  /**
   * The cell for a backup that can be restored: a link or a button, whose accessible name ends
   * with `which` ("21 November 2026 at 09:30, backed up by you"), so two backups in the same
   * minute are still told apart.
   */
  readonly restoreAction: (backup: Backup, which: string) => ReactNode;
};

/** Every backup with when it was taken, why, its size, and whether it can be restored. */
export function BackupsTable({ backups, restoreAction }: BackupsTableProps) {
  return (
    <table className="nhsuk-table" data-testid="backups">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">Backups ({backups.length})</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">Taken</th>
          <th className="nhsuk-table__header" scope="col">Why</th>
          <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Size</th>
          <th className="nhsuk-table__header" scope="col">Restore</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {backups.map((backup) => {
          const when = formatBackupTime(backup.takenAt);
          const kind = backupKindLabel(backup.kind);
          const which = `${when}, ${kind.charAt(0).toLowerCase()}${kind.slice(1)}`;
          return (
            <tr className="nhsuk-table__row" key={backup.name} data-testid="backup">
              <th className="nhsuk-table__header" scope="row">{when}</th>
              <td className="nhsuk-table__cell">{kind}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric app-nowrap">{backupSizeText(backup)}</td>
              <td className="nhsuk-table__cell">
                {backup.usable ? (
                  restoreAction(backup, which)
                ) : (
                  <span className="app-backup-unusable">
                    <strong>Cannot be restored:</strong> {backup.problem ?? 'it failed its check'}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
