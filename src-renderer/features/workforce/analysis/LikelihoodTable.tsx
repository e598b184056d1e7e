import { PROFESSION_LABELS } from '../../../../shared/framework/professions';
import { formatRatio } from '../../../../shared/workforce/metrics';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { measureName } from './format';

/** RL(p,L) against the chosen reference group, as the Workforce Race Equality Standard reads its ratios. */
export function LikelihoodTable({ analysis }: { readonly analysis: WorkforceAnalysis }) {
  const reference = analysis.reference === 'all-others' ? 'all other clinical professions' : PROFESSION_LABELS[analysis.reference].toLowerCase();
  const anyLow = analysis.professions.some((p) => p.cells.some((c) => c.lowConfidence.rl));
  return (
    <>
      <p>
        Each figure compares the chance of reaching a level or above. Read it as: staff of the reference group ({reference}) are
        this many times as likely as staff of the profession to be at that level or above. 1 means equally likely; above 1, the
        profession is less likely to get there; – means no one in the profession is at that level or above.
      </p>
      <div className="app-table-scroll" role="region" aria-labelledby="rl-caption" tabIndex={0}>
        <table className="nhsuk-table app-figures-table" data-testid="likelihood-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id="rl-caption">
            Relative likelihood of being at each level or above, against {reference}, by {measureName(analysis.measure)}
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">Profession</th>
              {analysis.levels.map((level) => (
                <th className="nhsuk-table__header app-numeric" scope="col" key={level.levelId}>
                  {level.label} or above
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {analysis.professions.map((profession) => (
              <tr className="nhsuk-table__row" key={profession.professionId}>
                <th className="nhsuk-table__header" scope="row">
                  {profession.label}
                  {profession.isReference && <span className="app-muted"> (the reference group)</span>}
                </th>
                {profession.cells.map((cell) => (
                  <td className="nhsuk-table__cell app-numeric" key={cell.levelId}>
                    {cell.rl === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="nhsuk-u-visually-hidden">Not defined</span>
                      </>
                    ) : (
                      formatRatio(cell.rl)
                    )}
                    {cell.lowConfidence.rl && (
                      <>
                        <span aria-hidden="true">*</span>
                        <span className="nhsuk-u-visually-hidden"> (low confidence)</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyLow && <p className="nhsuk-body-s">* Low confidence: the figure rests on fewer than 10 people.</p>}
    </>
  );
}
