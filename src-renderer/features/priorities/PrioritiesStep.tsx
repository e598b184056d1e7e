import { useMemo } from 'react';
import { proposeOrder, effectiveOrder } from '../../../shared/priorities/proposed-order';
import { useFlashMessage } from '../../app/flash-store';
import { hrefFor } from '../../app/routes';
import { PageHeading } from '../../app/page';
import { SuccessBanner } from '../../components/SuccessBanner';
import { PROFESSION_LABELS } from '../../../shared/framework/professions';
import { useBoardOf } from '../board/board-store';
import { useSession } from '../walkthrough/session-store';
import { formatDate } from '../workshops/workshop-format';
import { ActionsSection } from './ActionsSection';
import { ChampionsSection } from './ChampionsSection';
import { OrderSection } from './OrderSection';
import { ProgressSection } from './ProgressSection';
import { VotingSection } from './VotingSection';
import { usePriorities, usePrioritiesOf, useProgressOf } from './priorities-store';
import { useCeilingEvidence } from './use-ceiling-evidence';

const NONE: readonly never[] = [];

/** Steps 5 and 6 of the workshop: dot voting, the board's priorities, actions and champions. */
export function PrioritiesStep({ title }: { readonly title: string }) {
  const workshop = useSession((s) => s.session?.workshop ?? null);
  // Taken as the step opens ("Action added…" from the action form), before the workshop loads.
  const flash = useFlashMessage();
  if (!workshop) return <PageHeading title={title} />;
  return <PrioritiesBody title={title} workshopId={workshop.id} organisationId={workshop.organisationId} workshopDate={workshop.date} flash={flash} />;
}

type BodyProps = {
  readonly title: string;
  readonly workshopId: number;
  readonly organisationId: number;
  readonly workshopDate: string;
  readonly flash: string | null;
};

function PrioritiesBody({ title, workshopId, organisationId, workshopDate, flash }: BodyProps) {
  const lookup = usePrioritiesOf(workshopId);
  const progress = useProgressOf(workshopId);
  const board = useBoardOf(organisationId);
  const participants = useSession((s) => s.session?.workshop.participants ?? NONE);
  const ratings = useSession((s) => s.session?.ratings ?? NONE);
  const severities = useSession((s) => s.session?.severities ?? NONE);
  const perceived = useSession((s) => s.session?.perceivedCeilings ?? NONE);
  const writeError = usePriorities((s) => s.writeError);
  const evidence = useCeilingEvidence(organisationId, workshopDate, perceived);
  const priorities = lookup.state === 'found' ? lookup.priorities : null;

  const totalsVisible = priorities !== null && (!priorities.hideVotes || priorities.revealed);
  const totals = useMemo(() => {
    const sum: Record<string, number> = {};
    for (const v of priorities?.votes ?? NONE) sum[v.questionId] = (sum[v.questionId] ?? 0) + v.dots;
    return sum;
  }, [priorities]);
  const proposed = useMemo(
    () =>
      proposeOrder({
        // Hidden totals must not show through the order either.
        votes: totals,
        votesHidden: !totalsVisible,
        ratings: Object.fromEntries(ratings.map((r) => [r.questionId, r.consensus])),
        ceilingProfessions: evidence.professions,
        severities,
      }),
    [totals, totalsVisible, ratings, evidence.professions, severities],
  );
  const order = useMemo(() => effectiveOrder(proposed, priorities?.order ?? null), [proposed, priorities]);

  if (lookup.state === 'loading') return <PageHeading title={title} />;
  if (!priorities) {
    return (
      <>
        <PageHeading title={title} />
        <p role="alert">{lookup.state === 'unavailable' ? lookup.message : 'This workshop could not be found.'}</p>
      </>
    );
  }
  const evidenceNote =
    evidence.source === 'data'
      ? `Ceilings come from the workforce snapshot of ${formatDate(evidence.snapshotDate ?? '')}: ${evidence.professions.map((p) => PROFESSION_LABELS[p]).join(', ') || 'none found'}.`
      : evidence.source === 'perceived'
        ? 'With no workforce snapshot dated on or before the workshop, the ceilings are those the board perceived at the start of the workshop.'
        : 'No ceilings are known yet: import a workforce snapshot dated on or before the workshop, or record the perceived ceilings at the start.';
  return (
    <>
      {flash && <SuccessBanner message={flash} />}
      <PageHeading title={title} />
      {writeError && writeError.path[0] !== 'boardMemberId' && (
        <div className="nhsuk-error-summary" role="alert" data-testid="priorities-error">
          <h2 className="nhsuk-error-summary__heading">That change was not saved</h2>
          <div className="nhsuk-error-summary__body">
            <p>{writeError.message}</p>
          </div>
        </div>
      )}
      {progress && <ProgressSection progress={progress} />}
      <VotingSection priorities={priorities} participants={participants} totals={totals} totalsVisible={totalsVisible} />
      <OrderSection priorities={priorities} proposed={proposed} order={order} votesHidden={!totalsVisible} evidenceNote={evidenceNote} />
      <ActionsSection priorities={priorities} order={order} />
      {board.state === 'ready' && <ChampionsSection priorities={priorities} members={board.members} />}
      <h2 className="nhsuk-heading-m">The report</h2>
      <p>
        <a href={hrefFor({ name: 'workshop-report', id: priorities.workshopId })}>Save the priorities report as PDF</a> for the board
        pack.
      </p>
    </>
  );
}
