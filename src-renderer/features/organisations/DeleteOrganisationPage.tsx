import { useState } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSubmit } from '../../components/use-submit';
import { OrganisationNotShown } from './OrganisationNotShown';
import { useOrganisations } from './organisations-store';
import { useOrganisation } from './use-organisation';

/** Deleting is permanent, so it always takes a second, deliberate step on its own screen. */
export function DeleteOrganisationPage({ id }: { readonly id: number }) {
  const found = useOrganisation(id);
  // Once shown, the confirmation stays until the screen changes: after the delete the list no
  // longer holds the organisation, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<Organisation | null>(null);
  if (found.state === 'found' && shown !== found.organisation) setShown(found.organisation);
  const organisation = found.state === 'found' ? found.organisation : shown;
  if (!organisation) return <OrganisationNotShown lookup={found.state === 'found' ? { state: 'loading' } : found} />;
  return <ConfirmDelete organisation={organisation} />;
}

function ConfirmDelete({ organisation }: { readonly organisation: Organisation }) {
  const remove = useOrganisations((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const { errors, submitting, submit } = useSubmit<{ id: number }>({}, () => {
    showFlash(`${organisation.name} has been deleted`);
    navigate({ name: 'organisations' });
  });

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title={`Delete ${organisation.name}?`} />
          <div className="nhsuk-card nhsuk-card--warning">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading">This cannot be undone</h2>
              <p className="nhsuk-card__description">
                Deleting {organisation.name} removes it and everything recorded for it from this computer.
              </p>
            </div>
          </div>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => remove(organisation.id))}
              disabled={submitting}
            >
              Yes, delete {organisation.name}
            </button>
            <a href={hrefFor({ name: 'organisations' })}>No, keep it</a>
          </div>
        </div>
      </div>
    </>
  );
}
