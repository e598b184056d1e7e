import { useMemo } from 'react';
import type { BoardMember } from '../../../shared/board/board-member';
import { checkComposition, countFindings, FRAMEWORK_QUOTES, rulesApply, whoIsMissing } from '../../../shared/board/composition';
import { ORGANISATION_TYPE_LABELS } from '../../../shared/organisations/organisation';
import type { Organisation } from '../../../shared/organisations/organisation';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { OrganisationNotShown } from '../organisations/OrganisationNotShown';
import { useOrganisation } from '../organisations/use-organisation';
import { snapshotName } from '../workforce/analysis/format';
import { useBoardOf } from './board-store';
import { FindingsTable } from './composition/FindingsTable';
import { summaryText } from './composition/format';
import { useNewestShares } from './composition/use-newest-shares';
import type { NewestShares } from './composition/use-newest-shares';
import { WhoIsMissingTable } from './composition/WhoIsMissingTable';

/** Workflow step 2: the board as entered, checked against section 4 of the framework (PRODUCT.md). */
export function CompositionPage({ organisationId }: { readonly organisationId: number }) {
  const found = useOrganisation(organisationId);
  if (found.state !== 'found') return <OrganisationNotShown lookup={found} />;
  return <CompositionHome organisation={found.organisation} />;
}

function LoadProblem({ title, message }: { readonly title: string; readonly message: string }) {
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h2 className="nhsuk-error-summary__heading">{title}</h2>
      <div className="nhsuk-error-summary__body">
        <p>{message}</p>
      </div>
    </div>
  );
}

function CompositionHome({ organisation }: { readonly organisation: Organisation }) {
  const board = useBoardOf(organisation.id);
  const workforce = useNewestShares(organisation.id);
  return (
    <>
      <BackLink href={hrefFor({ name: 'organisation', id: organisation.id })}>{`Back to ${organisation.name}`}</BackLink>
      <PageHeading title="Board composition check">
        <span className="nhsuk-caption-l">{organisation.name}</span>
        Board composition check
      </PageHeading>
      {board.state === 'loading' && <p role="status">Loading the board…</p>}
      {board.state === 'unavailable' && <LoadProblem title="The board could not be loaded" message={board.message} />}
      {board.state === 'ready' && board.members.length === 0 && <EmptyBoard organisation={organisation} />}
      {board.state === 'ready' && board.members.length > 0 && (
        <Check organisation={organisation} members={board.members} workforce={workforce} />
      )}
    </>
  );
}

function EmptyBoard({ organisation }: { readonly organisation: Organisation }) {
  return (
    <section aria-labelledby="empty-heading" data-testid="no-board-to-check">
      <h2 id="empty-heading">No board members yet</h2>
      <p>
        The check applies the rules of section 4 of the framework to the board as entered: how many directors it has, its
        required executive directors, and who is missing from the table. No one is on the board of {organisation.name} yet, so
        there is nothing to check.
      </p>
      <p>Add the chair, the executive directors and the non-executive directors, including any who do not vote.</p>
      <a
        className="nhsuk-button"
        href={hrefFor({ name: 'board-member-new', organisationId: organisation.id })}
        draggable={false}
      >
        Add a board member
      </a>
    </section>
  );
}

/** What the rules are, for this type of organisation, in the framework's terms. */
function Introduction({ organisation }: { readonly organisation: Organisation }) {
  const type = ORGANISATION_TYPE_LABELS[organisation.type];
  switch (organisation.type) {
    case 'nhs-trust':
      return (
        <p className="nhsuk-body-l">
          The board of {organisation.name} as entered, checked against the rules section 4 of the framework sets out for NHS trust
          boards: the limits on the number of directors and the executive directors every board must have.
        </p>
      );
    case 'nhs-foundation-trust':
      return (
        <p className="nhsuk-body-l">
          The board of {organisation.name} as entered, checked against the rules section 4 of the framework sets out for
          foundation trust boards: the executive directors Schedule 7 requires, and the balance the Code of Governance asks for.
          Foundation trusts can alter the number of board members, so the NHS trust limits on numbers are not checked.
        </p>
      );
    case 'integrated-care-board':
    case 'other':
      return (
        <p className="nhsuk-body-l">
          Section 4 of the framework sets out rules for NHS trust and foundation trust boards. {organisation.name} is{' '}
          {organisation.type === 'other' ? 'not an NHS trust or foundation trust' : `an ${type.toLowerCase()}`}, so none of them
          binds its board: they are shown for reference only, with what each would find.
        </p>
      );
  }
}

