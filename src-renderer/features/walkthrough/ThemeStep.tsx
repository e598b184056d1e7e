import type { Theme } from '../../../shared/framework/content';
import { SEVERITIES, SEVERITY_LABELS } from '../../../shared/framework/maturity';
import type { Severity } from '../../../shared/framework/maturity';
import { PROFESSIONS } from '../../../shared/framework/professions';
import type { ProfessionId } from '../../../shared/framework/professions';
import { PageHeading } from '../../app/page';
import { ScaleSelect } from './ScaleSelect';
import { useSession } from './session-store';

/** One empty list for every selector, so an empty answer is the same answer and does not re-render. */
const NONE: readonly never[] = [];


/**
 * A theme's barriers, then the heatmap: how much each barrier holds back each profession here,
 * a row per profession and a column per barrier (two or three), so it fits a projector.
 * Each cell is a native list, so it is reached with Tab, changed with the arrow keys or by
 * typing its number (0 to 3), and read out with its barrier and profession.
 */
export function ThemeStep({ theme, title }: { readonly theme: Theme; readonly title: string }) {
  const severities = useSession((s) => s.session?.severities ?? NONE);
  const change = useSession((s) => s.change);
  const scored = new Map(severities.map((s) => [`${s.barrierId}|${s.professionId}`, s.severity]));

  const onChange = (barrierId: string, barrierTitle: string, professionId: ProfessionId, professionLabel: string, severity: number | null) => {
    const said = severity === null ? 'not scored' : SEVERITY_LABELS[severity as Severity].toLowerCase();
    void change({ kind: 'severity', barrierId, professionId, severity }, `${barrierTitle}, ${professionLabel.toLowerCase()}: ${said}`);
  };

  return (
    <>
      <PageHeading title={title} />
      <h2 className="nhsuk-heading-m">Barriers</h2>
      <dl className="app-barriers">
        {theme.barriers.map((barrier) => (
          <div key={barrier.id} className="app-barriers__item">
            <dt className="nhsuk-heading-s nhsuk-u-margin-bottom-1">{barrier.title}</dt>
            <dd className="nhsuk-body">{barrier.text}</dd>
          </div>
        ))}
      </dl>
      <h2 className="nhsuk-heading-m" id="heatmap-title">
        Barrier heatmap
      </h2>
      <p className="nhsuk-hint" id="heatmap-hint">
        For each barrier and profession, how much does it hold people back here? 0 none, 1 minor, 2 moderate, 3 major.
      </p>
      <div className="app-heatmap-scroll" role="region" aria-labelledby="heatmap-title" tabIndex={0}>
        <table className="app-heatmap" aria-describedby="heatmap-hint">
          <caption className="nhsuk-u-visually-hidden">Severity of each barrier of {theme.title} for each profession</caption>
          <thead>
            <tr>
              <th scope="col">Profession</th>
              {theme.barriers.map((barrier) => (
                <th scope="col" key={barrier.id}>
                  {barrier.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PROFESSIONS.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                {theme.barriers.map((barrier) => {
                  const value = scored.get(`${barrier.id}|${p.id}`);
                  return (
                    <td key={barrier.id} className={value === undefined ? 'app-heatmap__cell' : `app-heatmap__cell app-heatmap__cell--${value}`}>
                      <ScaleSelect
                        className="app-heatmap__select"
                        ariaLabel={`${barrier.title}: ${p.label}`}
                        testId={`severity-${barrier.id}-${p.id}`}
                        scale={SEVERITIES}
                        labels={SEVERITY_LABELS}
                        emptyLabel="Not scored"
                        value={value}
                        onChange={(severity) => onChange(barrier.id, barrier.title, p.id, p.label, severity)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
