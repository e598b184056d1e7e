import { BOARD_ROLE_LABELS } from '../../../shared/board/board-member';
import type { BoardMember } from '../../../shared/board/board-member';
import { ORGANISATION_TYPE_LABELS } from '../../../shared/organisations/organisation';
import type { Organisation } from '../../../shared/organisations/organisation';
import { useFlashMessage } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { SuccessBanner } from '../../components/SuccessBanner';
import { backgroundLabel, independentText, registeredText, yesNo } from '../board/board-labels';
import { useBoardOf } from '../board/board-store';
import { formatDate, participantCountText, questionsRatedText } from '../workshops/workshop-format';
import { useWorkshopsOf } from '../workshops/workshops-store';
import { useSnapshotsOf } from '../workforce/workforce-store';
import { OrganisationNotShown } from './OrganisationNotShown';
import { useOrganisation } from './use-organisation';

/** The organisation's home: its board, and its workshops. */
export function OrganisationPage({ id }: { readonly id: number }) {
  const found = useOrganisation(id);
  // Taken when the screen opens, so it is still there once the organisation has loaded.
  const flash = useFlashMessage();
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return <OrganisationHome organisation={found.organisation} flash={flash} />;
}

function OrganisationHome({ organisation, flash }: { readonly organisation: Organisation; readonly flash: string | null }) {
  const facts = [ORGANISATION_TYPE_LABELS[organisation.type], organisation.odsCode ? `ODS code ${organisation.odsCode}` : 'No ODS code'];
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisations' })}>Back to organisations</BackLink>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title={organisation.name} />
      <p className="nhsuk-body-l" data-testid="organisation-facts">
        {facts.join(', ')}
      </p>
      <BoardSection organisation={organisation} />
      <WorkforceSection organisation={organisation} />
      <WorkshopsSection organisation={organisation} />
      <section aria-labelledby="workshop-file-heading" className="nhsuk-u-margin-top-7">
        <h2 id="workshop-file-heading">Share with another facilitator</h2>
        <p>
          A workshop file holds this organisation&apos;s board, workshops, priorities, actions and workforce snapshots, for
          another facilitator to import into their Boardwalk.
        </p>
        <a
          className="nhsuk-button nhsuk-button--secondary"
          href={hrefFor({ name: 'workshop-file-export', organisationId: organisation.id })}
          draggable={false}
        >
          Export workshop file
        </a>
      </section>
    </>
  );
}

function LoadProblem({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h3 className="nhsuk-error-summary__heading">{title}</h3>
      <div className="nhsuk-error-summary__body">
        <p>{message}</p>
      </div>
    </div>
  );
}

/** "Not applicable" read out, a dash seen: the table stays quiet where a question does not apply. */
function NotApplicable() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="nhsuk-u-visually-hidden">Not applicable</span>
    </>
  );
}

function BoardSection({ organisation }: { readonly organisation: Organisation }) {
  const board = useBoardOf(organisation.id);
  return (
    <section aria-labelledby="board-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="board-heading">Board</h2>
      <p>
        Who sits on the board: the workshop checks its make-up against the framework and asks who is missing from
        the table.
      </p>
      <a
        className="nhsuk-button nhsuk-button--secondary"
        href={hrefFor({ name: 'board-member-new', organisationId: organisation.id })}
        draggable={false}
      >
        Add a board member
      </a>
      {board.state === 'loading' && <p role="status">Loading the board…</p>}
      {board.state === 'unavailable' && <LoadProblem title="The board could not be loaded" message={board.message} />}
      {board.state === 'ready' && board.members.length === 0 && (
        <p data-testid="no-board-members">No board members yet. Add the chair, the executive directors and the non-executive directors.</p>
      )}
      {board.state === 'ready' && board.members.length > 0 && (
        <BoardTable organisation={organisation} members={board.members} />
      )}
      <p>
        <a href={hrefFor({ name: 'board-composition', organisationId: organisation.id })}>Check the board’s composition</a>
      </p>
    </section>
  );
}

