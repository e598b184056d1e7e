import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES } from '../../../shared/organisations/organisation';
import type { Organisation, OrganisationType } from '../../../shared/organisations/organisation';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors } from '../../components/form-errors';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { useSubmit } from '../../components/use-submit';
import { useOrganisations } from './organisations-store';

const FIELD_IDS = { name: 'name', type: 'type', odsCode: 'odsCode' } as const;

const TYPE_OPTIONS = ORGANISATION_TYPES.map((value) => ({ value, label: ORGANISATION_TYPE_LABELS[value] }));

export function CreateOrganisationPage() {
  const create = useOrganisations((s) => s.create);
  const showFlash = useFlash((s) => s.show);
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType | ''>('');
  const [odsCode, setOdsCode] = useState('');
  const { errors, submitting, submit } = useSubmit<Organisation>(FIELD_IDS, (created) => {
    showFlash(`${created.name} has been added`);
    navigate({ name: 'organisations' });
  });

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The type is sent as chosen, even when empty, so the main process names every problem at once.
    void submit(() => create({ name, type: type as OrganisationType, odsCode }));
  };

  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading title="Add an organisation" hasError={hasErrors(errors)} />
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              id={FIELD_IDS.name}
              label="Organisation name"
              hint="As it appears in the ODS, for example Leeds Teaching Hospitals NHS Trust"
              value={name}
              onChange={setName}
              error={errorFor(errors, FIELD_IDS.name)}
              autoComplete="organization"
              spellCheck={false}
            />
            <Radios
              id={FIELD_IDS.type}
              legend="Type of organisation"
              options={TYPE_OPTIONS}
              value={type}
              onChange={setType}
              error={errorFor(errors, FIELD_IDS.type)}
            />
            <TextInput
              id={FIELD_IDS.odsCode}
              label="ODS code"
              hint="3 to 6 letters and numbers, for example RR8. Optional for other types of organisation."
              value={odsCode}
              onChange={setOdsCode}
              error={errorFor(errors, FIELD_IDS.odsCode)}
              widthClass="nhsuk-input--width-10"
              spellCheck={false}
              upperCase
            />
            <button className="nhsuk-button" type="submit" disabled={submitting}>
              Save organisation
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
