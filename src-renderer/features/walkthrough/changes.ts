import type { ProfessionId } from '../../../shared/framework/professions';
import type { PerceivedCeiling, QuestionRating, WorkshopSession } from '../../../shared/workshops/session';

/** One edit the board can make in the walk-through, as data, so it can be undone and redone. */
export type Change =
  | { readonly kind: 'consensus'; readonly questionId: string; readonly rating: number | null }
  | { readonly kind: 'individual'; readonly questionId: string; readonly participantId: number; readonly rating: number | null }
  | { readonly kind: 'notes'; readonly questionId: string; readonly notes: string }
  | { readonly kind: 'severity'; readonly barrierId: string; readonly professionId: ProfessionId; readonly severity: number | null }
  | { readonly kind: 'ceiling'; readonly professionId: ProfessionId; readonly ceiling: PerceivedCeiling['ceiling'] | null };

export function ratingOf(session: WorkshopSession, questionId: string): QuestionRating {
  return session.ratings.find((r) => r.questionId === questionId) ?? { questionId, consensus: null, notes: '', individual: [] };
}

/** The value a change would replace: what undo restores. */
export function inverseOf(session: WorkshopSession, change: Change): Change {
  switch (change.kind) {
    case 'consensus':
      return { ...change, rating: ratingOf(session, change.questionId).consensus };
    case 'individual':
      return {
        ...change,
        rating: ratingOf(session, change.questionId).individual.find((i) => i.participantId === change.participantId)?.rating ?? null,
      };
    case 'notes':
      return { ...change, notes: ratingOf(session, change.questionId).notes };
    case 'severity':
      return {
        ...change,
        severity:
          session.severities.find((s) => s.barrierId === change.barrierId && s.professionId === change.professionId)?.severity ?? null,
      };
    case 'ceiling':
      return { ...change, ceiling: session.perceivedCeilings.find((c) => c.professionId === change.professionId)?.ceiling ?? null };
  }
}

/** The session as it is once the change is made: applied at once, so the screen never lags the keyboard. */
export function applyChange(session: WorkshopSession, change: Change): WorkshopSession {
  switch (change.kind) {
    case 'consensus':
      return withRating(session, change.questionId, (r) => ({ ...r, consensus: change.rating }));
    case 'notes':
      return withRating(session, change.questionId, (r) => ({ ...r, notes: change.notes }));
    case 'individual':
      return withRating(session, change.questionId, (r) => {
        const others = r.individual.filter((i) => i.participantId !== change.participantId);
        const individual =
          change.rating === null ? others : [...others, { participantId: change.participantId, rating: change.rating }];
        return { ...r, individual: individual.sort((a, b) => a.participantId - b.participantId) };
      });
    case 'severity': {
      const others = session.severities.filter((s) => !(s.barrierId === change.barrierId && s.professionId === change.professionId));
      const severities =
        change.severity === null ? others : [...others, { barrierId: change.barrierId, professionId: change.professionId, severity: change.severity }];
      return { ...session, severities };
    }
    case 'ceiling': {
      const others = session.perceivedCeilings.filter((c) => c.professionId !== change.professionId);
      const perceivedCeilings = change.ceiling === null ? others : [...others, { professionId: change.professionId, ceiling: change.ceiling }];
      return { ...session, perceivedCeilings };
    }
  }
}

function withRating(session: WorkshopSession, questionId: string, update: (r: QuestionRating) => QuestionRating): WorkshopSession {
  const next = update(ratingOf(session, questionId));
  const ratings = [...session.ratings.filter((r) => r.questionId !== questionId), next].sort(
    (a, b) => Number(a.questionId.slice(1)) - Number(b.questionId.slice(1)),
  );
  const questionsRated = ratings.filter((r) => r.consensus !== null).length;
  return { ...session, ratings, workshop: { ...session.workshop, questionsRated } };
}
