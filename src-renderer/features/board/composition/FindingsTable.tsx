import type { CompositionFinding } from '../../../../shared/board/composition';
import type { Organisation } from '../../../../shared/organisations/organisation';
import { hrefFor } from '../../../app/routes';
import { guidanceOutcomeText, STATUS_TAGS } from './format';

function StatusTag({ finding }: { readonly finding: CompositionFinding }) {
  const tag = STATUS_TAGS[finding.status];
  return (
    <>
      <strong className={`nhsuk-tag ${tag.className}`} data-testid="finding-status">
        {tag.text}
      </strong>
      {finding.status === 'guidance' && (
        <span className="app-composition__outcome" data-testid="finding-outcome">
          {guidanceOutcomeText(finding)}
        </span>
      )}
    </>
  );
}

function MembersConcerned({ finding }: { readonly finding: CompositionFinding }) {
  if (finding.members.length === 0) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="nhsuk-u-visually-hidden">None named</span>
      </>
    );
  }
  return (
    <ul className="nhsuk-list app-composition__members" data-testid="finding-members">
      {finding.members.map((member) => (
        <li key={member.id}>
          {member.name}
          {member.note && <span className="app-muted">: {member.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What to record when the board as entered cannot tell, with the way to record it. */
function ToRecord({ finding, organisation }: { readonly finding: CompositionFinding; readonly organisation: Organisation }) {
  if (finding.missing === undefined) return null;
  return (
    <div className="app-composition__record" data-testid="finding-missing">
      <p className="nhsuk-u-margin-bottom-1">
        <strong>To record:</strong> {finding.missing}
      </p>
      <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
        {finding.members.length > 0 ? (
          finding.members.map((member) => (
            <li key={member.id}>
              <a href={hrefFor({ name: 'board-member-edit', organisationId: organisation.id, memberId: member.id })}>Edit {member.name}</a>
            </li>
          ))
        ) : (
          <li>
            <a href={hrefFor({ name: 'board-member-new', organisationId: organisation.id })}>
              Add a board member<span className="nhsuk-u-visually-hidden"> for this rule: {finding.title.toLowerCase()}</span>
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}

/** One row per rule: the rule and its source, the finding, what the board as entered has, and who is concerned. */
export function FindingsTable({
  findings,
  organisation,
  caption,
}: {
  readonly findings: readonly CompositionFinding[];
  readonly organisation: Organisation;
  readonly caption: string;
}) {
  return (
    <table className="nhsuk-table app-composition-table" data-testid="findings-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">Rule</th>
          <th className="nhsuk-table__header" scope="col">Finding</th>
          <th className="nhsuk-table__header" scope="col">What the board has</th>
          <th className="nhsuk-table__header app-composition__concerned" scope="col">
            Members concerned
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {findings.map((finding) => (
          <tr className="nhsuk-table__row" key={finding.ruleId} data-testid={`finding-${finding.ruleId}`}>
            <th className="nhsuk-table__header app-composition__rule" scope="row">
              <span className="app-composition__title">{finding.title}</span>
              <span className="app-composition__source">
                <span className="nhsuk-u-visually-hidden">Source: </span>
                {finding.source}
              </span>
            </th>
            <td className="nhsuk-table__cell app-composition__status">
              <StatusTag finding={finding} />
            </td>
            <td className="nhsuk-table__cell">
              <span data-testid="finding-detail">{finding.detail}</span>
              <ToRecord finding={finding} organisation={organisation} />
            </td>
            <td className="nhsuk-table__cell app-composition__concerned">
              <MembersConcerned finding={finding} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
