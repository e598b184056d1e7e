import type { Database } from 'better-sqlite3';
import type { ProfessionId } from '../../../shared/framework/professions';
import type { PerceivedCeiling, Position, QuestionRating, SeverityEntry, WorkshopSession } from '../../../shared/workshops/session';
import { AppError } from '../errors';
import { SessionRepository } from './session-repository';
import { WorkshopRepository } from './workshop-repository';
import type { WorkshopService } from './workshop-service';

/**
 * The walk-through: every rating, note and score is written the moment it is made, one small
 * transaction each, and the answer comes back only after COMMIT.
 */
export class SessionService {
  private readonly session: SessionRepository;
  private readonly workshopRepository: WorkshopRepository;
  private readonly workshopExists;
  private readonly participantOf;
  private readonly organisationName;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly workshops: WorkshopService,
  ) {
    this.session = new SessionRepository(db);
    this.workshopRepository = new WorkshopRepository(db);
    this.workshopExists = db.prepare<[number], { id: number }>('SELECT id FROM workshop WHERE id = ?');
    this.participantOf = db.prepare<[number], { workshop_id: number }>('SELECT workshop_id FROM workshop_participant WHERE id = ?');
    this.organisationName = db.prepare<[number], { name: string }>('SELECT name FROM organisation WHERE id = ?');
  }

  get(workshopId: number): WorkshopSession {
    return this.db
      .transaction(() => {
        const record = this.workshops.require(workshopId, ['workshopId']);
        return {
          workshop: this.workshops.withParticipants(record),
          organisationName: this.organisationName.get(record.organisationId)?.name ?? '',
          ratings: this.session.ratings(workshopId),
          severities: this.session.severities(workshopId),
          perceivedCeilings: this.session.perceivedCeilings(workshopId),
          position: (record.position as WorkshopSession['position']) ?? null,
          positionChangedAt: record.positionChangedAt,
        };
      })
      .deferred();
  }

  setConsensus(workshopId: number, questionId: string, rating: number | null): QuestionRating {
    return this.write(workshopId, () => {
      this.session.setConsensus(workshopId, questionId, rating, this.now().toISOString());
      return this.session.rating(workshopId, questionId);
    });
  }

  setNotes(workshopId: number, questionId: string, notes: string): QuestionRating {
    return this.write(workshopId, () => {
      this.session.setNotes(workshopId, questionId, notes, this.now().toISOString());
      return this.session.rating(workshopId, questionId);
    });
  }

  setIndividual(workshopId: number, questionId: string, participantId: number, rating: number | null): QuestionRating {
    return this.write(workshopId, () => {
      const owner = this.participantOf.get(participantId);
      if (owner?.workshop_id !== workshopId) {
        throw new AppError('INVALID_INPUT', `Participant ${participantId} is not taking part in this workshop`, ['participantId']);
      }
      this.session.setIndividual(workshopId, participantId, questionId, rating);
      return this.session.rating(workshopId, questionId);
    });
  }

  setSeverity(workshopId: number, barrierId: string, professionId: ProfessionId, severity: number | null): SeverityEntry | null {
    return this.write(workshopId, () => {
      this.session.setSeverity(workshopId, barrierId, professionId, severity);
      return severity === null ? null : { barrierId, professionId, severity };
    });
  }

  setPerceivedCeiling(workshopId: number, professionId: ProfessionId, ceiling: PerceivedCeiling['ceiling'] | null): PerceivedCeiling | null {
    return this.write(workshopId, () => {
      this.session.setPerceivedCeiling(workshopId, professionId, ceiling);
      return ceiling === null ? null : { professionId, ceiling };
    });
  }

  setPosition(workshopId: number, position: Position): { position: Position; changedAt: string } {
    return this.write(workshopId, () => {
      const changedAt = this.now().toISOString();
      this.workshopRepository.setPosition(workshopId, position, changedAt);
      return { position, changedAt };
    });
  }

  private write<T>(workshopId: number, body: () => T): T {
    return this.db
      .transaction(() => {
        if (!this.workshopExists.get(workshopId)) {
          throw new AppError('NOT_FOUND', `There is no workshop with id ${workshopId}. It may have been deleted.`, ['workshopId']);
        }
        return body();
      })
      .immediate();
  }
}
