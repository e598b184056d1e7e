import { useState } from 'react';
import { questionById } from '../../../shared/framework/content';
import type { Action, Priorities } from '../../../shared/priorities/priorities';
import { ACTION_STATUS_LABELS } from '../../../shared/priorities/priorities';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { hasErrors } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import { formatDate } from '../workshops/workshop-format';
import { ActionNotShown, findAction, prioritiesHref } from './ActionFormPage';
import { usePriorities, usePrioritiesOf } from './priorities-store';

type Props = { readonly workshopId: number; readonly actionId: number };

/** Deleting an action is permanent, so it takes a second, deliberate step on its own screen. */
export function DeleteActionPage({ workshopId, actionId }: Props) {
  const priorities = usePrioritiesOf(workshopId);
  // Once shown, the confirmation stays until the screen changes: after the delete the action is
  // gone, and "not found" must not flash up (and be announced) meanwhile.
  const [shown, setShown] = useState<Action | null>(null);
  const found = priorities.state === 'found' ? findAction(priorities.priorities, actionId) : undefined;
  if (found && shown !== found) setShown(found);
  const action = found ?? shown;
  if (!action) {
    return <ActionNotShown workshopId={workshopId} lookup={priorities.state === 'found' ? { state: 'missing' } : priorities} />;
  }
  return <ConfirmDelete action={action} />;
}

function ConfirmDelete({ action }: { readonly action: Action }) {
  const deleteAction = usePriorities((s) => s.deleteAction);
  const showFlash = useFlash((s) => s.show);
  const { errors, submitting, submit } = useSubmit<Priorities>({}, () => {
    showFlash('Action deleted');
    navigate({ name: 'workshop-run', id: action.workshopId, step: { kind: 'priorities' } });
  });
  const backHref = prioritiesHref(action.workshopId);
  const question = questionById(action.questionId);

  return (
    <>
      <BackLink href={backHref}>Back to the priorities</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {question && (
            <span className="nhsuk-caption-m">
              Question {question.number}: {question.text}
            </span>
          )}
          <PageHeading title="Delete this action?" hasError={hasErrors(errors)} />
          <dl className="nhsuk-summary-list" data-testid="action-to-delete">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Description</dt>
              <dd className="nhsuk-summary-list__value">{action.description}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Owner</dt>
              <dd className="nhsuk-summary-list__value">
                {action.ownerName}
                {action.ownerId === null && ' (no longer on the board)'}
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Due date</dt>
              <dd className="nhsuk-summary-list__value">{formatDate(action.dueDate)}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Status</dt>
              <dd className="nhsuk-summary-list__value">{ACTION_STATUS_LABELS[action.status]}</dd>
            </div>
          </dl>
          <p>Deleting the action cannot be undone. The question stays an agreed priority.</p>
          <div className="app-button-group">
            <button
              className="nhsuk-button nhsuk-button--warning"
              type="button"
              onClick={() => void submit(() => deleteAction(action.id))}
              disabled={submitting}
            >
              Delete action
            </button>
            <a href={backHref}>Cancel</a>
          </div>
        </div>
      </div>
    </>
  );
}
