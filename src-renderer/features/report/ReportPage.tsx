import { useState } from 'react';
import type { ExportResult } from '../../../shared/export/export';
import type { Result } from '../../../shared/ipc/result';
import { DEFAULT_REPORT_ANALYSIS, MARKING_LABELS, REPORT_MARKINGS } from '../../../shared/report/report-inputs';
import type { ReportMarking } from '../../../shared/report/report-inputs';
import type { Snapshot } from '../../../shared/workforce/snapshot';
import type { Measure } from '../../../shared/workforce/types';
import type { Workshop } from '../../../shared/workshops/workshop';
import { api } from '../../api/client';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { ExportButton } from '../export/ExportButton';
import { MAX_THRESHOLD, MIN_THRESHOLD, parseThreshold } from '../workforce/analysis/AnalysisSettings';
import { snapshotName } from '../workforce/analysis/format';
import { useSnapshotsOf } from '../workforce/workforce-store';
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
  const choose = (change: Partial<Choices>) => {
    const next = { ...choices, ...change };
    remembered.set(workshop.id, next);
    setChoices(next);
  };
  const { marking, measure, thresholdText } = choices;
  const setMarking = (value: ReportMarking) => choose({ marking: value });
  const setMeasure = (value: Measure) => choose({ measure: value });
  const setThresholdText = (value: string) => choose({ thresholdText: value });
  const snapshots = useSnapshotsOf(workshop.organisationId);
  const newest = snapshots.state === 'ready' ? snapshots.snapshots[0] : undefined;
  const threshold = parseThreshold(thresholdText);
  // The figures only change where there is a snapshot to analyse, and FTE only where it holds FTE.
  const analysis = {
    measure: newest?.hasFte === true ? measure : DEFAULT_REPORT_ANALYSIS.measure,
    threshold: newest && threshold.ok ? threshold.value : DEFAULT_REPORT_ANALYSIS.threshold,
  };
  const thresholdError = newest && !threshold.ok ? threshold.message : undefined;
  const save = (): Promise<Result<ExportResult>> => {
    if (thresholdError !== undefined) {
      const error = { code: 'INVALID_INPUT' as const, message: `Correct the ceiling threshold first. ${thresholdError}.`, path: ['threshold'] };
      return Promise.resolve({ ok: false, error: { ...error, fields: [{ path: error.path, message: thresholdError }] } });
    }
    return api.export.reportPdf({ workshopId: workshop.id, marking, ...analysis });
  };
  return (
    <>
      <BackLink href={hrefFor({ name: 'workshop', id: workshop.id })}>{`Back to ${workshop.title}`}</BackLink>
      <PageHeading title="Priorities report" />
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
        onChange={setMarking}
      />
      {newest && <WorkforceOptions newest={newest} measure={measure} onMeasure={setMeasure} thresholdText={thresholdText} onThreshold={setThresholdText} error={thresholdError} />}
      <ExportButton label="Save the report as PDF" primary busyText="Preparing the report…" testId="export-report" run={save} />
      <p>
        {thresholdError === undefined ? (
          <a href={hrefFor({ name: 'report-print', id: workshop.id, marking, analysis })} data-testid="report-preview">
            Preview the report in this window
          </a>
        ) : (
          'Correct the ceiling threshold to preview the report.'
        )}
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
      <p>From the newest snapshot, {snapshotName(newest)}. Choose what the board looked at on the workforce screen.</p>
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
        hint={`A representation index below this counts as under-represented. From ${String(MIN_THRESHOLD)} to ${String(MAX_THRESHOLD)}; the usual value is 0.5.`}
        value={props.thresholdText}
        onChange={props.onThreshold}
        widthClass="nhsuk-input--width-4"
        error={props.error}
      />
    </>
  );
}
