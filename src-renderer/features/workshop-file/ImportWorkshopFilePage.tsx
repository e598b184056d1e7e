import { useEffect, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { ORGANISATION_TYPE_LABELS } from '../../../shared/organisations/organisation';
import type { OrganisationMatch } from '../../../shared/workshop-file/channels';
import { formatBytes } from '../../../shared/util/format-bytes';
import { documentTitle } from '../../app/document-title';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors } from '../../components/form-errors';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { SuccessBanner } from '../../components/SuccessBanner';
import { contentsText, formatDateTime, heldText, matchReason } from './format';
import { IMPORT_FIELD_IDS, useWorkshopFileImport } from './workshop-file-store';
import type { FileRefusal, ReadyFile } from './workshop-file-store';

/** Importing a workshop file: choose it, see what it holds, import it as new or in place of the same organisation. */
export function ImportWorkshopFilePage() {
  const reset = useWorkshopFileImport((s) => s.reset);
  const step = useWorkshopFileImport((s) => s.step);
  // Each visit starts afresh, and leaving forgets the file.
  useEffect(() => {
    reset();
    return reset;
  }, [reset]);
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {step.kind === 'choose' && <ChooseStep />}
          {step.kind === 'summary' && <SummaryStep key={step.file.fileId} file={step.file} replacing={step.replacing} />}
          {step.kind === 'confirm' && <ConfirmStep file={step.file} target={step.target} />}
          {step.kind === 'done' && <DoneStep />}
        </div>
      </div>
    </>
  );
}

/**
 * The heading of a step after the first: it takes focus when the step appears (unless an error
 * summary or a confirmation already has), so the change is announced and Tab starts below it.
 */
function StepHeading({ title, hasError = false }: { readonly title: string; readonly hasError?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = documentTitle(title, hasError);
  }, [title, hasError]);
  useEffect(() => {
    if (!document.activeElement?.closest('[data-takes-focus]')) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}

function ChooseStep() {
  const busy = useWorkshopFileImport((s) => s.busy);
  const available = useWorkshopFileImport((s) => s.available);
  const refusal = useWorkshopFileImport((s) => s.refusal);
  const choose = useWorkshopFileImport((s) => s.choose);
  return (
    <>
      {refusal && <FileRefused refusal={refusal} />}
      <PageHeading title="Import a workshop file" hasError={refusal !== null} />
      <p>
        A workshop file (.boardwalk) holds one organisation as another facilitator exported it from Boardwalk: its board,
        workshops, ratings, votes, priorities, actions, champions, workforce snapshots (counts only) and the development offers
        its actions suggest.
      </p>
      <p>You will see what the file holds before anything is imported, and nothing already here is replaced without your say-so.</p>
      {!available && (
        <div className="nhsuk-warning-callout" data-testid="no-chooser">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Files open only in the desktop app
            </span>
          </h2>
          <p>This window cannot open files from your computer. Import the file in the Boardwalk desktop app.</p>
        </div>
      )}
      <button type="button" className="nhsuk-button" onClick={() => void choose()} aria-disabled={busy || undefined}>
        {refusal ? 'Choose another file' : 'Choose a workshop file'}
      </button>
    </>
  );
}

/** Why the chosen file cannot be imported, naming each place in it; it takes focus so it is heard at once. */
function FileRefused({ refusal }: { readonly refusal: FileRefusal }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [refusal]);
  const [first, ...rest] = refusal.problems;
  return (
    <div className="nhsuk-error-summary" tabIndex={-1} ref={ref} data-takes-focus data-testid="file-refused">
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading">
          {refusal.fileName ? `${refusal.fileName} cannot be imported` : 'The file cannot be imported'}
        </h2>
        <div className="nhsuk-error-summary__body">
          {rest.length === 0 ? (
            <p data-testid="file-problem">{first}</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {refusal.problems.map((problem) => (
                <li key={problem} data-testid="file-problem">
                  {problem}
                </li>
              ))}
            </ul>
          )}
          <p>Nothing was imported.</p>
        </div>
      </div>
    </div>
  );
}

type Mode = 'new' | `replace-${number}`;

