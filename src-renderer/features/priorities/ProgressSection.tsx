import { KEY_QUESTIONS, questionById } from '../../../shared/framework/content';
import { ACTION_STATUS_LABELS } from '../../../shared/priorities/priorities';
import type { Progress } from '../../../shared/priorities/priorities';
import { formatDate } from '../workshops/workshop-format';
import { statusTag } from './ActionsSection';

/** A repeat workshop: what the last one agreed to do, how far it got, and how ratings moved. */
export function ProgressSection({ progress }: { readonly progress: Progress }) {
  const { previous } = progress;
  if (!previous) return null;
  const rated = progress.ratings.filter((r) => r.previous !== null || r.current !== null);
  return (
    <section aria-labelledby="progress-heading" className="nhsuk-u-margin-bottom-7" data-testid="since-previous">
      <h2 id="progress-heading">Since the previous workshop</h2>
      <p>
        {previous.title}, {formatDate(previous.date)}.
      </p>
      {progress.actions.length === 0 ? (
        <p>The previous workshop recorded no actions.</p>
      ) : (
        <table className="nhsuk-table" data-testid="previous-actions">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Its actions and their status</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Action</th>
              <th className="nhsuk-table__header" scope="col">Question</th>
              <th className="nhsuk-table__header" scope="col">Owner</th>
              <th className="nhsuk-table__header" scope="col">Due</th>
              <th className="nhsuk-table__header" scope="col">Status</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {progress.actions.map((a) => (
              <tr className="nhsuk-table__row" key={a.id}>
                <td className="nhsuk-table__cell">{a.description}</td>
                <td className="nhsuk-table__cell">{questionById(a.questionId)?.number ?? ''}</td>
                <td className="nhsuk-table__cell">{a.ownerName}</td>
                <td className="nhsuk-table__cell app-nowrap">{formatDate(a.dueDate)}</td>
                <td className="nhsuk-table__cell">
                  <strong className={`nhsuk-tag ${statusTag(a.status)}`}>{ACTION_STATUS_LABELS[a.status]}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rated.length > 0 && (
        <table className="nhsuk-table" data-testid="rating-changes">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Ratings then and now</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Question</th>
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Then</th>
              <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col">Now</th>
              <th className="nhsuk-table__header" scope="col">Change</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {KEY_QUESTIONS.filter((q) => rated.some((r) => r.questionId === q.id)).map((q) => {
              const r = rated.find((x) => x.questionId === q.id);
              const change = r && r.previous !== null && r.current !== null ? r.current - r.previous : null;
              return (
                <tr className="nhsuk-table__row" key={q.id}>
                  <th className="nhsuk-table__header" scope="row">Question {q.number}</th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r?.previous ?? 'Not rated'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{r?.current ?? 'Not rated'}</td>
                  <td className="nhsuk-table__cell" data-testid={`rating-change-${q.id}`}>
                    {change === null ? 'Not comparable' : change > 0 ? `Up ${change}` : change < 0 ? `Down ${-change}` : 'No change'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
