import { useEffect, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { BOARD_ROLE_LABELS } from '../../../shared/board/board-member';
import type { BoardMember } from '../../../shared/board/board-member';
import type { Organisation } from '../../../shared/organisations/organisation';
import type { Result } from '../../../shared/ipc/result';
import { MAX_GUESTS } from '../../../shared/workshops/workshop';
import type { GuestInput, Participant, Workshop } from '../../../shared/workshops/workshop';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldMessages, describedBy, formGroupClass } from '../../components/FieldMessages';
import { errorFor, hasErrors } from '../../components/form-errors';
import { TextInput } from '../../components/TextInput';
import { useBoardOf } from '../board/board-store';
import type { BoardLookup } from '../board/board-store';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { DateInput } from './DateInput';
import { DATE_PARTS, EMPTY_DATE, joinIsoDate, splitIsoDate } from './date-parts';
import type { DateParts } from './date-parts';
import {
  NO_WORKSHOP_ERRORS,
  WORKSHOP_FIELD_IDS,
  guestFieldId,
  memberCheckboxId,
  toWorkshopFormErrors,
} from './workshop-form-errors';
import type { SentForm, WorkshopFormErrors } from './workshop-form-errors';
import { WorkshopNotShown } from './WorkshopNotShown';
import { useWorkshop, useWorkshops } from './workshops-store';

type Props = { readonly organisationId: number; readonly id?: undefined } | { readonly id: number; readonly organisationId?: undefined };

/** Adds a workshop to an organisation (`organisationId`), or edits one (`id`). */
export function WorkshopFormPage(props: Props) {
  return props.id === undefined ? <NewWorkshop organisationId={props.organisationId} /> : <EditWorkshop id={props.id} />;
}

function NewWorkshop({ organisationId }: { readonly organisationId: number }) {
  const organisation = useOrganisation(organisationId);
  const board = useBoardOf(organisationId);
  if (organisation.state !== 'found') return <OrganisationNotShown lookup={organisation} />;
  if (board.state !== 'ready') return <BoardNotShown lookup={board} organisation={organisation.organisation} />;
  return <WorkshopForm organisation={organisation.organisation} members={board.members} workshop={null} />;
}

function EditWorkshop({ id }: { readonly id: number }) {
  const found = useWorkshop(id);
  if (found.state !== 'found') return <WorkshopNotShown lookup={found} />;
  return <EditWithBoard workshop={found.workshop} />;
}

function EditWithBoard({ workshop }: { readonly workshop: Workshop }) {
  const organisation = useOrganisation(workshop.organisationId);
  const board = useBoardOf(workshop.organisationId);
  if (organisation.state !== 'found') return <OrganisationNotShown lookup={organisation} />;
  if (board.state !== 'ready') return <BoardNotShown lookup={board} organisation={organisation.organisation} />;
  return <WorkshopForm organisation={organisation.organisation} members={board.members} workshop={workshop} />;
}

function BoardNotShown({ lookup, organisation }: { readonly lookup: Exclude<BoardLookup, { state: 'ready' }>; readonly organisation: Organisation }) {
  if (lookup.state === 'loading') return <PageHeading title="Loading the board…" />;
  return (
    <>
      <PageHeading title="The board could not be loaded" />
      <p>{lookup.message}</p>
      <p>
        <a href={hrefFor({ name: 'organisation', id: organisation.id })}>Go to {organisation.name}</a>
      </p>
    </>
  );
}

/** A guest row on screen. `key` tells rows apart while they are edited; `id` is a saved guest's. */
type GuestRow = { readonly key: number; readonly id?: number; readonly name: string; readonly role: string };

type FormProps = {
  readonly organisation: Organisation;
  readonly members: readonly BoardMember[];
  readonly workshop: Workshop | null;
};

function initialGuests(workshop: Workshop | null): GuestRow[] {
  return (workshop?.participants ?? [])
    .filter((p) => p.guest)
    .map((p, index) => ({ key: index, id: p.id, name: p.name, role: p.role }));
}

