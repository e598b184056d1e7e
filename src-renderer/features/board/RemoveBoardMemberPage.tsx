import { useState } from 'react';
import { BOARD_ROLE_LABELS } from '../../../shared/board/board-member';
import type { BoardMember } from '../../../shared/board/board-member';
import type { Organisation } from '../../../shared/organisations/organisation';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useSubmit } from '../../components/use-submit';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { BoardMemberNotShown } from './BoardMemberNotShown';
import { useBoard, useBoardOf } from './board-store';

type Props = { readonly organisationId: number; readonly memberId: number };

/** Removing someone from the board takes a second, deliberate step on its own screen. */
export function RemoveBoardMemberPage({ organisationId, memberId }: Props) {
  const organisation = useOrganisation(organisationId);
  const board = useBoardOf(organisationId);
  // Once shown, the confirmation stays until the screen changes: after the removal the board no
  // longer holds the member, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<BoardMember | null>(null);
  const found = board.state === 'ready' ? board.members.find((m) => m.id === memberId) : undefined;
  if (found && shown !== found) setShown(found);
  const member = found ?? shown;
  if (organisation.state !== 'found') return <OrganisationNotShown lookup={organisation} />;
  if (!member) {
    return (
      <BoardMemberNotShown
        organisation={organisation.organisation}
        lookup={board.state === 'ready' ? { state: 'missing' } : board}
      />
    );
  }
  return <ConfirmRemove organisation={organisation.organisation} member={member} />;
}

function ConfirmRemove({ organisation, member }: { readonly organisation: Organisation; readonly member: BoardMember }) {
  const remove = useBoard((s) => s.remove);
  const showFlash = useFlash((s) => s.show);
  const { errors, submitting, submit } = useSubmit<{ id: number }>({}, () => {
    showFlash(`${member.name} has been removed from the board`);
    navigate({ name: 'organisation', id: organisation.id });
  });
  const organisationHref = hrefFor({ name: 'organisation', id: organisation.id });

  return (
    <>
      <BackLink href={organisationHref}>{`Back to ${organisation.name}`}</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">{organisation.name}</span>
          <PageHeading title={`Remove ${member.name} from the board?`} />
          <p>
            {member.name}, {BOARD_ROLE_LABELS[member.role].toLowerCase()}, will no longer be listed on the board or
            offered as a participant in new workshops.
          </p>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Past workshops keep their name and role as they were, with the ratings they gave, so earlier results
              do not change.
            </p>
          </div>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => remove(member))}
              disabled={submitting}
            >
              Yes, remove {member.name}
            </button>
            <a href={organisationHref}>No, keep them</a>
          </div>
        </div>
      </div>
    </>
  );
}
