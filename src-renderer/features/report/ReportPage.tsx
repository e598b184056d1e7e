import { useState } from 'react';
import { DEFAULT_REPORT_ANALYSIS, MARKING_LABELS, REPORT_MARKINGS } from '../../../shared/report/report-inputs';
import type { ReportMarking } from '../../../shared/report/report-inputs';
import type { Snapshot } from '../../../shared/workforce/snapshot';
import { snapshotsAsAt } from '../../../shared/workforce/as-at';
import { MAX_CEILING_THRESHOLD } from '../../../shared/workforce/metrics';
import { MIN_CEILING_THRESHOLD, parseThreshold } from '../../../shared/workforce/threshold';
import type { Measure } from '../../../shared/workforce/types';
import type { Workshop } from '../../../shared/workshops/workshop';
import { api } from '../../api/client';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors, NO_ERRORS } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { ExportButton } from '../export/ExportButton';
import { snapshotName } from '../workforce/analysis/format';
import { useSnapshotsOf } from '../workforce/workforce-store';
import { formatDate } from '../workshops/workshop-format';
import { WorkshopNotShown } from '../workshops/WorkshopNotShown';
import { useWorkshop } from '../workshops/workshops-store';

const MARKING_OPTIONS = REPORT_MARKINGS.map((value) => ({ value, label: MARKING_LABELS[value] }));
const MEASURE_OPTIONS: ReadonlyArray<{ readonly value: Measure; readonly label: string }> = [
  { value: 'headcount', label: 'Headcount' },
  { value: 'fte', label: 'FTE (whole-time equivalent)' },
];

/** Step 7: the priorities report for the board pack, with its protective marking, saved as PDF. */
export function ReportPage({ id }: { readonly id: number }) {
  const found = useWorkshop(id);
  if (found.state !== 'found') return <WorkshopNotShown lookup={found} />;
  return <ReportOptions workshop={found.workshop} />;
}

type Choices = { readonly marking: ReportMarking; readonly measure: Measure; readonly thresholdText: string };

/**
 * The choices made for each workshop's report while the app is open, so that coming back from
 * the preview finds them as they were left.
 */
const remembered = new Map<number, Choices>();
const FIRST_CHOICES: Choices = { marking: 'official', measure: DEFAULT_REPORT_ANALYSIS.measure, thresholdText: String(DEFAULT_REPORT_ANALYSIS.threshold) };

function ReportOptions({ workshop }: { readonly workshop: Workshop }) {
  const [choices, setChoices] = useState<Choices>(() => remembered.get(workshop.id) ?? FIRST_CHOICES);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const choose = (change: Partial<Choices>) => {
    const next = { ...choices, ...change };
    remembered.set(workshop.id, next);
    setChoices(next);
  };
  const { marking, measure, thresholdText } = choices;
  const snapshots = useSnapshotsOf(workshop.organisationId);
  // The report's figures are those of the workshop's day (see snapshotsAsAt).
  const newest = snapshots.state === 'ready' ? snapshotsAsAt(snapshots.snapshots, workshop.date)[0] : undefined;
  const threshold = parseThreshold(thresholdText);
  // The report falls back to headcount itself where the snapshot has no FTE; a threshold that
  // cannot be used is only ever sent as the default, and only when the field is not on screen.
  const analysis = {
    measure: newest?.hasFte === true ? measure : DEFAULT_REPORT_ANALYSIS.measure,
    threshold: threshold.ok ? threshold.value : DEFAULT_REPORT_ANALYSIS.threshold,
  };
  /** Checked when the user asks for the report, as NHS.UK forms check: not at every key press. */
  const check = (): boolean => {
    if (newest === undefined || threshold.ok) {
      setErrors(NO_ERRORS);
      return true;
    }
    setErrors({ fields: [{ id: 'report-threshold', message: threshold.message }], general: null });
    return false;
  };
  const previewHref = hrefFor({ name: 'report-print', id: workshop.id, marking, analysis });
  return (
    <>
      <BackLink href={hrefFor({ name: 'workshop', id: workshop.id })}>{`Back to ${workshop.title}`}</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading title="Priorities report" hasError={hasErrors(errors)} />
      <p>
        A report of {workshop.title} for the board pack, on A4 pages: the summary and headline findings, the agreed priorities with
        their actions, owners and dates, the theme ratings, the 17 key questions, where professions hit a ceiling, the board’s
        composition, the barrier heatmap, recommended development offers, and how the figures were worked out. Sections with
        nothing recorded are left out. Counts of 1 to 4 staff are shown as “&lt;5”.
      </p>
      <Radios
        id="report-marking"
        legend="Protective marking"
        hint="Printed at the top and bottom of every page. Use the marking your organisation’s information governance asks for."
        options={MARKING_OPTIONS}
        value={marking}
        onChange={(value) => choose({ marking: value })}
      />
      {newest === undefined && snapshots.state === 'ready' && snapshots.snapshots.length > 0 && (
        <p data-testid="report-no-snapshot-then">
          Boardwalk holds workforce snapshots for this organisation, but none dated on or before the workshop ({formatDate(workshop.date)}),
          so the report shows only the ceilings the board perceived.
        </p>
      )}
      {newest && (
        <WorkforceOptions
          newest={newest}
          measure={measure}
          onMeasure={(value) => choose({ measure: value })}
          thresholdText={thresholdText}
          onThreshold={(value) => choose({ thresholdText: value })}
          error={errorFor(errors, 'report-threshold')}
        />
      )}
      <ExportButton
        label="Save the report as PDF"
        primary
        busyText="Preparing the report…"
        testId="export-report"
        check={check}
        run={() => api.export.reportPdf({ workshopId: workshop.id, marking, ...analysis })}
      />
      <p>
        <a
          href={previewHref}
          data-testid="report-preview"
          onClick={(event) => {
            if (!check()) event.preventDefault();
          }}
        >
          Preview the report in this window
        </a>
      </p>
    </>
  );
}

/** The workforce screen's own choices, so the report shows the figures the board discussed. */
function WorkforceOptions(props: {
  readonly newest: Snapshot;
  readonly measure: Measure;
  readonly onMeasure: (measure: Measure) => void;
  readonly thresholdText: string;
  readonly onThreshold: (text: string) => void;
  readonly error: string | undefined;
}) {
  const { newest } = props;
  return (
    <>
      <h2 className="nhsuk-heading-s">Workforce figures</h2>
      <p>
        From the snapshot of {snapshotName(newest)}, the newest dated on or before the workshop. Choose the measure and threshold
        the board used on the workforce screen.
      </p>
      {newest.hasFte ? (
        <Radios
          id="report-measure"
          legend="Count staff by"
          hint="Headcount counts people; FTE counts hours, so part-time staff count in part."
          options={MEASURE_OPTIONS}
          value={props.measure}
          onChange={props.onMeasure}
        />
      ) : (
        <p>Staff are counted by headcount: this snapshot was imported without FTE.</p>
      )}
      <TextInput
        id="report-threshold"
        label="Ceiling threshold"
        hint={`A representation index below this counts as under-represented. Enter a number from ${String(MIN_CEILING_THRESHOLD)} to ${String(MAX_CEILING_THRESHOLD)}, with up to 2 decimal places. The usual value is 0.5.`}
        value={props.thresholdText}
        onChange={props.onThreshold}
        widthClass="nhsuk-input--width-4"
        inputMode="decimal"
        error={props.error}
      />
    </>
  );
}