function WorkshopForm({ organisation, members, workshop }: FormProps) {
  const create = useWorkshops((s) => s.create);
  const update = useWorkshops((s) => s.update);
  const showFlash = useFlash((s) => s.show);

  const [title, setTitle] = useState(workshop?.title ?? '');
  const [date, setDate] = useState<DateParts>(workshop ? splitIsoDate(workshop.date) : EMPTY_DATE);
  const [facilitator, setFacilitator] = useState(workshop?.facilitator ?? '');
  const [selected, setSelected] = useState<ReadonlySet<number>>(
    () =>
      new Set(
        (workshop?.participants ?? [])
          .map((p) => p.boardMemberId)
          .filter((id): id is number => id !== null && members.some((m) => m.id === id)),
      ),
  );
  const [guests, setGuests] = useState<readonly GuestRow[]>(() => initialGuests(workshop));
  const nextGuestKey = useRef(guests.length);
  /** The control to focus once the guest rows have been drawn again. */
  const focusAfterRender = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<WorkshopFormErrors>(NO_WORKSHOP_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === null) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.focus();
  }, [guests]);

  const memberIdsInBoardOrder = members.filter((m) => selected.has(m.id)).map((m) => m.id);
  const allSelected = members.length > 0 && memberIdsInBoardOrder.length === members.length;
  // Participants who were on the board when they took part and have since left it stay listed.
  const formerMembers = (workshop?.participants ?? []).filter((p) => !p.guest && p.boardMemberId === null);
  const leaving: Participant[] = (workshop?.participants ?? []).filter((p) =>
    p.guest ? !guests.some((g) => g.id === p.id) : p.boardMemberId !== null && !selected.has(p.boardMemberId),
  );

  const toggleMember = (memberId: number, checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(memberId);
      else next.delete(memberId);
      return next;
    });
  };

  const toggleAll = () => {
    if (allSelected) {
      setSelected(new Set());
      setAnnouncement('No board members selected');
    } else {
      setSelected(new Set(members.map((m) => m.id)));
      setAnnouncement(`All ${members.length} board members selected`);
    }
  };

  const addGuest = () => {
    const key = nextGuestKey.current;
    nextGuestKey.current += 1;
    focusAfterRender.current = guestFieldId(key, 'name');
    setGuests((current) => [...current, { key, name: '', role: '' }]);
  };

  const removeGuest = (index: number) => {
    const removed = guests[index];
    if (!removed) return;
    const remaining = guests.filter((g) => g.key !== removed.key);
    // Focus goes to the row that took its place, else the one before, else the add button.
    const neighbour = remaining[index] ?? remaining[index - 1];
    focusAfterRender.current = neighbour ? guestFieldId(neighbour.key, 'name') : WORKSHOP_FIELD_IDS.addGuest;
    setGuests(remaining);
    const who = removed.name.trim() === '' ? `Guest ${index + 1}` : removed.name.trim();
    setAnnouncement(`${who} removed from the guests`);
  };

  const changeGuest = (key: number, change: Partial<Pick<GuestRow, 'name' | 'role'>>) => {
    setGuests((current) => current.map((g) => (g.key === key ? { ...g, ...change } : g)));
  };

  const firstMemberId = members[0] ? memberCheckboxId(members[0].id) : undefined;
  const controlOrder = [
    WORKSHOP_FIELD_IDS.title,
    ...DATE_PARTS.map((part) => `${WORKSHOP_FIELD_IDS.date}-${part}`),
    WORKSHOP_FIELD_IDS.facilitator,
    ...members.map((m) => memberCheckboxId(m.id)),
    ...guests.flatMap((g) => [guestFieldId(g.key, 'name'), guestFieldId(g.key, 'role')]),
    WORKSHOP_FIELD_IDS.addGuest,
  ];

  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const guestInputs: GuestInput[] = guests.map((g) =>
      g.id === undefined ? { name: g.name, role: g.role } : { id: g.id, name: g.name, role: g.role },
    );
    const fields = {
      title,
      date: joinIsoDate(date),
      facilitator,
      participants: { boardMemberIds: memberIdsInBoardOrder, guests: guestInputs },
    };
    const sent: SentForm = {
      date,
      memberIds: memberIdsInBoardOrder,
      guestKeys: guests.map((g) => g.key),
      memberName: (memberId) => members.find((m) => m.id === memberId)?.name,
      participantsId: firstMemberId,
    };
    setSubmitting(true);
    const result: Result<Workshop> = workshop
      ? await update({ id: workshop.id, ...fields })
      : await create({ organisationId: organisation.id, ...fields });
    setSubmitting(false);
    if (result.ok) {
      showFlash(workshop ? `${result.value.title} has been updated` : `${result.value.title} has been added`);
      navigate({ name: 'workshop', id: result.value.id });
    } else {
      setErrors(toWorkshopFormErrors(result.error, sent, controlOrder));
    }
  };

  const participantsError = errors.fields.find((f) => f.id.startsWith('member-'))?.message;
  const participantsHint = workshop
    ? 'Taking someone off the list deletes the individual ratings they gave in this workshop.'
    : 'Individual ratings and votes can be recorded for each person taking part.';
  const cancelHref = workshop ? hrefFor({ name: 'workshop', id: workshop.id }) : hrefFor({ name: 'organisation', id: organisation.id });
  const pageTitle = workshop ? `Edit ${workshop.title}` : 'Add a workshop';

  return (
    <>
      <BackLink href={cancelHref}>{workshop ? 'Back to the workshop' : `Back to ${organisation.name}`}</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">{organisation.name}</span>
          <PageHeading title={pageTitle} hasError={hasErrors(errors)} />
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <TextInput
              id={WORKSHOP_FIELD_IDS.title}
              label="Workshop title"
              hint="For example, Board development: clinical leadership"
              value={title}
              onChange={setTitle}
              error={errorFor(errors, WORKSHOP_FIELD_IDS.title)}
            />
            <DateInput
              id={WORKSHOP_FIELD_IDS.date}
              legend="Date of the workshop"
              hint="For example, 3 12 2026"
              value={date}
              onChange={setDate}
              error={errors.fields.find((f) => f.id.startsWith(`${WORKSHOP_FIELD_IDS.date}-`))?.message}
              errorParts={errors.dateParts}
            />
            <TextInput
              id={WORKSHOP_FIELD_IDS.facilitator}
              label="Facilitator (optional)"
              hint="Who runs the session, for example the board secretary or an external facilitator"
              value={facilitator}
              onChange={setFacilitator}
              error={errorFor(errors, WORKSHOP_FIELD_IDS.facilitator)}
              autoComplete="name"
              spellCheck={false}
            />

            {members.length === 0 ? (
              <>
                <h2>Board members taking part</h2>
                <p data-testid="no-board-to-choose">
                  Nobody is on the board of {organisation.name} yet. You can{' '}
                  <a href={hrefFor({ name: 'board-member-new', organisationId: organisation.id })}>add board members</a>{' '}
                  first, or add guests below and board members later.
                </p>
              </>
            ) : (
              <div className={formGroupClass(participantsError)}>
                <fieldset
                  className="nhsuk-fieldset"
                  aria-describedby={describedBy('participants', participantsHint, participantsError)}
                >
                  <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                    <h2 className="nhsuk-fieldset__heading">Board members taking part</h2>
                  </legend>
                  <FieldMessages id="participants" hint={participantsHint} error={participantsError} />
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    type="button"
                    onClick={toggleAll}
                  >
                    {allSelected ? 'Deselect all board members' : 'Select all board members'}
                  </button>
                  <div className="nhsuk-checkboxes">
                    {members.map((member) => {
                      const id = memberCheckboxId(member.id);
                      return (
                        <div className="nhsuk-checkboxes__item" key={member.id}>
                          <input
                            className="nhsuk-checkboxes__input"
                            id={id}
                            name="boardMemberIds"
                            type="checkbox"
                            value={member.id}
                            checked={selected.has(member.id)}
                            aria-describedby={`${id}-hint`}
                            onChange={(event) => toggleMember(member.id, event.target.checked)}
                          />
                          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                            {member.name}
                          </label>
                          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
                            {BOARD_ROLE_LABELS[member.role]}
                          </div>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              </div>
            )}
            {formerMembers.length > 0 && (
              <p data-testid="former-members">
                Also taking part, and no longer on the board: {formerMembers.map((p) => p.name).join(', ')}. They stay
                on this workshop’s list.
              </p>
            )}

            <h2>Guests</h2>
            <p className="nhsuk-hint">
              People taking part who are not on the board, such as a chief allied health professional or a clinical
              lead. Optional.
            </p>
            {guests.map((guest, index) => (
              // A card each, so it is plain which name goes with which role.
              <div className="nhsuk-card nhsuk-u-margin-bottom-4" key={guest.key} data-testid="guest">
                <div className="nhsuk-card__content">
                  <fieldset className="nhsuk-fieldset">
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Guest {index + 1}</legend>
                    <TextInput
                      id={guestFieldId(guest.key, 'name')}
                      label="Name"
                      value={guest.name}
                      onChange={(name) => changeGuest(guest.key, { name })}
                      error={errorFor(errors, guestFieldId(guest.key, 'name'))}
                      spellCheck={false}
                    />
                    <TextInput
                      id={guestFieldId(guest.key, 'role')}
                      label="Role (optional)"
                      value={guest.role}
                      onChange={(role) => changeGuest(guest.key, { role })}
                      error={errorFor(errors, guestFieldId(guest.key, 'role'))}
                    />
                    <button
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                      type="button"
                      onClick={() => removeGuest(index)}
                    >
                      Remove
                      <span className="nhsuk-u-visually-hidden">
                        {` guest ${index + 1}${guest.name.trim() === '' ? '' : `, ${guest.name.trim()}`}`}
                      </span>
                    </button>
                  </fieldset>
                </div>
              </div>
            ))}
            {guests.length < MAX_GUESTS ? (
              <div className={formGroupClass(errorFor(errors, WORKSHOP_FIELD_IDS.addGuest))}>
                <FieldMessages id={WORKSHOP_FIELD_IDS.addGuest} error={errorFor(errors, WORKSHOP_FIELD_IDS.addGuest)} />
                <button
                  className="nhsuk-button nhsuk-button--secondary"
                  id={WORKSHOP_FIELD_IDS.addGuest}
                  type="button"
                  onClick={addGuest}
                  aria-describedby={describedBy(WORKSHOP_FIELD_IDS.addGuest, undefined, errorFor(errors, WORKSHOP_FIELD_IDS.addGuest))}
                >
                  {guests.length === 0 ? 'Add a guest' : 'Add another guest'}
                </button>
              </div>
            ) : (
              <p id={WORKSHOP_FIELD_IDS.addGuest} tabIndex={-1}>
                A workshop can have at most {MAX_GUESTS} guests.
              </p>
            )}
            <p className="nhsuk-u-visually-hidden" role="status">
              {announcement}
            </p>

            {leaving.length > 0 && (
              <div className="nhsuk-card nhsuk-card--warning" data-testid="leaving-warning">
                <div className="nhsuk-card__content">
                  <h2 className="nhsuk-card__heading">
                    <span className="nhsuk-u-visually-hidden">Important: </span>Individual ratings will be deleted
                  </h2>
                  <p className="nhsuk-card__description">
                    {leaving.map((p) => p.name).join(', ')} will no longer take part. Saving deletes any individual
                    ratings {leaving.length === 1 ? 'they' : 'these participants'} gave in this workshop.
                  </p>
                </div>
              </div>
            )}

            <div className="app-button-group">
              <button className="nhsuk-button" type="submit" disabled={submitting}>
                {workshop ? 'Save changes' : 'Save workshop'}
              </button>
              <a href={cancelHref}>Cancel</a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
