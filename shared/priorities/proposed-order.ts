import { KEY_QUESTIONS, themeById } from '../framework/content';
import { MATURITY_LABELS } from '../framework/maturity';
import type { MaturityRating } from '../framework/maturity';
import { PROFESSION_LABELS } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';

/** A barrier scored at least this severe ("Moderate") ties a profession's ceiling to a theme. */
export const EVIDENCE_SEVERITY = 2;

export type OrderInput = {
  /** Dots placed on each question, all participants together. */
  readonly votes: Readonly<Record<string, number>>;
  /** The board's consensus rating of each question, 1–5; absent or null when not rated. */
  readonly ratings: Readonly<Record<string, number | null>>;
  /** Professions that hit a ceiling: from the newest workforce snapshot, else as the board perceived them. */
  readonly ceilingProfessions: readonly ProfessionId[];
  readonly severities: ReadonlyArray<{ readonly barrierId: string; readonly professionId: ProfessionId; readonly severity: number }>;
  /** While the facilitator hides the totals, votes are left out of the order and its reasons. */
  readonly votesHidden?: boolean;
};

export type ProposedItem = {
  readonly questionId: string;
  readonly score: number;
  readonly votes: number;
  /** 5 minus the rating; null when the question is not rated. */
  readonly gap: number | null;
  /** Professions with a ceiling that the theme's barriers weigh on (Moderate or Major). */
  readonly evidence: readonly ProfessionId[];
  /** The reason, in words a board can check: "4 votes + gap 3 (rated Emerging) + …". */
  readonly reason: string;
};

/**
 * The order the app proposes: each question scores its votes, plus its maturity gap (5 minus
 * its rating), plus one for each profession with a ceiling that a Moderate or Major barrier of
 * its theme weighs on. Equal scores go to more votes, then the wider gap, then the framework's
 * order. A sum keeps every part visible in the reason, so the board can see why and disagree.
 */
export function proposeOrder(input: OrderInput): ProposedItem[] {
  const ceilings = new Set(input.ceilingProfessions);
  const items = KEY_QUESTIONS.map((question, index) => {
    const votes = input.votesHidden ? 0 : (input.votes[question.id] ?? 0);
    const rating = input.ratings[question.id] ?? null;
    const gap = rating === null ? null : 5 - rating;
    const barrierIds = new Set(themeById(question.themeId).barriers.map((b) => b.id));
    const weighed = new Set(
      input.severities
        .filter((s) => barrierIds.has(s.barrierId) && s.severity >= EVIDENCE_SEVERITY && ceilings.has(s.professionId))
        .map((s) => s.professionId),
    );
    const evidence = input.ceilingProfessions.filter((p) => weighed.has(p));
    const score = votes + (gap ?? 0) + evidence.length;
    const reason = reasonFor(input.votesHidden ? null : votes, rating, gap, evidence, score);
    return { item: { questionId: question.id, score, votes, gap, evidence, reason }, index };
  });
  items.sort(
    (a, b) =>
      b.item.score - a.item.score || b.item.votes - a.item.votes || (b.item.gap ?? -1) - (a.item.gap ?? -1) || a.index - b.index,
  );
  return items.map((entry) => entry.item);
}

function reasonFor(votes: number | null, rating: number | null, gap: number | null, evidence: readonly ProfessionId[], score: number): string {
  const parts = [
    votes === null ? 'votes hidden' : `${votes} ${votes === 1 ? 'vote' : 'votes'}`,
    gap === null || rating === null
      ? 'not rated (gap 0)'
      : `gap ${gap} (rated ${rating}, ${MATURITY_LABELS[rating as MaturityRating]})`,
    evidence.length === 0
      ? 'no ceiling evidence'
      : `ceiling evidence ${evidence.length} (${evidence.map((p) => PROFESSION_LABELS[p]).join(', ')})`,
  ];
  return `${parts.join(' + ')} = ${score}`;
}

/** The board's order when it has one, else the proposed order; always all 17 questions once. */
export function effectiveOrder(proposed: readonly ProposedItem[], boardOrder: readonly string[] | null): string[] {
  const ids = proposed.map((p) => p.questionId);
  if (boardOrder === null) return ids;
  const known = boardOrder.filter((id) => ids.includes(id));
  return [...known, ...ids.filter((id) => !known.includes(id))];
}

/** Moves one question up (-1) or down (+1) in an order; at either end nothing moves. */
export function moveInOrder(order: readonly string[], questionId: string, by: -1 | 1): string[] {
  const from = order.indexOf(questionId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, questionId);
  return next;
}

/** Moves a question to the place of another (drag and drop). */
export function moveTo(order: readonly string[], questionId: string, targetId: string): string[] {
  const from = order.indexOf(questionId);
  const to = order.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, questionId);
  return next;
}
