import type { ReactNode } from 'react';
import type { Participant, Workshop } from '../../../shared/workshops/workshop';
import type { Organisation } from '../../../shared/organisations/organisation';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { SuccessBanner } from '../../components/SuccessBanner';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { WorkshopNotShown } from './WorkshopNotShown';
import { formatDate, participantCountText, QUESTION_COUNT } from './workshop-format';
import { useWorkshop } from './workshops-store';

/** A workshop's overview: when, who, how far the board has got, and the way in. */
export function WorkshopPage({ id }: { readonly id: number }) {
  const found = useWorkshop(id);
  // Taken when the screen opens, so it is still there once the workshop has loaded.
  const flash = useFlashMessage();
  if (found.state !== 'found') return <WorkshopNotShown lookup={found} />;
  return <WithOrganisation workshop={found.workshop} flash={flash} />;
}

type OverviewProps = { readonly workshop: Workshop; readonly flash: string | null };

function WithOrganisation({ workshop, flash }: OverviewProps) {
  const organisation = useOrganisation(workshop.organisationId);
  if (organisation.state !== 'found') return <OrganisationNotShown lookup={organisation} />;
  return <Overview workshop={workshop} organisation={organisation.organisation} flash={flash} />;
}

function SummaryRow({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function takingPartAs(participant: Participant): string {
  if (participant.guest) return 'Guest';
  return participant.boardMemberId === null ? 'Former board member' : 'Board member';
}

function Overview({ workshop, organisation, flash }: OverviewProps & { readonly organisation: Organisation }) {
  const organisationHref = hrefFor({ name: 'organisation', id: organisation.id });
  const started = workshop.questionsRated > 0;
  return (
    <>
      <BackLink href={organisationHref}>{`Back to ${organisation.name}`}</BackLink>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title={workshop.title} />
      <dl className="nhsuk-summary-list" data-testid="workshop-summary">
        <SummaryRow label="Organisation">
          <a href={organisationHref}>{organisation.name}</a>
        </SummaryRow>
        <SummaryRow label="Date">{formatDate(workshop.date)}</SummaryRow>
        <SummaryRow label="Facilitator">{workshop.facilitator || 'Not given'}</SummaryRow>
        <SummaryRow label="Participants">{participantCountText(workshop.participants.length)}</SummaryRow>
        <SummaryRow label="Progress">
          {workshop.questionsRated} of {QUESTION_COUNT} questions rated
        </SummaryRow>
      </dl>
      <p>
        <a href={hrefFor({ name: 'workshop-edit', id: workshop.id })}>
          Edit the details and participants<span className="nhsuk-u-visually-hidden"> of {workshop.title}</span>
        </a>
      </p>
      <div className="app-button-group">
        <a
          className="nhsuk-button"
          href={hrefFor({ name: 'workshop-run', id: workshop.id, step: { kind: 'ceilings' } })}
          draggable={false}
        >
          {started ? 'Continue the walk-through' : 'Start the walk-through'}
        </a>
        <a href={hrefFor({ name: 'workshop-present', id: workshop.id })}>Open presenter view</a>
      </div>
      <p>
        <a href={hrefFor({ name: 'workshop-report', id: workshop.id })} data-testid="report-link">
          Priorities report (PDF)<span className="nhsuk-u-visually-hidden"> of {workshop.title}</span>
        </a>
      </p>

      <h2>Participants</h2>
      {workshop.participants.length === 0 ? (
        <p data-testid="no-participants">
          Nobody is listed yet. Add participants to capture individual ratings and votes; the board can still agree
          ratings together without them.
        </p>
      ) : (
        <table className="nhsuk-table" data-testid="participants-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Participants ({workshop.participants.length})
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Name</th>
              <th className="nhsuk-table__header" scope="col">Role</th>
              <th className="nhsuk-table__header" scope="col">Taking part as</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {workshop.participants.map((participant) => (
              <tr className="nhsuk-table__row" key={participant.id}>
                <th className="nhsuk-table__header" scope="row">{participant.name}</th>
                <td className="nhsuk-table__cell">{participant.role || 'Not given'}</td>
                <td className="nhsuk-table__cell">
                  {participant.guest ? (
                    <strong className="nhsuk-tag nhsuk-tag--white">Guest</strong>
                  ) : (
                    takingPartAs(participant)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <p className="nhsuk-u-margin-top-6">
        <a href={hrefFor({ name: 'workshop-delete', id: workshop.id })}>
          Delete this workshop<span className="nhsuk-u-visually-hidden"> ({workshop.title})</span>
        </a>
      </p>
    </>
  );
}
