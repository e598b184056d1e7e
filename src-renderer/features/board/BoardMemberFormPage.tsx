import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import {
  BOARD_ROLE_LABELS,
  BOARD_ROLES,
  EXECUTIVE_BY_ROLE,
  independenceApplies,
} from '../../../shared/board/board-member';
import type { Background, BoardMember, BoardRole } from '../../../shared/board/board-member';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Organisation } from '../../../shared/organisations/organisation';
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
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { BACKGROUND_OPTIONS, isClinical } from './board-labels';
import { BoardMemberNotShown } from './BoardMemberNotShown';
import { useBoard, useBoardOf } from './board-store';

/**
 * Each control's id is the field's name in the request, so the main process's messages land
 * on their controls; listed in the order the form shows them.
 */
const FIELD_IDS = {
  name: 'name',
  role: 'role',
  executive: 'executive',
  voting: 'voting',
  independent: 'independent',
  background: 'background',
  registered: 'registered',
} as const;

type YesNo = 'yes' | 'no';

const YES_NO: ReadonlyArray<{ value: YesNo; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const ROLE_OPTIONS = BOARD_ROLES.map((value) => ({ value, label: BOARD_ROLE_LABELS[value] }));

const ASSOCIATE: BoardRole = 'associate-non-voting';

function toYesNo(value: boolean): YesNo {
  return value ? 'yes' : 'no';
}

/** An unanswered question is sent unanswered, so the main process names it. */
function fromYesNo(value: YesNo | ''): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

type Props = { readonly organisationId: number; readonly memberId?: number };

export function BoardMemberFormPage({ organisationId, memberId }: Props) {
  const organisation = useOrganisation(organisationId);
  const board = useBoardOf(organisationId);
  if (organisation.state !== 'found') return <OrganisationNotShown lookup={organisation} />;
  if (memberId === undefined) return <MemberForm organisation={organisation.organisation} member={null} />;
  const member = board.state === 'ready' ? board.members.find((m) => m.id === memberId) : undefined;
  if (!member) {
    return (
      <BoardMemberNotShown
        organisation={organisation.organisation}
        lookup={board.state === 'ready' ? { state: 'missing' } : board}
      />
    );
  }
  return <MemberForm organisation={organisation.organisation} member={member} />;
}

/**
 * The questions follow the role: the role settles whether a member is an executive (only an
 * associate is asked), an associate or non-voting member has no vote to ask about,
 * independence is asked only of non-executives, and registration only of clinicians.
 */
function MemberForm({ organisation, member }: { readonly organisation: Organisation; readonly member: BoardMember | null }) {
  const add = useBoard((s) => s.add);
  const update = useBoard((s) => s.update);
  const showFlash = useFlash((s) => s.show);
  const [name, setName] = useState(member?.name ?? '');
  const [role, setRole] = useState<BoardRole | ''>(member?.role ?? '');
  const [associateExecutive, setAssociateExecutive] = useState<YesNo | ''>(
    member?.role === ASSOCIATE ? toYesNo(member.executive) : '',
  );
  const [voting, setVoting] = useState<YesNo | ''>(member ? toYesNo(member.voting) : '');
  const [independent, setIndependent] = useState<YesNo | ''>(
    member && member.independent !== null ? toYesNo(member.independent) : '',
  );
  const [background, setBackground] = useState<Background | ''>(member?.background ?? '');
  const [registered, setRegistered] = useState<YesNo | ''>(
    member && isClinical(member.background) ? toYesNo(member.registered) : '',
  );

  const { errors, submitting, submit } = useSubmit<BoardMember>(FIELD_IDS, (saved) => {
    showFlash(member ? `${saved.name} has been updated` : `${saved.name} has been added to the board`);
    navigate({ name: 'organisation', id: organisation.id });
  });

  const askExecutive = role === ASSOCIATE;
  const askVoting = role !== ASSOCIATE;
  const executive = role === '' ? undefined : (EXECUTIVE_BY_ROLE[role] ?? fromYesNo(associateExecutive));
  const askIndependent = role !== '' && executive !== undefined && independenceApplies(role, executive);
  const askRegistered = background !== '' && isClinical(background);

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Unanswered questions go as they are (the casts), so the main process names every problem
    // at once. Questions not asked get the answer their field implies: no vote for an associate,
    // no independence for an executive, no registration without a clinical background. While no
    // role is chosen, "executive" is not asked yet: the role's own message is the one to show.
    const fields = {
      name,
      role: (role || undefined) as BoardRole,
      voting: (askVoting ? fromYesNo(voting) : false) as boolean,
      executive: (executive ?? (role === '' ? false : undefined)) as boolean,
      independent: (askIndependent ? fromYesNo(independent) : null) as boolean | null,
      background: (background || undefined) as Background,
      registered: (askRegistered ? fromYesNo(registered) : false) as boolean,
    };
    void submit(() =>
      member
        ? update(organisation.id, { id: member.id, ...fields } satisfies ChannelInput<'board.update'>)
        : add({ organisationId: organisation.id, ...fields } satisfies ChannelInput<'board.add'>),
    );
  };

  const organisationHref = hrefFor({ name: 'organisation', id: organisation.id });
  const title = member ? `Edit ${member.name}` : 'Add a board member';
  return (
    <>
      <BackLink href={organisationHref}>{`Back to ${organisation.name}`}</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">{organisation.name}</span>
          <PageHeading title={title} hasError={hasErrors(errors)} />
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              id={FIELD_IDS.name}
              label="Full name"
              hint="As the board lists it, for example Dr Tom Hughes"
              value={name}
              onChange={setName}
              error={errorFor(errors, FIELD_IDS.name)}
              spellCheck={false}
            />
            <Radios
              id={FIELD_IDS.role}
              legend="Role on the board"
              options={ROLE_OPTIONS}
              value={role}
              onChange={setRole}
              error={errorFor(errors, FIELD_IDS.role)}
            />
            {askExecutive && (
              <Radios
                id={FIELD_IDS.executive}
                legend="Is this member an executive?"
                hint="An associate can be an executive, such as a chief operating officer without a vote, or a non-executive."
                options={YES_NO}
                value={associateExecutive}
                onChange={setAssociateExecutive}
                error={errorFor(errors, FIELD_IDS.executive)}
              />
            )}
            {askVoting && (
              <Radios
                id={FIELD_IDS.voting}
                legend="Does this member vote on board decisions?"
                options={YES_NO}
                value={voting}
                onChange={setVoting}
                error={errorFor(errors, FIELD_IDS.voting)}
              />
            )}
            {askIndependent && (
              <Radios
                id={FIELD_IDS.independent}
                legend="Is this member independent?"
                hint="As the board has judged under the code of governance, for example not a recent employee of the trust."
                options={YES_NO}
                value={independent}
                onChange={setIndependent}
                error={errorFor(errors, FIELD_IDS.independent)}
              />
            )}
            <Radios
              id={FIELD_IDS.background}
              legend="Professional background"
              hint="The profession the member trained in, even if they no longer practise it."
              options={BACKGROUND_OPTIONS}
              value={background}
              onChange={setBackground}
              error={errorFor(errors, FIELD_IDS.background)}
            />
            {askRegistered && (
              <Radios
                id={FIELD_IDS.registered}
                legend="Is this member registered with a professional regulator?"
                hint="For example the GMC, NMC, HCPC or GPhC."
                options={YES_NO}
                value={registered}
                onChange={setRegistered}
                error={errorFor(errors, FIELD_IDS.registered)}
              />
            )}
            <div className="app-button-group">
              <button className="nhsuk-button" type="submit" disabled={submitting}>
                {member ? 'Save changes' : 'Add board member'}
              </button>
              <a href={organisationHref}>Cancel</a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
