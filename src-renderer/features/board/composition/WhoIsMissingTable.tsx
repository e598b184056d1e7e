import type { ConcernedMember, ProfessionAtTable } from '../../../../shared/board/composition';
import { formatPercent } from '../../../../shared/workforce/metrics';
import { VOICE_TAGS } from './format';
import type { NewestShares } from './use-newest-shares';

function Names({ members }: { readonly members: readonly ConcernedMember[] }) {
  if (members.length === 0) return <span className="app-muted">None</span>;
  return (
    <ul className="nhsuk-list app-composition__members">
      {members.map((member) => (
        <li key={member.id}>{member.name}</li>
      ))}
    </ul>
  );
}

function Share({ row, workforce }: { readonly row: ProfessionAtTable; readonly workforce: Extract<NewestShares, { state: 'ready' }> }) {
  if (workforce.heldBack.has(row.professionId)) {
    // A share of a small count would give the count away: it is held back, as on the workforce screen.
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="nhsuk-u-visually-hidden">Not shown: fewer than 5 people</span>
      </>
    );
  }
  return <>{formatPercent(row.share)}</>;
}

/** "Who is missing from the table": each clinical profession's voice at board level, beside its share of clinical staff. */
export function WhoIsMissingTable({
  rows,
  workforce,
  snapshotName,
}: {
  readonly rows: readonly ProfessionAtTable[];
  readonly workforce: NewestShares;
  readonly snapshotName: string | null;
}) {
  const withShares = workforce.state === 'ready' ? workforce : null;
  return (
    <table className="nhsuk-table app-composition-table" data-testid="who-is-missing-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">
        Clinical professions at the board table{withShares && snapshotName ? `, with their share of clinical staff on ${snapshotName}` : ''}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">Profession</th>
          <th className="nhsuk-table__header" scope="col">Voice at board level</th>
          <th className="nhsuk-table__header" scope="col">Voting members</th>
          <th className="nhsuk-table__header" scope="col">Non-voting members</th>
          {withShares && (
            <th className="nhsuk-table__header app-numeric" scope="col">
              Share of clinical staff
            </th>
          )}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => {
          const tag = VOICE_TAGS[row.voice];
          return (
            <tr className="nhsuk-table__row" key={row.professionId} data-testid={`voice-${row.professionId}`}>
              <th className="nhsuk-table__header" scope="row">{row.label}</th>
              <td className="nhsuk-table__cell">
                <strong className={`nhsuk-tag ${tag.className}`}>{tag.text}</strong>
              </td>
              <td className="nhsuk-table__cell">
                <Names members={row.voting} />
              </td>
              <td className="nhsuk-table__cell">
                <Names members={row.nonVoting} />
              </td>
              {withShares && (
                <td className="nhsuk-table__cell app-numeric" data-testid={`share-${row.professionId}`}>
                  <Share row={row} workforce={withShares} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
