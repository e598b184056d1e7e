import type { ReportModel } from '../../../../shared/report/build-report';

export function Summary({ model }: { readonly model: ReportModel }) {
  const { headlines, champions } = model.summary;
  const hasChampions = champions.executive !== null || champions.nonExecutive !== null;
  return (
    <section className="app-report__section" aria-labelledby="report-summary">
      <h2 id="report-summary">Summary</h2>
      {headlines.length > 0 && (
        <>
          <h3>Headline findings</h3>
          <ul className="app-report__headlines">
            {headlines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {model.priorities.length > 0 && (
        <>
          <h3>The priorities the board agreed</h3>
          <ol className="app-report__priority-list">
            {model.priorities.map((p) => (
              <li key={p.question.id}>
                {p.question.text} <span className="app-report__muted">(question {p.question.number}, {p.themeTitle})</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {hasChampions && (
        <>
          <h3>Champions</h3>
          <dl className="app-report__facts">
            {champions.executive !== null && (
              <div>
                <dt>Executive lead</dt>
                <dd>{champions.executive}</dd>
              </div>
            )}
            {champions.nonExecutive !== null && (
              <div>
                <dt>Non-executive lead</dt>
                <dd>{champions.nonExecutive}</dd>
              </div>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
