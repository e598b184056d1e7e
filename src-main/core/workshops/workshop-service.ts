import type { Database } from 'better-sqlite3';
import { BOARD_ROLE_LABELS } from '../../../shared/board/board-member';
import type { NewWorkshop, Workshop, WorkshopUpdate } from '../../../shared/workshops/workshop';
import { BoardRepository } from '../board/board-repository';
import { AppError } from '../errors';
import { requireOrganisation } from '../organisations/organisation-service';
import { WorkshopRepository } from './workshop-repository';
import type { WorkshopRecord } from './workshop-repository';

type Participants = NewWorkshop['participants'];

/** Workshops of an organisation and who takes part. */
export class WorkshopService {
  private readonly workshops: WorkshopRepository;
  private readonly board: BoardRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.workshops = new WorkshopRepository(db);
    this.board = new BoardRepository(db);
  }

  list(organisationId: number): Workshop[] {
    requireOrganisation(this.db, organisationId, ['organisationId']);
    return this.workshops.list(organisationId);
  }

  get(id: number): Workshop {
    const record = this.require(id, ['id']);
    return this.withParticipants(record);
  }

  create(input: NewWorkshop): Workshop {
    return this.db
      .transaction(() => {
        requireOrganisation(this.db, input.organisationId, ['organisationId']);
        this.assertBoardMembersOf(input.organisationId, input.participants);
        if (input.participants.guests.some((g) => g.id !== undefined)) {
          const index = input.participants.guests.findIndex((g) => g.id !== undefined);
          throw new AppError('INVALID_INPUT', 'A new workshop has no guests yet to keep', ['participants', 'guests', index, 'id']);
        }
        const id = this.workshops.insert(input.organisationId, input, this.now().toISOString());
        this.applyParticipants(id, input.participants);
        return this.get(id);
      })
      .immediate();
  }

  /**
   * Title, date, facilitator and the list of participants. Participants who stay keep their
   * individual ratings; those taken off the list lose them (the form warns before).
   */
  update(input: WorkshopUpdate): Workshop {
    return this.db
      .transaction(() => {
        const record = this.require(input.id, ['id']);
        this.assertBoardMembersOf(record.organisationId, input.participants);
        this.workshops.update(input.id, input, this.now().toISOString());
        this.applyParticipants(input.id, input.participants);
        return this.get(input.id);
      })
      .immediate();
  }

  delete(id: number): { id: number } {
    return this.db
      .transaction(() => {
        if (!this.workshops.delete(id)) throw notFound(id, ['id']);
        return { id };
      })
      .immediate();
  }

  require(id: number, path: readonly (string | number)[]): WorkshopRecord {
    const record = this.workshops.get(id);
    if (!record) throw notFound(id, path);
    return record;
  }

  withParticipants(record: WorkshopRecord): Workshop {
    const { position: _position, positionChangedAt: _changed, ...workshop } = record;
    return { ...workshop, participants: this.workshops.participants(record.id) };
  }

  private assertBoardMembersOf(organisationId: number, participants: Participants): void {
    participants.boardMemberIds.forEach((memberId, index) => {
      const member = this.board.get(memberId);
      if (!member || member.organisationId !== organisationId) {
        throw new AppError(
          'INVALID_INPUT',
          `Board member ${memberId} is not on this organisation’s board`,
          ['participants', 'boardMemberIds', index],
        );
      }
    });
  }

  private applyParticipants(workshopId: number, participants: Participants): void {
    const existing = this.workshops.participants(workshopId);
    const wantedMembers = new Set(participants.boardMemberIds);
    const keptGuests = new Set<number>();
    participants.guests.forEach((guest, index) => {
      if (guest.id === undefined) return;
      const found = existing.find((p) => p.id === guest.id && p.guest);
      if (!found) {
        throw new AppError('INVALID_INPUT', `Guest ${guest.id} is not a guest of this workshop`, ['participants', 'guests', index, 'id']);
      }
      keptGuests.add(guest.id);
    });
    for (const participant of existing) {
      const keep = participant.guest
        ? keptGuests.has(participant.id)
        : participant.boardMemberId !== null && wantedMembers.has(participant.boardMemberId);
      // A member since removed from the board cannot be chosen again, so stays unless the workshop is deleted.
      const orphan = !participant.guest && participant.boardMemberId === null;
      if (!keep && !orphan) this.workshops.removeParticipant(workshopId, participant.id);
    }
    const present = new Set(existing.map((p) => p.boardMemberId).filter((id): id is number => id !== null));
    for (const memberId of participants.boardMemberIds) {
      if (present.has(memberId)) continue;
      const member = this.board.get(memberId);
      if (!member) continue; // checked above, inside the same transaction
      this.workshops.addParticipant(workshopId, {
        boardMemberId: member.id,
        name: member.name,
        role: BOARD_ROLE_LABELS[member.role],
        boardRole: member.role,
      });
    }
    for (const guest of participants.guests) {
      if (guest.id === undefined) {
        this.workshops.addParticipant(workshopId, { boardMemberId: null, name: guest.name, role: guest.role, boardRole: null });
      } else {
        this.workshops.updateGuest(workshopId, guest.id, guest.name, guest.role);
      }
    }
  }
}

export function notFound(id: number, path: readonly (string | number)[]): AppError {
  return new AppError('NOT_FOUND', `There is no workshop with id ${id}. It may have been deleted.`, path);
}
