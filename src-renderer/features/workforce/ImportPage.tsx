import { useEffect, useMemo, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { suppressCount } from '../../../shared/workforce/metrics';
import { applyMapping } from '../../../shared/workforce/preview';
import type { ImportPreview } from '../../../shared/workforce/preview';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, errorFor, toFormErrors } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { TextInput } from '../../components/TextInput';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { DateInput } from '../workshops/DateInput';
import { EMPTY_DATE, describeDateProblem, joinIsoDate } from '../workshops/date-parts';
import type { DatePart, DateParts } from '../workshops/date-parts';
import { formatDate } from '../workshops/workshop-format';
import { ColumnsStep } from './import/ColumnsStep';
import { ReadingStep } from './import/ReadingStep';
import { ValuesStep } from './import/ValuesStep';
import { formatBytes } from '../../../shared/util/format-bytes';
import { useImport } from './import-store';
import { useWorkforce } from './workforce-store';

/** Importing a workforce file: choose, confirm the columns, read, map the values, import. */
export function ImportPage({ organisationId }: { readonly organisationId: number }) {
  const found = useOrganisation(organisationId);
  const start = useImport((s) => s.start);
  const leave = useImport((s) => s.leave);
  useEffect(() => {
    start(organisationId);
    // Leaving the screen stops a read in progress: its result would have nowhere to go.
    return leave;
  }, [start, leave, organisationId]);
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return <ImportScreen organisation={found.organisation} />;
}

function ImportScreen({ organisation }: { readonly organisation: Organisation }) {
  const step = useImport((s) => s.step);
  const problem = useImport((s) => s.problem);
  return (
    <>
      <BackLink href={hrefFor({ name: 'workforce', organisationId: organisation.id })}>Back to workforce and ceilings</BackLink>
      <PageHeading title="Import a workforce file">
        <span className="nhsuk-caption-l">{organisation.name}</span>
        Import a workforce file
      </PageHeading>
      {problem && <FileProblem message={problem} />}
      <FileStep />
      {step === 'columns' && <ColumnsStep />}
      {step === 'reading' && <ReadingStep />}
      {step === 'values' && <ColumnsSummary />}
      {step === 'values' && <ValuesAndCommit organisation={organisation} />}
    </>
  );
}

/** A problem with the file as a whole; it takes focus so it is heard at once. */
function FileProblem({ message }: { readonly message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref} data-takes-focus data-testid="file-problem">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">The file could not be imported</h2>
        <div className="nhsuk-error-summary__body">
          <p>{message}</p>
          <p>Nothing was imported. Correct the file, or choose other columns, and try again.</p>
        </div>
      </div>
    </div>
  );
}

function FileStep() {
  const file = useImport((s) => s.file);
  const inspection = useImport((s) => s.inspection);
  const busy = useImport((s) => s.busy);
  const step = useImport((s) => s.step);
  const available = useImport((s) => s.chooserAvailable);
  const choose = useImport((s) => s.choose);
  const describe = () => {
    if (!inspection) return null;
    if (inspection.format === 'xlsx') return `Excel workbook, sheet "${inspection.sheet ?? ''}"`;
    const delimiter = inspection.delimiter === ';' ? 'semicolon' : inspection.delimiter === '\t' ? 'tab' : 'comma';
    const encoding = inspection.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8';
    return `CSV, ${delimiter}-separated, ${encoding} text`;
  };
  return (
    <section aria-labelledby="file-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="file-heading">1. Choose the file</h2>
      {!inspection && (
        <>
          <p>
            A CSV or Excel (.xlsx) file: either a staff list with one row per employee or assignment (an ESR staff
            in post report, say), or a table of headcounts by profession and pay band.
          </p>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Boardwalk reads the file on this computer and keeps only the number of staff in each profession at each
              level. No names, employee numbers or other rows are stored.
            </p>
          </div>
        </>
      )}
      {file && inspection && (
        <dl className="nhsuk-summary-list" data-testid="file-summary">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">File</dt>
            <dd className="nhsuk-summary-list__value">
              {file.name} ({formatBytes(file.sizeBytes)})
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Format</dt>
            <dd className="nhsuk-summary-list__value">{describe()}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Columns</dt>
            <dd className="nhsuk-summary-list__value">{inspection.headers.length}</dd>
          </div>
        </dl>
      )}
      {!available && (
        <div className="nhsuk-warning-callout" data-testid="no-chooser">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Files open only in the desktop app
            </span>
          </h3>
          <p>This window cannot open files from your computer. Import the file in the Boardwalk desktop app.</p>
        </div>
      )}
      {step !== 'reading' && (
        <button
          type="button"
          className={inspection ? 'nhsuk-button nhsuk-button--secondary' : 'nhsuk-button'}
          onClick={() => void choose()}
          aria-disabled={busy || undefined}
        >
          {inspection ? 'Choose a different file' : 'Choose a file'}
        </button>
      )}
    </section>
  );
}

