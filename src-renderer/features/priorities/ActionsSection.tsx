import { questionById } from '../../../shared/framework/content';
import { ACTION_STATUS_LABELS } from '../../../shared/priorities/priorities';
import type { Action, Priorities } from '../../../shared/priorities/priorities';
import { hrefFor } from '../../app/routes';
import { ExportButton } from '../export/ExportButton';
import { exportActionsCsv } from '../export/export-api';
import { formatDate } from '../workshops/workshop-format';

/** Actions for each agreed priority, in the board's order, each with an owner and a date. */
export function ActionsSection({ priorities, order }: { readonly priorities: Priorities; readonly order: readonly string[] }) {
  const agreed = order.filter((id) => priorities.agreed.includes(id));
  return (
    <section aria-labelledby="actions-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="actions-heading">Actions</h2>
      {priorities.actions.length > 0 && (
        <ExportButton label="Export actions as CSV" testId="export-actions" run={() => exportActionsCsv(priorities.workshopId)} />
      )}
      {agreed.length === 0 ? (
        <p data-testid="no-agreed">Agree at least one priority above, then add the actions that will deliver it.</p>
      ) : (
        agreed.map((questionId) => (
          <PriorityActions
            key={questionId}
            workshopId={priorities.workshopId}
            questionId={questionId}
            actions={priorities.actions.filter((a) => a.questionId === questionId)}
          />
        ))
      )}
    </section>
  );
}

function PriorityActions({ workshopId, questionId, actions }: { readonly workshopId: number; readonly questionId: string; readonly actions: readonly Action[] }) {
  const question = questionById(questionId);
  if (!question) return null;
  return (
    <div className="app-priority-actions" data-testid={`actions-${questionId}`}>
      <h3>
        Question {question.number}: {question.text}
      </h3>
      {actions.length === 0 ? (
        <p>No actions yet.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Actions for question {question.number}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Action</th>
              <th className="nhsuk-table__header" scope="col">Owner</th>
              <th className="nhsuk-table__header" scope="col">Due</th>
              <th className="nhsuk-table__header" scope="col">Status</th>
              <th className="nhsuk-table__header" scope="col">Change</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {actions.map((action) => (
              <tr className="nhsuk-table__row" key={action.id}>
                <td className="nhsuk-table__cell">
                  {action.description}
                  {action.resourceTitle && <span className="app-action-resource nhsuk-body-s">Development offer: {action.resourceTitle}</span>}
                  {action.notes && <span className="app-action-notes nhsuk-body-s">{action.notes}</span>}
                </td>
                <td className="nhsuk-table__cell">{action.ownerName}</td>
                <td className="nhsuk-table__cell app-nowrap">{formatDate(action.dueDate)}</td>
                <td className="nhsuk-table__cell">
                  <strong className={`nhsuk-tag ${statusTag(action.status)}`}>{ACTION_STATUS_LABELS[action.status]}</strong>
                </td>
                <td className="nhsuk-table__cell app-actions-cell">
                  <a href={hrefFor({ name: 'action-edit', workshopId, actionId: action.id })}>
                    Edit<span className="nhsuk-u-visually-hidden"> action: {action.description}</span>
                  </a>
                  <a href={hrefFor({ name: 'action-delete', workshopId, actionId: action.id })}>
                    Delete<span className="nhsuk-u-visually-hidden"> action: {action.description}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a className="nhsuk-button nhsuk-button--secondary" href={hrefFor({ name: 'action-new', workshopId, questionId })} draggable={false}>
        Add an action<span className="nhsuk-u-visually-hidden"> to question {question.number}</span>
      </a>
    </div>
  );
}

export function statusTag(status: Action['status']): string {
  switch (status) {
    case 'done':
      return 'nhsuk-tag--green';
    case 'blocked':
      return 'nhsuk-tag--red';
    case 'in-progress':
      return 'nhsuk-tag--blue';
    case 'not-started':
      return 'nhsuk-tag--grey';
  }
}
