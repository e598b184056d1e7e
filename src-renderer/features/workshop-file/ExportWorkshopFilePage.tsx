import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, errorFor, hasErrors, toFormErrors } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { Select } from '../../components/Select';
import { SuccessBanner } from '../../components/SuccessBanner';
import { api } from '../../api/client';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisations } from '../organisations/organisations-store';
import { useOrganisation } from '../organisations/use-organisation';

const FIELD_IDS = { organisationId: 'organisation' };

/**
 * Exporting one organisation as a workshop file. From an organisation's page it is that
 * organisation; from the File menu (`/workshop-file/export`) the user chooses one first.
 */
export function ExportWorkshopFilePage({ organisationId }: { readonly organisationId: number | null }) {
  if (organisationId === null) return <ChooseAndExport />;
  return <ExportOne organisationId={organisationId} />;
}

function ExportOne({ organisationId }: { readonly organisationId: number }) {
  const found = useOrganisation(organisationId);
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisation', id: organisationId })}>{`Back to ${found.organisation.name}`}</BackLink>
      <ExportForm organisations={[found.organisation]} fixed={found.organisation} />
    </>
  );
}

function ChooseAndExport() {
  const status = useOrganisations((s) => s.status);
  const items = useOrganisations((s) => s.items);
  const loadError = useOrganisations((s) => s.loadError);
  const load = useOrganisations((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      {status === 'error' && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__heading">Your organisations could not be loaded</h2>
          <div className="nhsuk-error-summary__body">
            <p>{loadError}</p>
          </div>
        </div>
      )}
      {(status === 'idle' || status === 'loading') && <p role="status">Loading your organisations…</p>}
      {status === 'ready' && <ExportForm organisations={items} fixed={null} />}
    </>
  );
}

type Outcome = { readonly state: 'idle' } | { readonly state: 'saving' } | { readonly state: 'saved'; readonly fileName: string };

function ExportForm({ organisations, fixed }: { readonly organisations: readonly Organisation[]; readonly fixed: Organisation | null }) {
  const [chosen, setChosen] = useState(fixed ? String(fixed.id) : '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });

  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (outcome.state === 'saving') return;
    const organisation = organisations.find((o) => String(o.id) === chosen);
    if (!organisation) {
      setErrors({ fields: [{ id: FIELD_IDS.organisationId, message: 'Choose the organisation to export' }], general: null });
      return;
    }
    setErrors(NO_ERRORS);
    setOutcome({ state: 'saving' });
    const result = await api.workshopFile.export({ organisationId: organisation.id });
    if (!result.ok) {
      setOutcome({ state: 'idle' });
      setErrors(toFormErrors(result.error, FIELD_IDS));
    } else if (result.value.saved) {
      setOutcome({ state: 'saved', fileName: result.value.fileName ?? 'the file' });
    } else {
      setOutcome({ state: 'idle' });
      if (!result.value.available) {
        setErrors({ fields: [], general: 'Saving files is only available in the Boardwalk desktop app.' });
      }
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {outcome.state === 'saved' && <SuccessBanner message={`Saved ${outcome.fileName}`} />}
        <PageHeading title="Export a workshop file" hasError={hasErrors(errors)}>
          {fixed && <span className="nhsuk-caption-l">{fixed.name}</span>}
          Export a workshop file
        </PageHeading>
        <p>
          The file holds the organisation as it is recorded here, for another facilitator to import into their Boardwalk:
          the board, every workshop with its ratings, notes, votes, priorities, actions and champions, the workforce snapshots
          (counts by profession and level only) and the development offers its actions suggest.
        </p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>It names people
            </span>
          </h2>
          <p>
            The file holds the names of board members and workshop participants, and everything written in the workshops&apos;
            notes. Share it only as you would share the board papers.
          </p>
        </div>
        {!fixed && organisations.length === 0 ? (
          <p data-testid="no-organisations">
            There are no organisations to export yet. <a href={hrefFor({ name: 'organisation-new' })}>Add an organisation</a>
          </p>
        ) : (
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            {!fixed && (
              <Select
                id={FIELD_IDS.organisationId}
                label="Organisation"
                value={chosen}
                onChange={setChosen}
                error={errorFor(errors, FIELD_IDS.organisationId)}
              >
                <option value="">Choose an organisation</option>
                {organisations.map((o) => (
                  <option key={o.id} value={String(o.id)}>
                    {o.name}
                  </option>
                ))}
              </Select>
            )}
            <button type="submit" className="nhsuk-button" aria-disabled={outcome.state === 'saving' || undefined}>
              Export workshop file
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