function Check({
  organisation,
  members,
  workforce,
}: {
  readonly organisation: Organisation;
  readonly members: readonly BoardMember[];
  readonly workforce: NewestShares;
}) {
  const findings = useMemo(() => checkComposition({ organisationType: organisation.type, members }), [organisation.type, members]);
  const shares = workforce.state === 'ready' ? workforce.shares : undefined;
  const table = useMemo(() => whoIsMissing(members, shares), [members, shares]);
  const apply = rulesApply(organisation.type);
  const counts = countFindings(findings);
  const missing = table.filter((row) => row.voice === 'missing').map((row) => row.label);
  const type = ORGANISATION_TYPE_LABELS[organisation.type];

  return (
    <>
      <Introduction organisation={organisation} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>How members are counted.</strong> Only voting members count as directors. Associates and other non-voting
          members are named where they matter but are not counted, and cannot fill a required executive post. A required executive
          must be recorded with the right professional background and as registered.
        </p>
      </div>

      <section aria-labelledby="findings-heading" className="app-analysis-section">
        <h2 id="findings-heading">Findings</h2>
        <p className="nhsuk-body-l app-composition__summary" data-testid="composition-summary">
          <strong>{summaryText(counts, apply)}</strong>
          {apply && counts.guidance > 0 && <>, and {counts.guidance === 1 ? '1 prompt' : `${counts.guidance} prompts`} for the board to consider</>}
          .
        </p>
        <FindingsTable
          findings={findings}
          organisation={organisation}
          caption={apply ? `Section 4 rules for ${organisation.name}, an ${type}` : `Section 4 rules, shown for reference for ${organisation.name}`}
        />
        {organisation.type === 'nhs-trust' && (
          <p className="nhsuk-body-s app-muted">
            The limits apply to most NHS trusts. In the framework’s words: “{FRAMEWORK_QUOTES.nhsTrustVariations}”
          </p>
        )}
        {(organisation.type === 'nhs-foundation-trust' || !apply) && (
          <p className="nhsuk-body-s app-muted">
            The framework gives no number for “no one dominant group”. Boardwalk’s test: the voting executive directors do not
            outnumber the chair and the voting non-executive directors together.
          </p>
        )}
        <FrameworkWords organisation={organisation} />
      </section>

      <section aria-labelledby="missing-heading" className="app-analysis-section">
        <h2 id="missing-heading">Who is missing from the table</h2>
        <p>
          Which of the clinical professions of section 3 of the framework have a voice at board level: a voting member with that
          professional background, a non-voting member only, or no one.
        </p>
        <p data-testid="missing-professions">
          {missing.length === 0
            ? 'Every clinical profession has someone at the table.'
            : `No one at the table from ${missing.length === 1 ? 'this profession' : `these ${missing.length} professions`}: ${missing.join(', ')}.`}
        </p>
        <WorkforceNote organisation={organisation} workforce={workforce} />
        <WhoIsMissingTable
          rows={table}
          workforce={workforce}
          snapshotName={workforce.state === 'ready' ? snapshotName(workforce.snapshot) : null}
        />
      </section>
    </>
  );
}

function WorkforceNote({ organisation, workforce }: { readonly organisation: Organisation; readonly workforce: NewestShares }) {
  switch (workforce.state) {
    case 'loading':
      return <p role="status">Loading the newest workforce snapshot…</p>;
    case 'problem':
      return <LoadProblem title="The newest workforce snapshot could not be read" message={workforce.message} />;
    case 'none':
      return (
        <p data-testid="no-snapshot">
          No workforce snapshot yet, so no share of clinical staff is shown.{' '}
          <a href={hrefFor({ name: 'workforce-import', organisationId: organisation.id })}>Import a workforce file</a> to see each
          profession’s share beside the board.
        </p>
      );
    case 'ready':
      return (
        <p data-testid="snapshot-used">
          Shares of clinical staff by headcount from the newest workforce snapshot, {snapshotName(workforce.snapshot)}. Staff who are
          not clinical never enter a share, and the share of a profession with fewer than 5 people is not shown.
        </p>
      );
  }
}

/** Section 4 in the framework's own words, for the rules this page applies. */
function FrameworkWords({ organisation }: { readonly organisation: Organisation }) {
  const quotes: string[] =
    organisation.type === 'nhs-trust'
      ? [FRAMEWORK_QUOTES.nhsTrustLimits, FRAMEWORK_QUOTES.nhsTrustClinicalNonExecutive]
      : organisation.type === 'nhs-foundation-trust'
        ? [
            FRAMEWORK_QUOTES.schedule7,
            FRAMEWORK_QUOTES.foundationTrustSize,
            FRAMEWORK_QUOTES.codeBalance,
            FRAMEWORK_QUOTES.codeSize,
            FRAMEWORK_QUOTES.noDominantGroup,
            FRAMEWORK_QUOTES.clinicalNonExecutive,
          ]
        : [
            FRAMEWORK_QUOTES.nhsTrustLimits,
            FRAMEWORK_QUOTES.schedule7,
            FRAMEWORK_QUOTES.noDominantGroup,
            FRAMEWORK_QUOTES.clinicalNonExecutive,
          ];
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What section 4 of the framework says</span>
      </summary>
      <div className="nhsuk-details__text">
        {quotes.map((quote) => (
          <blockquote key={quote} className="app-composition__quote">
            <p>{quote}</p>
          </blockquote>
        ))}
        <p className="nhsuk-body-s app-muted">Clinical leadership – a framework for action, section 4: “What are the legal or policy considerations?”</p>
      </div>
    </details>
  );
}
