import type { Database } from 'better-sqlite3';
import type { ProfessionId } from '../../../shared/framework/professions';
import type { PerceivedCeiling, QuestionRating, SeverityEntry } from '../../../shared/workshops/session';

type RatingRow = { question_id: string; consensus: number | null; notes: string };
type IndividualRow = { question_id: string; participant_id: number; rating: number };

/** What the board said in a workshop: ratings, notes, heatmap scores and perceived ceilings. */
export class SessionRepository {
  private readonly ratingsStatement;
  private readonly individualStatement;
  private readonly individualForQuestionStatement;
  private readonly ratingStatement;
  private readonly upsertConsensusStatement;
  private readonly upsertNotesStatement;
  private readonly pruneRatingStatement;
  private readonly upsertIndividualStatement;
  private readonly deleteIndividualStatement;
  private readonly severitiesStatement;
  private readonly upsertSeverityStatement;
  private readonly deleteSeverityStatement;
  private readonly ceilingsStatement;
  private readonly upsertCeilingStatement;
  private readonly deleteCeilingStatement;

  constructor(db: Database) {
    this.ratingsStatement = db.prepare<[number], RatingRow>(
      'SELECT question_id, consensus, notes FROM question_rating WHERE workshop_id = ?',
    );
    this.individualStatement = db.prepare<[number], IndividualRow>(
      'SELECT question_id, participant_id, rating FROM individual_rating WHERE workshop_id = ? ORDER BY participant_id',
    );
    this.individualForQuestionStatement = db.prepare<[number, string], IndividualRow>(
      'SELECT question_id, participant_id, rating FROM individual_rating WHERE workshop_id = ? AND question_id = ? ORDER BY participant_id',
    );
    this.ratingStatement = db.prepare<[number, string], RatingRow>(
      'SELECT question_id, consensus, notes FROM question_rating WHERE workshop_id = ? AND question_id = ?',
    );
    this.upsertConsensusStatement = db.prepare<[number, string, number | null, string]>(
      `INSERT INTO question_rating (workshop_id, question_id, consensus, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, question_id) DO UPDATE SET consensus = excluded.consensus, updated_at = excluded.updated_at`,
    );
    this.upsertNotesStatement = db.prepare<[number, string, string, string]>(
      `INSERT INTO question_rating (workshop_id, question_id, notes, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, question_id) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at`,
    );
    // A row with neither rating nor notes carries nothing; removing it keeps "cleared" and "never set" the same.
    this.pruneRatingStatement = db.prepare<[number, string]>(
      "DELETE FROM question_rating WHERE workshop_id = ? AND question_id = ? AND consensus IS NULL AND notes = ''",
    );
    this.upsertIndividualStatement = db.prepare<[number, number, string, number]>(
      `INSERT INTO individual_rating (workshop_id, participant_id, question_id, rating) VALUES (?, ?, ?, ?)
       ON CONFLICT (participant_id, question_id) DO UPDATE SET rating = excluded.rating`,
    );
    this.deleteIndividualStatement = db.prepare<[number, number, string]>(
      'DELETE FROM individual_rating WHERE workshop_id = ? AND participant_id = ? AND question_id = ?',
    );
    this.severitiesStatement = db.prepare<[number], { barrier_id: string; profession_id: ProfessionId; severity: number }>(
      'SELECT barrier_id, profession_id, severity FROM barrier_severity WHERE workshop_id = ? ORDER BY barrier_id, profession_id',
    );
    this.upsertSeverityStatement = db.prepare<[number, string, string, number]>(
      `INSERT INTO barrier_severity (workshop_id, barrier_id, profession_id, severity) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, barrier_id, profession_id) DO UPDATE SET severity = excluded.severity`,
    );
    this.deleteSeverityStatement = db.prepare<[number, string, string]>(
      'DELETE FROM barrier_severity WHERE workshop_id = ? AND barrier_id = ? AND profession_id = ?',
    );
    this.ceilingsStatement = db.prepare<[number], { profession_id: ProfessionId; ceiling: PerceivedCeiling['ceiling'] }>(
      'SELECT profession_id, ceiling FROM perceived_ceiling WHERE workshop_id = ?',
    );
    this.upsertCeilingStatement = db.prepare<[number, string, string]>(
      `INSERT INTO perceived_ceiling (workshop_id, profession_id, ceiling) VALUES (?, ?, ?)
       ON CONFLICT (workshop_id, profession_id) DO UPDATE SET ceiling = excluded.ceiling`,
    );
    this.deleteCeilingStatement = db.prepare<[number, string]>(
      'DELETE FROM perceived_ceiling WHERE workshop_id = ? AND profession_id = ?',
    );
  }

