import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, errorFor, hasErrors, toFormErrors } from '../../components/form-errors';
import type { FormErrors } from '../../components/form-errors';
import { TextInput } from '../../components/TextInput';
import { OrganisationMissing } from './OrganisationMissing';
import { findOrganisation, useOrganisations } from './organisations-store';

const FIELD_IDS = { name: 'name' } as const;

export function RenameOrganisationPage({ id }: { readonly id: number }) {
  const status = useOrganisations((s) => s.status);
  const organisation = useOrganisations((s) => findOrganisation(s.items, id));
  const load = useOrganisations((s) => s.load);
  const rename = useOrganisations((s) => s.rename);
  const showFlash = useFlash((s) => s.show);
  const [name, setName] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  if (status !== 'ready' && !organisation) return <p role="status">Loading…</p>;
  if (!organisation) return <OrganisationMissing />;

  const value = name ?? organisation.name;
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    const result = await rename(id, value);
    setSubmitting(false);
    if (result.ok) {
      showFlash(`${organisation.name} has been renamed ${result.value.name}`);
      navigate({ name: 'organisations' });
    } else {
      setErrors(toFormErrors(result.error, FIELD_IDS));
    }
  };

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title={`Rename ${organisation.name}`} hasError={hasErrors(errors)} />
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextInput
              id={FIELD_IDS.name}
              label="New name"
              value={value}
              onChange={setName}
              error={errorFor(errors, FIELD_IDS.name)}
              autoComplete="organization"
              spellCheck={false}
            />
            <div className="app-button-group">
              <button className="nhsuk-button" type="submit" disabled={submitting}>
                Save name
              </button>
              <a href={hrefFor({ name: 'organisations' })}>Cancel</a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
