import { useEffect, useRef, useState } from 'react';
import type { Recovered } from '../../../shared/backups/recovery';
import { documentTitle } from '../../app/document-title';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSubmit } from '../../components/use-submit';
import { formatBackupTime } from '../backups/backup-format';
import { BackupsTable } from '../backups/BackupsTable';
import { useRecovery } from './recovery-store';
import type { RecoveryProblem } from './recovery-store';

/** A heading for each kind of problem; the message under it says exactly what was found. */
const TITLES: Readonly<Record<RecoveryProblem['code'], string>> = {
  DB_TOO_NEW: 'Your data was saved by a newer version of Boardwalk',
  DB_NOT_A_DATABASE: 'Boardwalk’s data file is not a Boardwalk database',
  DB_CORRUPT: 'Boardwalk’s data file is damaged',
  DB_UNREADABLE: 'Boardwalk cannot read its data file',
  DB_SETTINGS_DAMAGED: 'Boardwalk cannot tell which data file is yours',
  DB_OPEN_FAILED: 'Boardwalk cannot open your data',
};

/**
 * Shown instead of the app when its database cannot be opened: what is wrong, and three ways on
 * (restore a backup, start a new database, quit), none of which changes the file that could not
 * be opened.
 */
export function RecoveryPage({ problem }: { readonly problem: RecoveryProblem }) {
  const [quitting, setQuitting] = useState<{ closing: boolean } | null>(null);
  if (quitting) return <Quitting closing={quitting.closing} />;
  return <Choices problem={problem} onQuit={setQuitting} />;
}

function Choices({ problem, onQuit }: { readonly problem: RecoveryProblem; readonly onQuit: (answer: { closing: boolean }) => void }) {
  const backups = useRecovery((s) => s.backups);
  const backupsError = useRecovery((s) => s.backupsError);
  const loadBackups = useRecovery((s) => s.loadBackups);
  const restore = useRecovery((s) => s.restore);
  const startNew = useRecovery((s) => s.startNew);
  const quit = useRecovery((s) => s.quit);
  const showFlash = useFlash((s) => s.show);
  const recovered = useRecovery((s) => s.recovered);
  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  // In this order: the address and the confirmation are in place before the app's screens appear.
  const opened = (message: string) => (result: Recovered) => {
    navigate({ name: 'organisations' });
    showFlash(`${message} Boardwalk now keeps your data in ${result.databaseFile}.`);
    recovered();
  };
  const restoring = useSubmit<Recovered>({}, opened('Your data has been restored from the backup.'));
  const starting = useSubmit<Recovered>({}, opened('A new, empty database has been started.'));
  const quitting = useSubmit<{ closing: boolean }>({}, onQuit);
  const busy = restoring.submitting || starting.submitting || quitting.submitting;
  const errors = [restoring.errors, starting.errors, quitting.errors].find((e) => e.general !== null || e.fields.length > 0) ?? restoring.errors;
  const usable = backups?.backups.filter((b) => b.usable).length ?? 0;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading title={TITLES[problem.code]} />
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>What Boardwalk found
            </span>
          </h2>
          <p data-testid="recovery-message">{problem.message}</p>
          <p>
            The file: <span className="app-file-path" data-testid="recovery-file">{problem.file}</span>
          </p>
        </div>
        <p>Boardwalk has not changed this file, and none of the choices below will. Choose what to do.</p>

        <h2 className="nhsuk-heading-m">Restore a backup</h2>
        <p>
          Boardwalk copies the backup into a new database beside this file and opens it. Anything entered after the
          backup was taken is not in it.
        </p>
        {backupsError && <p className="nhsuk-error-message">{backupsError}</p>}
        {backups === null && backupsError === null && <p role="status">Looking for backups…</p>}
        {backups !== null &&
          (backups.backups.length === 0 ? (
            <p data-testid="no-backups">There are no backups in {backups.folder}.</p>
          ) : (
            <>
              {usable === 0 && <p>None of the backups can be restored.</p>}
              <BackupsTable
                backups={backups.backups}
                restoreAction={(backup, which) => (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-table-button"
                    disabled={busy}
                    onClick={() => void restoring.submit(() => restore(backup.name))}
                  >
                    Restore<span className="nhsuk-u-visually-hidden"> the backup of {which}</span>
                  </button>
                )}
              />
            </>
          ))}

        <h2 className="nhsuk-heading-m">Start a new database</h2>
        <p>
          Boardwalk starts again with no organisations or workshops, in a new file beside this one, and opens that file
          from now on. This file stays where it is, so it can still be recovered later.
        </p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={() => void starting.submit(startNew)}>
          Start a new database
        </button>

        <h2 className="nhsuk-heading-m">Quit</h2>
        <p>Close Boardwalk and change nothing, for example to ask your IT team to look at the file first.</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={busy} onClick={() => void quitting.submit(quit)}>
          Quit Boardwalk
        </button>
        {backups !== null && backups.backups.length > 0 && (
          <p className="nhsuk-body-s">
            Backups are kept in <span className="app-file-path">{backups.folder}</span>. The newest was taken{' '}
            {formatBackupTime(backups.backups[0]?.takenAt ?? '')}.
          </p>
        )}
      </div>
    </div>
  );
}

function Quitting({ closing }: { readonly closing: boolean }) {
  const title = closing ? 'Boardwalk is closing' : 'You chose to quit';
  const ref = useRef<HTMLHeadingElement>(null);
  // The screen changed without a change of address, so the heading is focused here to be announced.
  useEffect(() => {
    document.title = documentTitle(title);
    ref.current?.focus();
  }, [title]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        <p>Nothing has been changed.</p>
        {!closing && <p data-testid="quit-not-closing">Boardwalk cannot close this window itself. You can close it now.</p>}
      </div>
    </div>
  );
}