  /** Every question that has a rating, notes or individual ratings. */
  ratings(workshopId: number): QuestionRating[] {
    const byQuestion = new Map<string, QuestionRating>();
    const entry = (questionId: string): QuestionRating => {
      let found = byQuestion.get(questionId);
      if (!found) {
        found = { questionId, consensus: null, notes: '', individual: [] };
        byQuestion.set(questionId, found);
      }
      return found;
    };
    for (const row of this.ratingsStatement.all(workshopId)) {
      const e = entry(row.question_id);
      e.consensus = row.consensus;
      e.notes = row.notes;
    }
    for (const row of this.individualStatement.all(workshopId)) {
      entry(row.question_id).individual.push({ participantId: row.participant_id, rating: row.rating });
    }
    return [...byQuestion.values()].sort((a, b) => questionNumber(a.questionId) - questionNumber(b.questionId));
  }

  rating(workshopId: number, questionId: string): QuestionRating {
    const row = this.ratingStatement.get(workshopId, questionId);
    return {
      questionId,
      consensus: row?.consensus ?? null,
      notes: row?.notes ?? '',
      individual: this.individualForQuestionStatement
        .all(workshopId, questionId)
        .map((r) => ({ participantId: r.participant_id, rating: r.rating })),
    };
  }

  setConsensus(workshopId: number, questionId: string, rating: number | null, now: string): void {
    this.upsertConsensusStatement.run(workshopId, questionId, rating, now);
    if (rating === null) this.pruneRatingStatement.run(workshopId, questionId);
  }

  setNotes(workshopId: number, questionId: string, notes: string, now: string): void {
    this.upsertNotesStatement.run(workshopId, questionId, notes, now);
    if (notes === '') this.pruneRatingStatement.run(workshopId, questionId);
  }

  setIndividual(workshopId: number, participantId: number, questionId: string, rating: number | null): void {
    if (rating === null) this.deleteIndividualStatement.run(workshopId, participantId, questionId);
    else this.upsertIndividualStatement.run(workshopId, participantId, questionId, rating);
  }

  severities(workshopId: number): SeverityEntry[] {
    return this.severitiesStatement
      .all(workshopId)
      .map((r) => ({ barrierId: r.barrier_id, professionId: r.profession_id, severity: r.severity }));
  }

  setSeverity(workshopId: number, barrierId: string, professionId: string, severity: number | null): void {
    if (severity === null) this.deleteSeverityStatement.run(workshopId, barrierId, professionId);
    else this.upsertSeverityStatement.run(workshopId, barrierId, professionId, severity);
  }

  perceivedCeilings(workshopId: number): PerceivedCeiling[] {
    return this.ceilingsStatement.all(workshopId).map((r) => ({ professionId: r.profession_id, ceiling: r.ceiling }));
  }

  setPerceivedCeiling(workshopId: number, professionId: string, ceiling: string | null): void {
    if (ceiling === null) this.deleteCeilingStatement.run(workshopId, professionId);
    else this.upsertCeilingStatement.run(workshopId, professionId, ceiling);
  }
}

function questionNumber(id: string): number {
  return Number(id.slice(1));
}
