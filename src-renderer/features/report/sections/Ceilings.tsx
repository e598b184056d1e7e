import { PROFESSIONS } from '../../../../shared/framework/professions';
import type { ReportModel } from '../../../../shared/report/build-report';
import { formatPercent, isSuppressed } from '../../../../shared/workforce/metrics';
import { LadderChart } from '../../workforce/analysis/LadderChart';
import {
  agreementOf,
  AGREEMENT_LABELS,
  ceilingIsLowConfidence,
  ceilingText,
  measureName,
  movementText,
  perceivedText,
  SMALL_NUMBER_NOTE,
  snapshotName,
  staffText,
} from '../../workforce/analysis/format';

/** A4 less the page margins, at 96 px to the inch. */
const CHART_WIDTH = 650;
const CHART_HEIGHT = 330;

export function Ceilings({ model }: { readonly model: ReportModel }) {
  const ceilings = model.ceilings;
  if (ceilings === null) return <PerceivedOnly model={model} />;
  const { analysis, snapshot } = ceilings;
  const perceived = new Map(ceilings.perceived.map((c) => [c.professionId, c.ceiling]));
  const anyPerceived = ceilings.perceived.length > 0;
  const anyLow = analysis.professions.some((p) => ceilingIsLowConfidence(p));
  return (
    <section className="app-report__section" aria-labelledby="report-ceilings">
      <h2 id="report-ceilings">Where professions hit a ceiling</h2>
      <p>
        From the workforce snapshot of {snapshotName(snapshot)}, by {measureName(analysis.measure)}
        {ceilings.fteUnavailable ? ' (FTE was chosen, but this snapshot does not hold FTE for every row)' : ''}. A profession’s <strong>representation index</strong>{' '}
        at a level is its share of the clinical staff at that level divided by its share of all clinical staff: 1 is parity. Its{' '}
        <strong>ceiling</strong> is the lowest level from which the index stays below {analysis.threshold}, at that level and every level above.
      </p>
      <figure className="app-report__figure" data-report-chart="ladder">
        <LadderChart analysis={analysis} width={CHART_WIDTH} height={CHART_HEIGHT} withTable={false} />
      </figure>
      <table className="app-report__table" data-testid="report-ceiling-table">
        <caption>
          Ceilings in the snapshot of {snapshotName(snapshot)}
          {anyPerceived ? ', beside where the board perceived them' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Profession</th>
            <th scope="col" className="app-report__numeric">
              Staff{analysis.measure === 'fte' ? ' (FTE)' : ''}
            </th>
            <th scope="col" className="app-report__numeric">
              Share
            </th>
            <th scope="col">Ceiling in the data</th>
            {anyPerceived && (
              <>
                <th scope="col">Perceived by the board</th>
                <th scope="col">Comparison</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {analysis.professions.map((p) => {
            const seen = perceived.get(p.professionId) ?? null;
            return (
              <tr key={p.professionId}>
                <th scope="row">{p.label}</th>
                <td className="app-report__numeric">{staffText(p.total, p.headcount, analysis.measure)}</td>
                <td className="app-report__numeric">{isSuppressed(p.headcount) ? '–' : formatPercent(p.share)}</td>
                <td>
                  {ceilingText(p.ceiling)}
                  {ceilingIsLowConfidence(p) ? ' *' : ''}
                </td>
                {anyPerceived && (
                  <>
                    <td>{perceivedText(seen)}</td>
                    <td>{AGREEMENT_LABELS[agreementOf(seen, p.ceiling)]}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="app-report__small">
        {SMALL_NUMBER_NOTE}
        {analysis.measure === 'fte' ? ' Whether a count is small is judged by the number of people, even where figures are by FTE.' : ''}{' '}
        {anyLow ? '* Low confidence: the figure rests on fewer than 10 people. ' : ''}Staff who are not clinical
        are counted apart and never enter a share.
      </p>
      {ceilings.change && (
        <>
          <h3>Change since {snapshotName(ceilings.change.from)}</h3>
          {ceilings.change.measure !== analysis.measure && (
            <p>The snapshot of {snapshotName(ceilings.change.from)} does not hold FTE for every row, so this comparison is by headcount.</p>
          )}
          <table className="app-report__table">
            <caption>
              Ceilings in the snapshot of {snapshotName(ceilings.change.from)} and of {snapshotName(snapshot)}
              {ceilings.change.measure !== analysis.measure ? ', by headcount' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Profession</th>
                <th scope="col">Then</th>
                <th scope="col">Now</th>
                <th scope="col">Movement</th>
              </tr>
            </thead>
            <tbody>
              {ceilings.change.comparison.professions.map((p) => (
                <tr key={p.professionId}>
                  <th scope="row">{p.label}</th>
                  <td>{ceilingText(p.ceilingA)}</td>
                  <td>{ceilingText(p.ceilingB)}</td>
                  <td>{movementText(p.movement, p.ceilingA, p.ceilingB)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const PROFESSION_LABELS = new Map(PROFESSIONS.map((p) => [p.id, p.label]));

/** The board's perceptions, for want of workforce data: said plainly, so no one takes them for figures. */
function PerceivedOnly({ model }: { readonly model: ReportModel }) {
  return (
    <section className="app-report__section" aria-labelledby="report-ceilings">
      <h2 id="report-ceilings">Where professions hit a ceiling</h2>
      <p>
        Boardwalk holds no workforce snapshot for {model.organisation.name} dated on or before this workshop, so this section shows only where
        the board perceived each profession’s ceiling: the lowest level from which the board believes its members are rarely found, at that level and every level above. Importing a workforce
        snapshot sets the data beside these perceptions.
      </p>
      <table className="app-report__table" data-testid="report-perceived-table">
        <caption>Where the board perceived each profession’s ceiling</caption>
        <thead>
          <tr>
            <th scope="col">Profession</th>
            <th scope="col">Perceived by the board</th>
          </tr>
        </thead>
        <tbody>
          {model.perceivedOnly.map((c) => (
            <tr key={c.professionId}>
              <th scope="row">{PROFESSION_LABELS.get(c.professionId) ?? c.professionId}</th>
              <td>{perceivedText(c.ceiling)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
