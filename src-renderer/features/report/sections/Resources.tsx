import type { ReportModel } from '../../../../shared/report/build-report';

function ranksText(ranks: readonly number[]): string {
  if (ranks.length === 1) return `priority ${ranks[0] ?? ''}`;
  return `priorities ${ranks.slice(0, -1).join(', ')} and ${ranks[ranks.length - 1] ?? ''}`;
}

export function Resources({ model }: { readonly model: ReportModel }) {
  return (
    <section className="app-report__section" aria-labelledby="report-resources">
      <h2 id="report-resources">Recommended development offers</h2>
      <p>
        Offers from Boardwalk’s resource library that serve the themes of the agreed priorities; those an action names come first.
      </p>
      <ul className="app-report__resources">
        {model.resources.map((r) => (
          <li key={r.id}>
            <strong>{r.title}</strong>
            {r.provider !== '' ? `, ${r.provider}` : ''}
            <span className="app-report__muted">
              {' '}
              (for {ranksText(r.forRanks)}
              {r.namedByAction ? '; named in an action' : ''})
            </span>
            {r.description !== '' && <span className="app-report__resource-text">{r.description}</span>}
            {r.url !== null && <span className="app-report__resource-text app-report__url">{r.url}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
