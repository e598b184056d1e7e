import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { Organisation } from '../../../shared/organisations/organisation';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors } from '../../components/form-errors';
import { TextInput } from '../../components/TextInput';
import { useSubmit } from '../../components/use-submit';
import { OrganisationNotShown } from './OrganisationNotShown';
import { useOrganisations } from './organisations-store';
import { useOrganisation } from './use-organisation';

const FIELD_IDS = { name: 'name' } as const;

export function RenameOrganisationPage({ id }: { readonly id: number }) {
  const found = useOrganisation(id);
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return <RenameForm organisation={found.organisation} />;
}

function RenameForm({ organisation }: { readonly organisation: Organisation }) {
  const rename = useOrganisations((s) => s.rename);
  const showFlash = useFlash((s) => s.show);
  const [name, setName] = useState(organisation.name);
  const { errors, submitting, submit } = useSubmit<Organisation>(FIELD_IDS, (renamed) => {
    showFlash(`${organisation.name} has been renamed ${renamed.name}`);
    navigate({ name: 'organisations' });
  });

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(() => rename(organisation.id, name));
  };

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title={`Rename ${organisation.name}`} hasError={hasErrors(errors)} />
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              id={FIELD_IDS.name}
              label="New name"
              value={name}
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