function SummaryStep({ file, replacing }: { readonly file: ReadyFile; readonly replacing: number | null }) {
  const { summary } = file;
  const errors = useWorkshopFileImport((s) => s.errors);
  const busy = useWorkshopFileImport((s) => s.busy);
  const importNew = useWorkshopFileImport((s) => s.importNew);
  const askToReplace = useWorkshopFileImport((s) => s.askToReplace);
  const choose = useWorkshopFileImport((s) => s.choose);
  const [mode, setMode] = useState<Mode | ''>(() => {
    if (replacing !== null) return `replace-${replacing}`;
    return summary.matches.length === 0 ? 'new' : '';
  });
  const [name, setName] = useState(summary.suggestedName);
  const [modeError, setModeError] = useState<string | undefined>(undefined);

  const shownErrors = modeError
    ? { fields: [{ id: IMPORT_FIELD_IDS.organisationId, message: modeError }], general: null }
    : errors;

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode === '') {
      setModeError('Choose whether to import it as a new organisation or to replace the one already here');
      return;
    }
    setModeError(undefined);
    if (mode === 'new') {
      void importNew(summary.nameTaken ? name : undefined);
      return;
    }
    const target = summary.matches.find((m) => `replace-${m.id}` === mode);
    if (target) askToReplace(target);
  };

  const options = [
    { value: 'new' as Mode, label: 'As a new organisation' },
    ...summary.matches.map((m) => ({ value: `replace-${m.id}` as Mode, label: `Replace ${m.name} with the file’s copy` })),
  ];

  return (
    <>
      <ErrorSummary errors={shownErrors} />
      <StepHeading title={`Import ${summary.organisation.name}`} hasError={hasErrors(shownErrors)} />
      <dl className="nhsuk-summary-list" data-testid="file-summary">
        <SummaryRow label="Organisation" value={summary.organisation.name} />
        <SummaryRow label="ODS code" value={summary.organisation.odsCode ?? 'None'} />
        <SummaryRow label="Type" value={ORGANISATION_TYPE_LABELS[summary.organisation.type]} />
        <SummaryRow label="What it holds" value={contentsText(summary.counts)} testId="file-contents" />
        <SummaryRow label="Exported" value={`${formatDateTime(summary.exportedAt)}, by Boardwalk ${summary.appVersion}`} />
        <SummaryRow label="File" value={`${file.fileName} (${formatBytes(file.sizeBytes)})`} />
      </dl>
      {summary.matches.map((match) => (
        <div className="nhsuk-inset-text" key={match.id} data-testid="file-match">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>{match.name}</strong> is already here, with {matchReason(match)}. It has {heldText(match)}.
          </p>
        </div>
      ))}
      <form onSubmit={onSubmit} noValidate>
        {summary.matches.length > 0 && (
          <Radios<Mode>
            id={IMPORT_FIELD_IDS.organisationId}
            legend="How do you want to import it?"
            options={options}
            value={mode}
            onChange={(value) => {
              setMode(value);
              setModeError(undefined);
            }}
            error={modeError ?? errorFor(errors, IMPORT_FIELD_IDS.organisationId)}
          />
        )}
        {mode === 'new' && summary.odsCodeTaken && (
          <p data-testid="ods-code-note">
            A new organisation is imported without an ODS code, because ODS code {summary.organisation.odsCode} belongs to the
            organisation already here.
          </p>
        )}
        {mode === 'new' && summary.nameTaken && (
          <TextInput
            id={IMPORT_FIELD_IDS.name}
            label="Name for the new organisation"
            hint={`An organisation called ${summary.organisation.name} is already here, so the new one needs another name. Keep this one or write your own.`}
            value={name}
            onChange={setName}
            error={errorFor(errors, IMPORT_FIELD_IDS.name)}
          />
        )}
        <div className="app-button-group">
          <button type="submit" className="nhsuk-button" aria-disabled={busy || undefined}>
            {mode === 'new' ? 'Import as a new organisation' : 'Continue'}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void choose()}>
            Choose a different file
          </button>
        </div>
      </form>
    </>
  );
}

function SummaryRow({ label, value, testId }: { readonly label: string; readonly value: string; readonly testId?: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Replacing is permanent, so it takes a second, deliberate step on its own page. */
function ConfirmStep({ file, target }: { readonly file: ReadyFile; readonly target: OrganisationMatch }) {
  const errors = useWorkshopFileImport((s) => s.errors);
  const busy = useWorkshopFileImport((s) => s.busy);
  const replace = useWorkshopFileImport((s) => s.replace);
  const backToSummary = useWorkshopFileImport((s) => s.backToSummary);
  return (
    <>
      <ErrorSummary errors={errors} />
      <StepHeading title={`Replace ${target.name}?`} hasError={hasErrors(errors)} />
      <div className="nhsuk-card nhsuk-card--warning">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">Everything recorded for {target.name} here is replaced</h2>
          <p className="nhsuk-card__description" data-testid="replace-warning">
            Its {heldText(target)} on this computer are replaced by the copy in {file.fileName}, exported on{' '}
            {formatDateTime(file.summary.exportedAt)}: {contentsText(file.summary.counts)}. Changes made here since then are lost.
          </p>
          <p className="nhsuk-card__description">Boardwalk keeps a backup of all your data before it replaces anything.</p>
        </div>
      </div>
      <div className="app-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={() => void replace()} aria-disabled={busy || undefined}>
          Yes, replace {target.name}
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={backToSummary}>
          No, go back
        </button>
      </div>
    </>
  );
}

function DoneStep() {
  const step = useWorkshopFileImport((s) => s.step);
  const reset = useWorkshopFileImport((s) => s.reset);
  if (step.kind !== 'done') return null;
  const { organisation, replaced } = step.result;
  const message = replaced === null ? `${organisation.name} has been imported` : `${replaced} has been replaced by the file’s copy`;
  return (
    <>
      <SuccessBanner message={message} />
      <StepHeading title="Workshop file imported" />
      <p>
        <a href={hrefFor({ name: 'organisation', id: organisation.id })} data-testid="imported-organisation">
          Open {organisation.name}
        </a>
      </p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reset}>
        Import another workshop file
      </button>
    </>
  );
}