function BoardTable({ organisation, members }: { readonly organisation: Organisation; readonly members: readonly BoardMember[] }) {
  return (
    <table className="nhsuk-table app-board-table" data-testid="board-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">
        Board members ({members.length}), chair first, then executives, then non-executives
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">Name</th>
          <th className="nhsuk-table__header" scope="col">Role</th>
          <th className="nhsuk-table__header" scope="col">Votes</th>
          <th className="nhsuk-table__header" scope="col">Executive</th>
          <th className="nhsuk-table__header" scope="col">Independent</th>
          <th className="nhsuk-table__header" scope="col">Professional background</th>
          <th className="nhsuk-table__header" scope="col">Registered</th>
          <th className="nhsuk-table__header" scope="col">Actions</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {members.map((member) => {
          const independent = independentText(member);
          const registered = registeredText(member);
          return (
            <tr className="nhsuk-table__row" key={member.id}>
              <th className="nhsuk-table__header" scope="row">{member.name}</th>
              <td className="nhsuk-table__cell">{BOARD_ROLE_LABELS[member.role]}</td>
              <td className="nhsuk-table__cell">{yesNo(member.voting)}</td>
              <td className="nhsuk-table__cell">{member.executive ? 'Executive' : 'Non-executive'}</td>
              <td className="nhsuk-table__cell">{independent ?? <NotApplicable />}</td>
              <td className="nhsuk-table__cell">{backgroundLabel(member.background)}</td>
              <td className="nhsuk-table__cell">{registered ?? <NotApplicable />}</td>
              <td className="nhsuk-table__cell app-actions-cell">
                <a href={hrefFor({ name: 'board-member-edit', organisationId: organisation.id, memberId: member.id })}>
                  Edit<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                </a>
                <a href={hrefFor({ name: 'board-member-remove', organisationId: organisation.id, memberId: member.id })}>
                  Remove<span className="nhsuk-u-visually-hidden"> {member.name}</span>
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function WorkforceSection({ organisation }: { readonly organisation: Organisation }) {
  const list = useSnapshotsOf(organisation.id);
  return (
    <section aria-labelledby="workforce-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="workforce-heading">Workforce</h2>
      <p>
        Dated snapshots of the workforce show at which level each clinical profession hits a ceiling, and how that compares with
        what the board believes.
      </p>
      <a
        className="nhsuk-button nhsuk-button--secondary"
        href={hrefFor({ name: 'workforce', organisationId: organisation.id })}
        draggable={false}
      >
        Workforce and ceilings
      </a>
      {list.state === 'loading' && <p role="status">Loading the workforce snapshots…</p>}
      {list.state === 'unavailable' && <LoadProblem title="The workforce snapshots could not be loaded" message={list.message} />}
      {list.state === 'ready' && (
        <p data-testid="snapshot-count">
          {list.snapshots.length === 0
            ? 'No workforce snapshots yet.'
            : `${list.snapshots.length === 1 ? '1 workforce snapshot' : `${list.snapshots.length} workforce snapshots`}, the newest of ${formatDate(list.snapshots[0]?.snapshotDate ?? '')}.`}
        </p>
      )}
    </section>
  );
}

function WorkshopsSection({ organisation }: { readonly organisation: Organisation }) {
  const list = useWorkshopsOf(organisation.id);
  return (
    <section aria-labelledby="workshops-heading">
      <h2 id="workshops-heading">Workshops</h2>
      <p>Each workshop walks the board through the five themes and 17 key questions of the framework.</p>
      <a
        className="nhsuk-button nhsuk-button--secondary"
        href={hrefFor({ name: 'workshop-new', organisationId: organisation.id })}
        draggable={false}
      >
        Add a workshop
      </a>
      {list.state === 'loading' && <p role="status">Loading the workshops…</p>}
      {list.state === 'unavailable' && <LoadProblem title="The workshops could not be loaded" message={list.message} />}
      {list.state === 'ready' && list.workshops.length === 0 && <p data-testid="no-workshops">No workshops yet.</p>}
      {list.state === 'ready' && list.workshops.length > 0 && (
        <table className="nhsuk-table" data-testid="workshops-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            Workshops ({list.workshops.length}), newest first
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Workshop</th>
              <th className="nhsuk-table__header" scope="col">Date</th>
              <th className="nhsuk-table__header" scope="col">Facilitator</th>
              <th className="nhsuk-table__header" scope="col">Participants</th>
              <th className="nhsuk-table__header" scope="col">Questions rated</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {list.workshops.map((workshop) => (
              <tr className="nhsuk-table__row" key={workshop.id}>
                <th className="nhsuk-table__header" scope="row">
                  <a href={hrefFor({ name: 'workshop', id: workshop.id })}>{workshop.title}</a>
                </th>
                <td className="nhsuk-table__cell">{formatDate(workshop.date)}</td>
                <td className="nhsuk-table__cell">{workshop.facilitator || 'Not given'}</td>
                <td className="nhsuk-table__cell">{participantCountText(workshop.participants.length)}</td>
                <td className="nhsuk-table__cell">{questionsRatedText(workshop)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
