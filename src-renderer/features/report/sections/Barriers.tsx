import { SEVERITY_LABELS } from '../../../../shared/framework/maturity';
import type { Severity } from '../../../../shared/framework/maturity';
import type { ReportModel } from '../../../../shared/report/build-report';

export function Barriers({ model }: { readonly model: ReportModel }) {
  return (
    <section className="app-report__section" aria-labelledby="report-barriers">
      <h2 id="report-barriers">Barrier heatmap</h2>
      <p>
        For each theme the board scored, how much each of the framework’s barriers holds each profession back here: 0 none, 1 minor,
        2 moderate, 3 major. Darker cells are more severe; each cell also gives its number and word.
      </p>
      {model.barriers.map((entry) => (
        <table key={entry.theme.id} className="app-report__table app-report__heatmap">
          <caption>
            Theme {entry.theme.number}: {entry.theme.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Profession</th>
              {entry.barriers.map((b) => (
                <th scope="col" key={b.id}>
                  {b.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entry.rows.map((row) => (
              <tr key={row.professionId}>
                <th scope="row">{row.label}</th>
                {row.severities.map((severity, index) => (
                  <td key={index} className={severity === null ? 'app-report__heat' : `app-report__heat app-report__heat--${severity}`}>
                    {severity === null ? 'Not scored' : `${severity} ${SEVERITY_LABELS[severity as Severity]}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
