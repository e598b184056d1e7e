import { useEffect, useState } from 'react';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, toFormErrors } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { OrganisationMissing } from './OrganisationMissing';
import { findOrganisation, useOrganisations } from './organisations-store';

/** Deleting is permanent, so it always takes a second, deliberate step on its own screen. */
export function DeleteOrganisationPage({ id }: { readonly id: number }) {
  const status = useOrganisations((s) => s.status);
  const organisation = useOrganisations((s) => findOrganisation(s.items, id));
  const load = useOrganisations((s) => s.load);
  const remove = useOrganisations((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  if (status !== 'ready' && !organisation) return <p role="status">Loading…</p>;
  if (!organisation) return <OrganisationMissing />;

  const confirm = async () => {
    if (submitting) return;
    setSubmitting(true);
    const result = await remove(id);
    setSubmitting(false);
    if (result.ok) {
      showFlash(`${organisation.name} has been deleted`);
      navigate({ name: 'organisations' });
    } else {
      setErrors(toFormErrors(result.error, {}));
    }
  };

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
            <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={() => void confirm()} disabled={submitting}>
              Yes, delete {organisation.name}
            </button>
            <a href={hrefFor({ name: 'organisations' })}>No, keep it</a>
          </div>
        </div>
      </div>
    </>
  );
}
