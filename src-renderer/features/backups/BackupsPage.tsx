import { useEffect, useState } from 'react';
import type { Backup } from '../../../shared/backups/backup';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useSubmit } from '../../components/use-submit';
import { clearMessageAfterReload, peekMessageAfterReload } from './after-reload';
import { backupSizeText, formatBackupTime } from './backup-format';
import { BackupsTable } from './BackupsTable';
import { useBackupList, useBackups } from './backups-store';

/** The backups: when each was taken, why, its size; "Back up now"; a way to restore each. */
export function BackupsPage() {
  const lookup = useBackupList();
  const create = useBackups((s) => s.create);
  const flash = useFlashMessage();
  const [afterReload] = useState(peekMessageAfterReload);
  useEffect(() => clearMessageAfterReload(), []);
  const [taken, setTaken] = useState<string | null>(null);
  const { errors, submitting, submit } = useSubmit<Backup>({}, (backup) => {
    setTaken(`Backup taken: ${formatBackupTime(backup.takenAt)}, ${backupSizeText(backup)}`);
  });
  const message = taken ?? flash ?? afterReload;

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      {message && <SuccessBanner key={message} message={message} />}
      <ErrorSummary errors={errors} />
      <PageHeading title="Backups" />
      <p>
        Boardwalk backs up your data the first time it starts each day, and before an update changes how your data is
        stored. It keeps the last 7 days, one backup a week for the last 4 weeks, and the copy taken before each restore.
        Each backup is checked when it is made, and again before it is restored.
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => {
          setTaken(null);
          void submit(create);
        }}
        disabled={submitting}
      >
        Back up now
      </button>
      {lookup.state === 'loading' && <p role="status">Loading your backups…</p>}
      {lookup.state === 'unavailable' && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__heading">Your backups could not be listed</h2>
          <div className="nhsuk-error-summary__body">
            <p>{lookup.message}</p>
          </div>
        </div>
      )}
      {lookup.state === 'ready' && (
        <>
          {lookup.list.backups.length === 0 ? (
            <p data-testid="no-backups">
              There are no backups yet. The first is taken when Boardwalk next starts on another day, or now with Back up
              now.
            </p>
          ) : (
            <BackupsTable
              backups={lookup.list.backups}
              restoreAction={(backup, which) => (
                <a href={hrefFor({ name: 'backup-restore', backupName: backup.name })}>
                  Restore<span className="nhsuk-u-visually-hidden"> the backup of {which}</span>
                </a>
              )}
            />
          )}
          <p className="nhsuk-body-s">
            Backups are kept in <span className="app-file-path">{lookup.list.folder}</span>
          </p>
        </>
      )}
    </>
  );
}
