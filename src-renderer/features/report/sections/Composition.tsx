import type { ConcernedMember } from '../../../../shared/board/composition';
import type { ReportModel } from '../../../../shared/report/build-report';
import { longDate } from '../../../../shared/util/dates';
import { formatPercent } from '../../../../shared/workforce/metrics';
import { guidanceOutcomeText, STATUS_TAGS, summaryText, VOICE_TAGS } from '../../board/composition/format';

function names(members: readonly ConcernedMember[]): string {
  return members.length === 0 ? 'None' : members.map((m) => (m.note ? `${m.name} (${m.note})` : m.name)).join(', ');
}

export function Composition({ model }: { readonly model: ReportModel }) {
  const composition = model.composition;
  if (composition === null) return null;
  const { findings, counts, apply, atTable, sharesFrom } = composition;
  const heldBack = new Set(composition.heldBack);
  const missing = atTable.filter((p) => p.voice === 'missing');
  return (
    <section className="app-report__section" aria-labelledby="report-composition">
      <h2 id="report-composition">Board composition</h2>
      <p>
        The board as entered in Boardwalk, checked against the rules of section 4 of the framework for its type of organisation (
        {model.organisation.typeLabel}): <strong>{summaryText(counts, apply)}</strong>.
        {apply ? '' : ' These rules bind NHS trusts and foundation trusts; they are shown here for reference.'}
      </p>
      <table className="app-report__table">
        <caption>Board composition rules</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Finding</th>
            <th scope="col">What the board has</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <tr key={f.ruleId}>
              <th scope="row">
                {f.title}
                <span className="app-report__cell-note">{f.source}</span>
              </th>
              <td className="app-report__nowrap">
                {STATUS_TAGS[f.status].text}
                {f.status === 'guidance' ? `: ${guidanceOutcomeText(f).toLowerCase()}` : ''}
              </td>
              <td>
                {f.detail}
                {f.missing !== undefined && <span className="app-report__cell-note">To tell: {f.missing}</span>}
                {f.members.length > 0 && <span className="app-report__cell-note">Members concerned: {names(f.members)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Who is missing from the table</h3>
      <p>
        {missing.length === 0
          ? 'Every clinical profession has someone at the board table.'
          : `${missing.length} of ${atTable.length} clinical professions have no one at the board table: ${missing.map((p) => p.label.toLowerCase()).join(', ')}.`}
      </p>
      <table className="app-report__table">
        <caption>
          Clinical professions at the board table
          {sharesFrom ? `, with their share of clinical staff on ${longDate(sharesFrom.snapshotDate)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Profession</th>
            <th scope="col">Voice at board level</th>
            <th scope="col">Voting members</th>
            <th scope="col">Non-voting members</th>
            {sharesFrom && (
              <th scope="col" className="app-report__numeric">
                Share of clinical staff
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {atTable.map((row) => (
            <tr key={row.professionId}>
              <th scope="row">{row.label}</th>
              <td>{VOICE_TAGS[row.voice].text}</td>
              <td>{names(row.voting)}</td>
              <td>{names(row.nonVoting)}</td>
              {sharesFrom && (
                <td className="app-report__numeric">{heldBack.has(row.professionId) ? '–' : formatPercent(row.share)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {sharesFrom && heldBack.size > 0 && (
        <p className="app-report__small">A share is not shown (–) where the profession has fewer than 5 staff, since it would give the count away.</p>
      )}
    </section>
  );
}
