import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { BOARD_ROLE_LABELS } from '../../../shared/board/board-member';
import type { BoardMember } from '../../../shared/board/board-member';
import { questionById, themeById } from '../../../shared/framework/content';
import type { KeyQuestion, ThemeId } from '../../../shared/framework/content';
import { ACTION_STATUSES, ACTION_STATUS_LABELS } from '../../../shared/priorities/priorities';
import type { Action, ActionStatus, Priorities } from '../../../shared/priorities/priorities';
import type { Workshop } from '../../../shared/workshops/workshop';
import { api } from '../../api/client';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors } from '../../components/form-errors';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import { RecordNotShown } from '../../components/RecordNotShown';
import { useBoardOf } from '../board/board-store';
import { DateInput } from '../workshops/DateInput';
import { EMPTY_DATE, joinIsoDate, splitIsoDate } from '../workshops/date-parts';
import type { DateParts } from '../workshops/date-parts';
import { WorkshopNotShown } from '../workshops/WorkshopNotShown';
import { useWorkshop } from '../workshops/workshops-store';
import { ACTION_FIELD_IDS, NO_ACTION_ERRORS, toActionFormErrors } from './action-form-errors';
import type { ActionFormErrors } from './action-form-errors';
import { usePriorities, usePrioritiesOf } from './priorities-store';

type Props =
  | { readonly workshopId: number; readonly questionId: string; readonly actionId?: undefined }
  | { readonly workshopId: number; readonly actionId: number; readonly questionId?: undefined };

/** Adds an action to an agreed priority (`questionId`), or changes one (`actionId`). */
export function ActionFormPage(props: Props) {
  return props.actionId === undefined ? (
    <NewAction workshopId={props.workshopId} questionId={props.questionId} />
  ) : (
    <EditAction workshopId={props.workshopId} actionId={props.actionId} />
  );
}

/** The priorities step of the walk-through, where actions are listed and where the form returns. */
export function prioritiesHref(workshopId: number): string {
  return hrefFor({ name: 'workshop-run', id: workshopId, step: { kind: 'priorities' } });
}

function NewAction({ workshopId, questionId }: { readonly workshopId: number; readonly questionId: string }) {
  const workshop = useWorkshop(workshopId);
  // The route only matches the ids of the 17 questions.
  const question = questionById(questionId);
  if (workshop.state !== 'found') return <WorkshopNotShown lookup={workshop} />;
  if (!question) return <ActionNotShown workshopId={workshopId} lookup={{ state: 'missing' }} />;
  return <WithBoard workshop={workshop.workshop} question={question} action={null} />;
}

function EditAction({ workshopId, actionId }: { readonly workshopId: number; readonly actionId: number }) {
  const workshop = useWorkshop(workshopId);
  const priorities = usePrioritiesOf(workshopId);
  if (workshop.state !== 'found') return <WorkshopNotShown lookup={workshop} />;
  if (priorities.state !== 'found') return <ActionNotShown workshopId={workshopId} lookup={priorities} />;
  const action = findAction(priorities.priorities, actionId);
  const question = action ? questionById(action.questionId) : undefined;
  if (!action || !question) return <ActionNotShown workshopId={workshopId} lookup={{ state: 'missing' }} />;
  // Keyed by the action, so opening another action's form starts from that action.
  return <WithBoard key={action.id} workshop={workshop.workshop} question={question} action={action} />;
}

/** The action of this workshop with the id, if there is one. */
export function findAction(priorities: Priorities, actionId: number): Action | undefined {
  return priorities.actions.find((a) => a.id === actionId && a.workshopId === priorities.workshopId);
}

type ActionLookup = { readonly state: 'loading' } | { readonly state: 'missing' } | { readonly state: 'unavailable'; readonly message: string };

/** What an action's screen shows until (or instead of) the action. */
export function ActionNotShown({ workshopId, lookup }: { readonly workshopId: number; readonly lookup: ActionLookup }) {
  return (
    <RecordNotShown
      lookup={lookup}
      noun="action"
      missingText="This action does not exist. It may have been deleted."
      unavailableTitle="The actions could not be loaded"
      back={{ href: prioritiesHref(workshopId), text: 'Go to the priorities of the workshop' }}
    />
  );
}

function WithBoard({ workshop, question, action }: { readonly workshop: Workshop; readonly question: KeyQuestion; readonly action: Action | null }) {
  const board = useBoardOf(workshop.organisationId);
  if (board.state === 'loading') return <PageHeading title="Loading the board…" />;
  if (board.state === 'unavailable') {
    return (
      <>
        <PageHeading title="The board could not be loaded" />
        <p>{board.message}</p>
        <p>
          <a href={prioritiesHref(workshop.id)}>Go to the priorities of the workshop</a>
        </p>
      </>
    );
  }
  return <ActionForm workshop={workshop} question={question} members={board.members} action={action} />;
}

/** An item of the resource library, as the form offers it. */
type ResourceOption = { readonly id: number; readonly title: string };
type ThemeResources = 'loading' | 'unavailable' | readonly ResourceOption[];

/** The items of the resource library that serve a theme of the framework, read when the form opens. */
function useThemeResources(themeId: ThemeId): ThemeResources {
  const [loaded, setLoaded] = useState<{ readonly themeId: ThemeId; readonly items: 'unavailable' | readonly ResourceOption[] } | null>(null);
  useEffect(() => {
    let current = true;
    void api.resource.list({ themeId }).then((result) => {
      if (current) setLoaded({ themeId, items: result.ok ? result.value : 'unavailable' });
    });
    return () => {
      current = false;
    };
  }, [themeId]);
  return loaded?.themeId === themeId ? loaded.items : 'loading';
}

