import { MATURITY_LABELS } from '../../../../shared/framework/maturity';
import type { MaturityRating } from '../../../../shared/framework/maturity';
import type { ReportModel } from '../../../../shared/report/build-report';
import { ActionsTable } from './ActionsTable';

export function Priorities({ model }: { readonly model: ReportModel }) {
  const previous = model.previous;
  const hasPrevious = previous !== null && previous.actions.length > 0;
  return (
    <section className="app-report__section" aria-labelledby="report-priorities">
      <h2 id="report-priorities">Priorities and actions</h2>
      {model.priorities.map((p) => (
        <div key={p.question.id} className="app-report__priority">
          <h3>
            Priority {p.rank}: question {p.question.number}
          </h3>
          <p className="app-report__question-text">{p.question.text}</p>
          <p className="app-report__muted">
            Theme: {p.themeTitle}. Rated{' '}
            {p.rating === null ? 'not rated' : `${p.rating} (${MATURITY_LABELS[p.rating as MaturityRating]})`}
            {p.votes > 0 ? `; ${p.votes} ${p.votes === 1 ? 'vote' : 'votes'}` : ''}.
          </p>
          {p.actions.length > 0 ? (
            <ActionsTable actions={p.actions} caption={`Actions for priority ${p.rank}`} />
          ) : (
            <p>No actions are recorded for this priority yet.</p>
          )}
        </div>
      ))}
      {hasPrevious && (
        <div className="app-report__priority">
          <h3>Actions from the previous workshop</h3>
          <p className="app-report__muted">
            {previous.title}, {previous.dateText}: where each action stands now.
          </p>
          <ActionsTable actions={previous.actions} caption="Actions agreed at the previous workshop" />
        </div>
      )}
    </section>
  );
}
