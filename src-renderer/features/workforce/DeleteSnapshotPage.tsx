import { useState } from 'react';
import { suppressCount } from '../../../shared/workforce/metrics';
import type { Snapshot } from '../../../shared/workforce/snapshot';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RecordNotShown } from '../../components/RecordNotShown';
import type { NotShownLookup } from '../../components/RecordNotShown';
import { useSubmit } from '../../components/use-submit';
import { formatDate } from '../workshops/workshop-format';
import { useSnapshot, useWorkforce } from './workforce-store';

/** Deleting is permanent, so it always takes a second, deliberate step on its own screen. */
export function DeleteSnapshotPage({ organisationId, snapshotId }: { readonly organisationId: number; readonly snapshotId: number }) {
  const found = useSnapshot(snapshotId);
  // A snapshot of another organisation is not this screen's to delete: it is "not found" here.
  const current = found?.state === 'found' && found.data.snapshot.organisationId === organisationId ? found.data.snapshot : null;
  // Once shown, the confirmation stays until the screen changes: after the delete the snapshot
  // is gone, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<Snapshot | null>(null);
  if (current && shown !== current) setShown(current);
  const snapshot = current ?? shown;
  if (!snapshot) {
    const lookup: NotShownLookup =
      found === null || found.state === 'loading' ? { state: 'loading' } : found.state === 'found' ? { state: 'missing' } : found;
    return (
      <RecordNotShown
        lookup={lookup}
        noun="snapshot"
        missingText="This workforce snapshot does not exist. It may have been deleted."
        unavailableTitle="The snapshot could not be loaded"
        back={{ href: hrefFor({ name: 'workforce', organisationId }), text: 'Go to workforce and ceilings' }}
      />
    );
  }
  return <ConfirmDelete snapshot={snapshot} />;
}

function ConfirmDelete({ snapshot }: { readonly snapshot: Snapshot }) {
  const remove = useWorkforce((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const date = formatDate(snapshot.snapshotDate);
  const { errors, submitting, submit } = useSubmit<{ id: number }>({}, () => {
    showFlash(`Snapshot of ${date} deleted`);
    navigate({ name: 'workforce', organisationId: snapshot.organisationId });
  });
  const workforceHref = hrefFor({ name: 'workforce', organisationId: snapshot.organisationId });

  return (
    <>
      <BackLink href={workforceHref}>Back to workforce and ceilings</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title={`Delete the snapshot of ${date}?`}>
            Delete the snapshot of <span className="app-nowrap">{date}</span>?
          </PageHeading>
          <p data-testid="snapshot-summary">
            {snapshot.label ? `${snapshot.label}: ` : ''}
            {suppressCount(snapshot.clinicalHeadcount)} clinical staff, imported from {snapshot.sourceName}.
          </p>
          <div className="nhsuk-card nhsuk-card--warning">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading">This cannot be undone</h2>
              <p className="nhsuk-card__description">Deleting this snapshot removes from Boardwalk:</p>
              <ul>
                <li>the counts of staff by profession and level taken from {snapshot.sourceName}</li>
                <li>its ceiling analysis, and its place in comparisons with other snapshots</li>
              </ul>
              <p className="nhsuk-card__description">
                Your file is not touched: you can import it again. Other snapshots and the board’s perceived ceilings stay as they
                are.
              </p>
            </div>
          </div>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => remove(snapshot))}
              disabled={submitting}
            >
              Delete snapshot
            </button>
            <a href={workforceHref}>Cancel</a>
          </div>
        </div>
      </div>
    </>
  );
}
