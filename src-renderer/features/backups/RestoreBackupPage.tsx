import type { RestoreResult } from '../../../shared/backups/backup';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RecordNotShown } from '../../components/RecordNotShown';
import { useSubmit } from '../../components/use-submit';
import { reloadWithMessage } from './after-reload';
import { backupKindLabel, backupSizeText, formatBackupTime, restoredMessage } from './backup-format';
import { useBackupList, useBackups } from './backups-store';

/** Restoring replaces everything entered since the backup, so it takes a deliberate second step. */
export function RestoreBackupPage({ backupName }: { readonly backupName: string }) {
  const lookup = useBackupList();
  const restore = useBackups((s) => s.restore);
  const { errors, submitting, submit } = useSubmit<RestoreResult>({}, (result) => {
    reloadWithMessage({ name: 'backups' }, restoredMessage(result.restored, result.beforeRestore));
  });
  const backupsHref = hrefFor({ name: 'backups' });
  const backup = lookup.state === 'ready' ? lookup.list.backups.find((b) => b.name === backupName) : undefined;
  if (!backup) {
    return (
      <RecordNotShown
        lookup={lookup.state === 'ready' ? { state: 'missing' } : lookup}
        noun="backup"
        missingText="This backup is not in the backups folder. It may have been removed when older backups were tidied away."
        unavailableTitle="Your backups could not be listed"
        back={{ href: backupsHref, text: 'Go to your backups' }}
      />
    );
  }
  const when = formatBackupTime(backup.takenAt);

  return (
    <>
      <BackLink href={backupsHref}>Back to backups</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">Backups</span>
          <PageHeading title={`Restore the backup of ${when}?`} />
          <p>
            {backupKindLabel(backup.kind)}, {backupSizeText(backup)}.
          </p>
          {backup.usable ? (
            <>
              <p>Everything entered since then will be replaced by the data in this backup.</p>
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>
                  Your data as it is now is backed up first (Before a restore), so you can go back to it by restoring
                  that backup.
                </p>
              </div>
              <div className="app-button-group">
                <button
                  className="nhsuk-button nhsuk-button--warning"
                  type="button"
                  onClick={() => void submit(() => restore(backup.name))}
                  disabled={submitting}
                >
                  Yes, restore this backup
                </button>
                <a href={backupsHref}>No, keep my data as it is</a>
              </div>
            </>
          ) : (
            <>
              <p>This backup cannot be restored: {backup.problem ?? 'it failed its check'}.</p>
              <p>
                <a href={backupsHref}>Go to your backups</a>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