const STATUS_OPTIONS = ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] }));

type FormProps = {
  readonly workshop: Workshop;
  readonly question: KeyQuestion;
  readonly members: readonly BoardMember[];
  readonly action: Action | null;
};

function ActionForm({ workshop, question, members, action }: FormProps) {
  const addAction = usePriorities((s) => s.addAction);
  const updateAction = usePriorities((s) => s.updateAction);
  const showFlash = useFlash((s) => s.show);
  const resources = useThemeResources(question.themeId);

  const [description, setDescription] = useState(action?.description ?? '');
  // An owner who has since left the board is not offered: the select starts at "Choose a board member".
  const [ownerId, setOwnerId] = useState(() =>
    action?.ownerId != null && members.some((m) => m.id === action.ownerId) ? String(action.ownerId) : '',
  );
  const [dueDate, setDueDate] = useState<DateParts>(action ? splitIsoDate(action.dueDate) : EMPTY_DATE);
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'not-started');
  const [notes, setNotes] = useState(action?.notes ?? '');
  const [resourceId, setResourceId] = useState(action?.resourceId == null ? '' : String(action.resourceId));
  const [errors, setErrors] = useState<ActionFormErrors>(NO_ACTION_ERRORS);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const fields = {
      description,
      // 0 is no board member's id: the main process refuses it as it refuses any unknown owner.
      ownerId: ownerId === '' ? 0 : Number(ownerId),
      dueDate: joinIsoDate(dueDate),
      status,
      notes,
      resourceId: resourceId === '' ? null : Number(resourceId),
    };
    setSubmitting(true);
    const result = action
      ? await updateAction({ id: action.id, ...fields })
      : await addAction({ workshopId: workshop.id, questionId: question.id, ...fields });
    setSubmitting(false);
    if (result.ok) {
      showFlash(action ? 'Action updated' : `Action added to question ${question.number}`);
      navigate({ name: 'workshop-run', id: workshop.id, step: { kind: 'priorities' } });
    } else {
      setErrors(toActionFormErrors(result.error, { dueDate, ownerChosen: ownerId !== '' }));
    }
  };

  const backHref = prioritiesHref(workshop.id);
  const title = action ? 'Change the action' : 'Add an action';
  const formerOwner = action && action.ownerId === null ? action.ownerName : null;
  const ownerHint = formerOwner
    ? `A member of the board who answers for it. ${formerOwner}, the owner until now, is no longer on the board.`
    : 'A member of the board who answers for it';
  // The action's own offer stays on the list even if the library no longer tags it with this theme.
  const resourceOptions: readonly ResourceOption[] = Array.isArray(resources) ? resources : [];
  const keptResource =
    action?.resourceId != null && !resourceOptions.some((r) => r.id === action.resourceId)
      ? { id: action.resourceId, title: action.resourceTitle ?? 'The offer chosen before' }
      : null;

  return (
    <>
      <BackLink href={backHref}>Back to the priorities</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-m" data-testid="action-question">
            Question {question.number}: {question.text}
          </span>
          <PageHeading title={title} hasError={hasErrors(errors)} />
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <Textarea
              id={ACTION_FIELD_IDS.description}
              label="Description"
              hint="What will be done, in a sentence or two"
              rows={3}
              value={description}
              onChange={setDescription}
              error={errorFor(errors, ACTION_FIELD_IDS.description)}
            />
            <Select
              id={ACTION_FIELD_IDS.ownerId}
              label="Owner"
              hint={ownerHint}
              value={ownerId}
              onChange={setOwnerId}
              error={errorFor(errors, ACTION_FIELD_IDS.ownerId)}
            >
              <option value="">Choose a board member</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name} ({BOARD_ROLE_LABELS[member.role].toLowerCase()})
                </option>
              ))}
            </Select>
            <DateInput
              id={ACTION_FIELD_IDS.dueDate}
              legend="Due date"
              hint="For example, 31 3 2027"
              value={dueDate}
              onChange={setDueDate}
              error={errors.fields.find((f) => f.id.startsWith(`${ACTION_FIELD_IDS.dueDate}-`))?.message}
              errorParts={errors.dateParts}
            />
            <Radios
              id={ACTION_FIELD_IDS.status}
              legend="Status"
              options={STATUS_OPTIONS}
              value={status}
              onChange={setStatus}
              error={errorFor(errors, ACTION_FIELD_IDS.status)}
            />
            <Textarea
              id={ACTION_FIELD_IDS.notes}
              label="Notes (optional)"
              rows={4}
              value={notes}
              onChange={setNotes}
              error={errorFor(errors, ACTION_FIELD_IDS.notes)}
            />
            <Select
              id={ACTION_FIELD_IDS.resourceId}
              label="Suggested development offer (optional)"
              hint={
                resources === 'unavailable'
                  ? 'The resource library could not be read. Try again later, or save the action without one.'
                  : `From the resource library: offers for the theme “${themeById(question.themeId).title}”`
              }
              value={resourceId}
              onChange={setResourceId}
              error={errorFor(errors, ACTION_FIELD_IDS.resourceId)}
              fullWidth
            >
              <option value="">None</option>
              {keptResource && <option value={keptResource.id}>{keptResource.title}</option>}
              {resourceOptions.map((resource) => (
                <option key={resource.id} value={resource.id}>
                  {resource.title}
                </option>
              ))}
            </Select>
            <div className="app-button-group">
              <button className="nhsuk-button" type="submit" disabled={submitting}>
                {action ? 'Save changes' : 'Save action'}
              </button>
              <a href={backHref}>Cancel</a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
