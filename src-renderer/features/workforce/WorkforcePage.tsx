import { useMemo, useState } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { buildAnalysis, DEFAULT_CEILING_THRESHOLD, hasFte } from '../../../shared/workforce/metrics';
import type { Reference, WorkforceAnalysis } from '../../../shared/workforce/metrics';
import type { Snapshot, SnapshotWithCounts } from '../../../shared/workforce/snapshot';
import type { Measure } from '../../../shared/workforce/types';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { SuccessBanner } from '../../components/SuccessBanner';
import { ExportButton } from '../export/ExportButton';
import { exportCeilingCsv } from '../export/export-api';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { parseThreshold } from '../../../shared/workforce/threshold';
import { AnalysisSettings } from './analysis/AnalysisSettings';
import { CeilingTable } from './analysis/CeilingTable';
import { CompareSnapshots } from './analysis/CompareSnapshots';
import { snapshotName } from './analysis/format';
import { LadderChart } from './analysis/LadderChart';
import { LikelihoodTable } from './analysis/LikelihoodTable';
import { PerceivedCeilings } from './analysis/PerceivedCeilings';
import { RiHeatmap } from './analysis/RiHeatmap';
import { SnapshotsTable } from './analysis/SnapshotsTable';
import { useSnapshot, useSnapshotsOf } from './workforce-store';

/** The ceiling analysis of an organisation's workforce snapshots (PRODUCT.md, "Ceiling analysis"). */
export function WorkforcePage({ organisationId }: { readonly organisationId: number }) {
  const found = useOrganisation(organisationId);
  // Taken when the screen opens, so it is still there once the organisation has loaded.
  const flash = useFlashMessage();
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return <WorkforceHome organisation={found.organisation} flash={flash} />;
}

function LoadProblem({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h2 className="nhsuk-error-summary__heading">{title}</h2>
      <div className="nhsuk-error-summary__body">
        <p>{message}</p>
      </div>
    </div>
  );
}

function WorkforceHome({ organisation, flash }: { readonly organisation: Organisation; readonly flash: string | null }) {
  const list = useSnapshotsOf(organisation.id);
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisation', id: organisation.id })}>{`Back to ${organisation.name}`}</BackLink>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title="Workforce and ceilings" />
      <p className="nhsuk-body-l">
        Where each clinical profession at {organisation.name} stops rising: the level from which it is under-represented all the
        way to the top.
      </p>
      <a
        className="nhsuk-button nhsuk-button--secondary"
        href={hrefFor({ name: 'workforce-import', organisationId: organisation.id })}
        draggable={false}
      >
        Import a workforce file
      </a>
      {list.state === 'loading' && <p role="status">Loading the workforce snapshots…</p>}
      {list.state === 'unavailable' && <LoadProblem title="The workforce snapshots could not be loaded" message={list.message} />}
      {list.state === 'ready' && list.snapshots.length === 0 && <EmptyState />}
      {list.state === 'ready' && list.snapshots.length > 0 && <Analysis organisation={organisation} snapshots={list.snapshots} />}
    </>
  );
}

function EmptyState() {
  return (
    <section aria-labelledby="empty-heading" data-testid="no-snapshots">
      <h2 id="empty-heading">No workforce snapshots yet</h2>
      <p>Import a dated snapshot of the workforce to see where each profession hits a ceiling. Boardwalk reads either:</p>
      <ul>
        <li>a person-level extract, one row per member of staff, such as an ESR staff-in-post report</li>
        <li>a table of headcounts by profession and pay band, with FTE if you have it</li>
      </ul>
      <p>
        Only the counts of staff by profession and level are kept. Names, employee numbers and other details in the file never
        reach Boardwalk’s database.
      </p>
    </section>
  );
}

type Outcome =
  | { readonly state: 'loading' }
  | { readonly state: 'problem'; readonly message: string }
  | { readonly state: 'ready'; readonly analysis: WorkforceAnalysis };

function analyse(data: SnapshotWithCounts, measure: Measure, threshold: number, reference: Reference): Outcome {
  try {
    return { state: 'ready', analysis: buildAnalysis(data.counts, { measure, threshold, reference }) };
  } catch (error) {
    return { state: 'problem', message: error instanceof Error ? error.message : 'This snapshot could not be analysed.' };
  }
}