const ROLE_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['staffGroup', 'Staff group'],
  ['occupation', 'Occupation or job role'],
  ['profession', 'Profession'],
  ['level', 'Pay band or grade'],
  ['headcount', 'Headcount'],
  ['fte', 'FTE'],
];

/** The columns the file was read with, once read; changing them means reading it again. */
function ColumnsSummary() {
  const columns = useImport((s) => s.columnsUsed);
  const backToColumns = useImport((s) => s.backToColumns);
  if (!columns) return null;
  const chosen = columns as Readonly<Record<string, string | null>>;
  return (
    <section aria-labelledby="columns-summary-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="columns-summary-heading">2. Columns</h2>
      <dl className="nhsuk-summary-list" data-testid="columns-summary">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Each row is</dt>
          <dd className="nhsuk-summary-list__value">{columns.shape === 'person' ? 'One person or assignment' : 'A number of staff'}</dd>
        </div>
        {ROLE_LABELS.filter(([role]) => role in chosen).map(([role, label]) => (
          <div className="nhsuk-summary-list__row" key={role}>
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">{chosen[role] ?? 'Not in this file'}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={backToColumns}>
        Change the columns
      </button>
    </section>
  );
}

type CommitForm = {
  readonly date: DateParts;
  readonly label: string;
  readonly saveProfile: boolean;
  readonly profileName: string;
};

const COMMIT_FIELD_IDS = { snapshotDate: 'snapshot-date', label: 'snapshot-label', saveProfileAs: 'profile-name', values: 'values-heading' };

function ValuesAndCommit({ organisation }: { readonly organisation: Organisation }) {
  const scan = useImport((s) => s.scan);
  const columns = useImport((s) => s.columnsUsed);
  const values = useImport((s) => s.values);
  const preview = useMemo(() => (scan && columns ? applyMapping(scan, values, columns) : null), [scan, columns, values]);
  if (!preview) return null;
  return (
    <>
      <ValuesStep preview={preview} />
      <PreviewAndCommit organisation={organisation} preview={preview} />
    </>
  );
}

function PreviewAndCommit({ organisation, preview }: { readonly organisation: Organisation; readonly preview: ImportPreview }) {
  const commit = useImport((s) => s.commit);
  const busy = useImport((s) => s.busy);
  const profileId = useImport((s) => s.profileId);
  const profiles = useImport((s) => s.profiles);
  const imported = useWorkforce((s) => s.imported);
  const showFlash = useFlash((s) => s.show);
  const profileName = profiles.find((p) => p.id === profileId)?.name ?? '';
  const [form, setForm] = useState<CommitForm>({ date: EMPTY_DATE, label: '', saveProfile: false, profileName });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [dateParts, setDateParts] = useState<readonly DatePart[]>([]);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!preview.canCommit) {
      setErrors({ fields: [], general: preview.blockers.join(' ') });
      return;
    }
    const snapshotDate = joinIsoDate(form.date);
    const result = await commit({
      snapshotDate,
      label: form.label,
      saveProfileAs: form.saveProfile ? form.profileName : null,
    });
    if (result.ok) {
      await imported(result.value);
      showFlash(
        `Snapshot of ${formatDate(result.value.snapshotDate)} imported: ${suppressCount(result.value.clinicalHeadcount)} clinical staff counted`,
      );
      navigate({ name: 'workforce', organisationId: organisation.id });
      return;
    }
    const formErrors = toFormErrors(result.error, COMMIT_FIELD_IDS);
    if (result.error.path[0] === 'snapshotDate' && result.error.code === 'INVALID_INPUT') {
      const problem = describeDateProblem(form.date, 'date of the extract');
      setDateParts(problem.parts);
      setErrors({
        ...formErrors,
        fields: formErrors.fields.map((f) => (f.id === COMMIT_FIELD_IDS.snapshotDate ? { id: 'snapshot-date-day', message: problem.message } : f)),
      });
      return;
    }
    setDateParts(result.error.path[0] === 'snapshotDate' ? ['day', 'month', 'year'] : []);
    setErrors({
      ...formErrors,
      fields: formErrors.fields.map((f) => (f.id === COMMIT_FIELD_IDS.snapshotDate ? { id: 'snapshot-date-day', message: f.message } : f)),
    });
  };

  const dateError = errorFor(errors, 'snapshot-date-day');
  return (
    <section aria-labelledby="preview-heading" className="nhsuk-u-margin-top-7">
      <h2 id="preview-heading">4. Check and import</h2>
      <PreviewSummary preview={preview} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary errors={errors} />
        <DateInput
          id="snapshot-date"
          legend="Date of the extract"
          hint="The date the figures describe, for example 31 3 2026"
          value={form.date}
          onChange={(date) => setForm({ ...form, date })}
          error={dateError}
          errorParts={dateParts}
        />
        <TextInput
          id="snapshot-label"
          label="Label (optional)"
          hint="For example, Year end or After the restructure"
          value={form.label}
          onChange={(label) => setForm({ ...form, label })}
          error={errorFor(errors, 'snapshot-label')}
          widthClass="nhsuk-input--width-20"
        />
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="save-profile"
                type="checkbox"
                checked={form.saveProfile}
                onChange={(event) => setForm({ ...form, saveProfile: event.target.checked })}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="save-profile">
                Save these columns and values to use next time
              </label>
            </div>
          </div>
        </div>
        {form.saveProfile && (
          <TextInput
            id="profile-name"
            label="Name of the saved mapping"
            hint="A mapping with the same name is replaced"
            value={form.profileName}
            onChange={(name) => setForm({ ...form, profileName: name })}
            error={errorFor(errors, 'profile-name')}
            widthClass="nhsuk-input--width-20"
          />
        )}
        <button type="submit" className="nhsuk-button" aria-disabled={busy || undefined}>
          Import snapshot
        </button>
      </form>
    </section>
  );
}

function PreviewSummary({ preview }: { readonly preview: ImportPreview }) {
  const staff = (n: number) => suppressCount(n);
  const excludedRows = preview.excluded.reduce((sum, e) => sum + e.rows, 0);
  return (
    <>
      <dl className="nhsuk-summary-list" data-testid="import-preview">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Rows read</dt>
          <dd className="nhsuk-summary-list__value">{preview.rowsRead.toLocaleString('en-GB')}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Clinical staff counted</dt>
          <dd className="nhsuk-summary-list__value">{staff(preview.mapped.headcount)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Non-clinical staff, kept apart</dt>
          <dd className="nhsuk-summary-list__value">{staff(preview.nonClinical.headcount)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Rows left out</dt>
          <dd className="nhsuk-summary-list__value">{staff(excludedRows)}</dd>
        </div>
      </dl>
      {preview.excluded.length > 0 && (
        <table className="nhsuk-table" data-testid="exclusions">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Rows left out, and why</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Reason</th>
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Rows</th>
              <th className="nhsuk-table__header" scope="col">Values</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {preview.excluded.map((e) => (
              <tr className="nhsuk-table__row" key={e.reason}>
                <th className="nhsuk-table__header" scope="row">
                  {e.label}
                  {e.needsMapping && <strong className="nhsuk-tag nhsuk-tag--red app-tag-inline">Needs mapping</strong>}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{staff(e.rows)}</td>
                <td className="nhsuk-table__cell">
                  {e.values.length === 0
                    ? 'Blank'
                    : e.values
                        .slice(0, 4)
                        .map((v) => `${v.value} (${staff(v.rows)})`)
                        .join(', ') + (e.values.length > 4 ? `, and ${e.values.length - 4} more` : '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="nhsuk-table" data-testid="import-totals">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">Staff counted by profession</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Profession</th>
            <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Headcount</th>
            {preview.totals.some((t) => t.fte !== null) && (
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">FTE</th>
            )}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {preview.totals.map((t) => (
            <tr className="nhsuk-table__row" key={t.staffGroupId}>
              <th className="nhsuk-table__header" scope="row">{t.label}</th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{staff(t.headcount)}</td>
              {t.fte !== null && (
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {t.headcount > 0 && t.headcount < 5 ? '<5' : t.fte.toLocaleString('en-GB', { maximumFractionDigits: 1 })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="nhsuk-body-s">
        In this summary, counts from 1 to 4 are shown as &lt;5. The lists of values above show exact counts, to help
        you map them; they are not stored.
      </p>
      {!preview.canCommit && (
        <div className="nhsuk-warning-callout" data-testid="blockers">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Before importing
            </span>
          </h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {preview.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
