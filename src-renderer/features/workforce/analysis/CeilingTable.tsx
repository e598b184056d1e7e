import { formatPercent, isSuppressed, suppressCount } from '../../../../shared/workforce/metrics';
import type { WorkforceAnalysis } from '../../../../shared/workforce/metrics';
import { ceilingIsLowConfidence, ceilingText, measureName, SMALL_NUMBER_NOTE, staffText } from './format';

export function LowConfidenceTag() {
  return (
    <strong className="nhsuk-tag nhsuk-tag--orange app-tag">
      Low confidence<span className="nhsuk-u-visually-hidden">: this rests on fewer than 10 people</span>
    </strong>
  );
}

/** One row per profession: its staff, its share, and the level at which it hits a ceiling. */
export function CeilingTable({ analysis, snapshotName }: { readonly analysis: WorkforceAnalysis; readonly snapshotName: string }) {
  const measure = measureName(analysis.measure);
  return (
    <>
      <p>
        A profession’s <strong>ceiling</strong> is the lowest level from which its representation index stays below{' '}
        <strong data-testid="threshold-in-definition">{analysis.threshold}</strong>, at that level and every level above. The representation index
        compares the profession’s share of clinical staff at a level with its share of all clinical staff: 1 is parity, 0.5 means
        half as many as parity would give. Levels where the organisation employs no clinical staff are skipped.
      </p>
      <p className="nhsuk-body-s app-muted" data-testid="small-number-note">
        {SMALL_NUMBER_NOTE} Staff who are not clinical ({suppressCount(analysis.nonClinical.headcount)}) are counted apart and never
        enter a share.
      </p>
      <table className="nhsuk-table" data-testid="ceiling-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          Ceilings in the snapshot of {snapshotName}, by {measure}, at a threshold of {analysis.threshold}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">Profession</th>
            <th className="nhsuk-table__header app-numeric" scope="col">Staff ({measure})</th>
            <th className="nhsuk-table__header app-numeric" scope="col">Share of clinical staff</th>
            <th className="nhsuk-table__header" scope="col">Ceiling</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {analysis.professions.map((profession) => (
            <tr className="nhsuk-table__row" key={profession.professionId} data-testid={`ceiling-row-${profession.professionId}`}>
              <th className="nhsuk-table__header" scope="row">{profession.label}</th>
              <td className="nhsuk-table__cell app-numeric" data-testid={`staff-${profession.professionId}`}>
                {staffText(profession.total, profession.headcount, analysis.measure)}
              </td>
              <td className="nhsuk-table__cell app-numeric">
                {isSuppressed(profession.headcount) ? (
                  // A share of a small count would give the count away: it is held back with it.
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="nhsuk-u-visually-hidden">Not shown: fewer than 5 people</span>
                  </>
                ) : (
                  formatPercent(profession.share)
                )}
              </td>
              <td className="nhsuk-table__cell">
                <span data-testid={`ceiling-${profession.professionId}`}>{ceilingText(profession.ceiling)}</span>
                {ceilingIsLowConfidence(profession) && (
                  <>
                    {' '}
                    <LowConfidenceTag />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