function Analysis({ organisation, snapshots }: { readonly organisation: Organisation; readonly snapshots: readonly Snapshot[] }) {
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [requestedMeasure, setRequestedMeasure] = useState<Measure>('headcount');
  const [thresholdText, setThresholdText] = useState(String(DEFAULT_CEILING_THRESHOLD));
  const [threshold, setThreshold] = useState(DEFAULT_CEILING_THRESHOLD);
  const [thresholdError, setThresholdError] = useState<string | null>(null);
  const [reference, setReference] = useState<Reference>('all-others');

  // The newest until the user chooses; a deleted choice falls back to the newest too.
  const snapshot = snapshots.find((s) => s.id === chosenId) ?? snapshots[0];
  const lookup = useSnapshot(snapshot?.id ?? null);
  const data = lookup?.state === 'found' ? lookup.data : null;
  const fteAvailable = snapshot !== undefined && snapshot.hasFte && (data === null || hasFte(data.counts));
  const measure: Measure = requestedMeasure === 'fte' && fteAvailable ? 'fte' : 'headcount';

  const outcome = useMemo((): Outcome => {
    if (data === null) return { state: 'loading' };
    return analyse(data, measure, threshold, reference);
  }, [data, measure, threshold, reference]);

  const onThreshold = (text: string) => {
    setThresholdText(text);
    const parsed = parseThreshold(text);
    // A threshold that is not usable leaves the last good analysis on screen.
    if (parsed.ok) {
      setThreshold(parsed.value);
      setThresholdError(null);
    } else {
      setThresholdError(parsed.message);
    }
  };

  if (!snapshot) return null;
  const name = snapshotName(snapshot);

  return (
    <>
      <section aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading">Snapshots</h2>
        <SnapshotsTable snapshots={snapshots} />
      </section>

      <AnalysisSettings
        snapshots={snapshots}
        snapshotId={snapshot.id}
        onSnapshot={setChosenId}
        measure={measure}
        fteAvailable={fteAvailable}
        onMeasure={setRequestedMeasure}
        thresholdText={thresholdText}
        thresholdError={thresholdError}
        onThreshold={onThreshold}
        reference={reference}
        onReference={setReference}
      />

      {lookup?.state === 'unavailable' && <LoadProblem title="This snapshot could not be loaded" message={lookup.message} />}
      {lookup?.state === 'missing' && <LoadProblem title="This snapshot could not be loaded" message="It may have been deleted." />}
      {outcome.state === 'loading' && lookup?.state === 'loading' && <p role="status">Loading the snapshot…</p>}
      {outcome.state === 'problem' && <LoadProblem title="This snapshot could not be analysed" message={outcome.message} />}
      {outcome.state === 'ready' && (
        <>
          <section aria-labelledby="ceilings-heading" className="app-analysis-section">
            <h2 id="ceilings-heading">Where each profession hits a ceiling</h2>
            <CeilingTable analysis={outcome.analysis} snapshotName={name} />
            <ExportButton
              label="Export the ceiling table as CSV"
              testId="export-ceiling"
              // Never at a threshold other than the one the field shows.
              check={() => (thresholdError === null ? true : `Correct the ceiling threshold first. ${thresholdError}.`)}
              run={() => exportCeilingCsv(snapshot.id, measure, threshold)}
            />
          </section>

          <section aria-labelledby="perception-heading" className="app-analysis-section">
            <h2 id="perception-heading">Perceived and actual ceilings</h2>
            <PerceivedCeilings analysis={outcome.analysis} organisationId={organisation.id} />
          </section>

          <section aria-labelledby="ladder-heading" className="app-analysis-section">
            <h2 id="ladder-heading">Representation at each level</h2>
            <p>
              Each line follows one profession up the levels. Above the parity line, the profession holds more than its share of
              posts at that level; where its line drops below the threshold and stays there, it has hit its ceiling.
            </p>
            <LadderChart analysis={outcome.analysis} />
          </section>

          <section aria-labelledby="heatmap-heading" className="app-analysis-section">
            <h2 id="heatmap-heading">Heatmap of the representation index</h2>
            <RiHeatmap analysis={outcome.analysis} />
          </section>

          <section aria-labelledby="likelihood-heading" className="app-analysis-section">
            <h2 id="likelihood-heading">Relative likelihood of reaching each level</h2>
            <details className="nhsuk-details" data-testid="likelihood-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">Show the relative likelihoods</span>
              </summary>
              <div className="nhsuk-details__text">
                <LikelihoodTable analysis={outcome.analysis} />
              </div>
            </details>
          </section>
        </>
      )}

      {snapshots.length >= 2 && (
        <section aria-labelledby="compare-heading" className="app-analysis-section" data-testid="compare-section">
          <h2 id="compare-heading">Compare two snapshots</h2>
          <p>
            How each profession’s ceiling moved between two dates, using the same measure and threshold as above
            {measure === 'fte' ? ' (FTE, where both snapshots have it)' : ''}.
          </p>
          <CompareSnapshots snapshots={snapshots} measure={measure} threshold={threshold} />
        </section>
      )}
    </>
  );
}
