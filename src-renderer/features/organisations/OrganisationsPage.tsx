import { useEffect } from 'react';
import { ORGANISATION_TYPE_LABELS } from '../../../shared/organisations/organisation';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { SuccessBanner } from '../../components/SuccessBanner';
import { useOrganisations } from './organisations-store';

export function OrganisationsPage() {
  const status = useOrganisations((s) => s.status);
  const items = useOrganisations((s) => s.items);
  const loadError = useOrganisations((s) => s.loadError);
  const load = useOrganisations((s) => s.load);
  const flash = useFlashMessage();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title="Organisations" />
      <p>Choose the organisation whose board you are working with, or add a new one.</p>
      <div className="app-button-group">
        <a className="nhsuk-button" href={hrefFor({ name: 'organisation-new' })} draggable={false}>
          Add an organisation
        </a>
        <a className="nhsuk-button nhsuk-button--secondary" href={hrefFor({ name: 'workshop-file-import' })} draggable={false}>
          Import a workshop file
        </a>
      </div>
      {status === 'error' && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__heading">Your organisations could not be loaded</h2>
          <div className="nhsuk-error-summary__body">
            <p>{loadError}</p>
          </div>
        </div>
      )}
      {(status === 'idle' || status === 'loading') && <p role="status">Loading your organisations…</p>}
      {status === 'ready' && items.length === 0 && (
        <p data-testid="no-organisations">No organisations yet.</p>
      )}
      {items.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--m">
            Your organisations ({items.length})
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Name</th>
              <th className="nhsuk-table__header" scope="col">ODS code</th>
              <th className="nhsuk-table__header" scope="col">Type</th>
              <th className="nhsuk-table__header" scope="col">Actions</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {items.map((organisation) => (
              <tr className="nhsuk-table__row" key={organisation.id}>
                <th className="nhsuk-table__header" scope="row">
                  <a href={hrefFor({ name: 'organisation', id: organisation.id })}>{organisation.name}</a>
                </th>
                <td className="nhsuk-table__cell">{organisation.odsCode ?? 'None'}</td>
                <td className="nhsuk-table__cell">{ORGANISATION_TYPE_LABELS[organisation.type]}</td>
                <td className="nhsuk-table__cell app-actions-cell">
                  <a href={hrefFor({ name: 'organisation-rename', id: organisation.id })}>
                    Rename<span className="nhsuk-u-visually-hidden"> {organisation.name}</span>
                  </a>
                  <a href={hrefFor({ name: 'organisation-delete', id: organisation.id })}>
                    Delete<span className="nhsuk-u-visually-hidden"> {organisation.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="nhsuk-heading-m">Resource library</h2>
      <p>
        Development offers and interventions from the framework and related documents, shown beside the questions of
        each theme. <a href={hrefFor({ name: 'resources' })}>Open the resource library</a>
      </p>
      <h2 className="nhsuk-heading-m">Backups</h2>
      <p>
        Boardwalk backs up your data every day it is used. <a href={hrefFor({ name: 'backups' })}>See your backups, back up now or restore one</a>
      </p>
    </>
  );
}
