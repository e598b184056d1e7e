import { MATURITY_LABELS } from '../../../../shared/framework/maturity';
import type { MaturityRating } from '../../../../shared/framework/maturity';
import type { ReportModel } from '../../../../shared/report/build-report';
import { DISAGREEMENT_RANGE, formatMedian } from '../../../../shared/workshops/stats';

function Rating({ rating }: { readonly rating: number | null }) {
  if (rating === null) return <>Not rated</>;
  return (
    <>
      {rating}
      <span className="app-report__cell-note">{MATURITY_LABELS[rating as MaturityRating]}</span>
    </>
  );
}

export function Questions({ model }: { readonly model: ReportModel }) {
  const withNotes = model.questions.filter((q) => q.notes.trim() !== '');
  const withPrevious = model.previous !== null;
  return (
    <section className="app-report__section" aria-labelledby="report-questions">
      <h2 id="report-questions">The 17 key questions</h2>
      <p>
        The board’s agreed rating of each key question; where members also rated it one by one, the median and range of their
        ratings, with how many members rated it. “Disagree” marks a split: individual ratings {DISAGREEMENT_RANGE} or more points
        apart.
      </p>
      <table className="app-report__table app-report__table--fixed">
        <caption>Ratings of the key questions</caption>
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: withPrevious ? '42%' : '52%' }} />
          <col style={{ width: '13%' }} />
          {withPrevious && <col style={{ width: '13%' }} />}
          <col style={{ width: '15%' }} />
          <col style={{ width: '11%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Key question</th>
            <th scope="col">Agreed rating</th>
            {withPrevious && <th scope="col">Previous</th>}
            <th scope="col">Members’ ratings</th>
            <th scope="col">Split</th>
          </tr>
        </thead>
        <tbody>
          {model.questions.map((q) => (
            <tr key={q.question.id}>
              <th scope="row">{q.question.number}</th>
              <td>
                {q.question.text}
                <span className="app-report__cell-note">{q.themeTitle}</span>
              </td>
              <td>
                <Rating rating={q.consensus} />
              </td>
              {withPrevious && (
                <td>
                  <Rating rating={q.previous} />
                </td>
              )}
              <td>
                {q.spread === null
                  ? 'None recorded'
                  : `Median ${formatMedian(q.spread.median)}; ${q.spread.min} to ${q.spread.max} (${q.spread.count})`}
              </td>
              <td>{q.spread?.disagreement ? 'Disagree' : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {withNotes.length > 0 && (
        <>
          <h3>Evidence and notes</h3>
          {withNotes.map((q) => (
            <div key={q.question.id} className="app-report__note">
              <h4>
                Question {q.question.number}: {q.question.text}
              </h4>
              <p className="app-report__prewrap">{q.notes}</p>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
