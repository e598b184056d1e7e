import type { Database } from 'better-sqlite3';
import type { BoardRole } from '../../../shared/board/board-member';
import type { Participant, Workshop } from '../../../shared/workshops/workshop';

type WorkshopRow = {
  id: number;
  organisation_id: number;
  title: string;
  date: string;
  facilitator: string;
  position: string | null;
  position_changed_at: string | null;
  created_at: string;
  updated_at: string;
  questions_rated: number;
};

type ParticipantRow = {
  id: number;
  workshop_id: number;
  board_member_id: number | null;
  guest: 0 | 1;
  name: string;
  role: string;
  board_role: BoardRole | null;
};

export type WorkshopRecord = Omit<Workshop, 'participants'> & {
  readonly position: string | null;
  readonly positionChangedAt: string | null;
};

export type NewParticipant = {
  readonly boardMemberId: number | null;
  readonly name: string;
  readonly role: string;
  readonly boardRole: BoardRole | null;
};

const WORKSHOP_COLUMNS = `w.id, w.organisation_id, w.title, w.date, w.facilitator, w.position, w.position_changed_at, w.created_at, w.updated_at,
  (SELECT count(*) FROM question_rating r WHERE r.workshop_id = w.id AND r.consensus IS NOT NULL) AS questions_rated`;

function toRecord(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    date: row.date,
    facilitator: row.facilitator,
    questionsRated: row.questions_rated,
    position: row.position,
    positionChangedAt: row.position_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    boardMemberId: row.board_member_id,
    name: row.name,
    role: row.role,
    boardRole: row.board_role,
    guest: row.guest === 1,
  };
}

/** Workshops and who took part. */
export class WorkshopRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly insertStatement;
  private readonly updateStatement;
  private readonly deleteStatement;
  private readonly participantsStatement;
  private readonly participantsOfManyStatement;
  private readonly insertParticipantStatement;
  private readonly updateParticipantStatement;
  private readonly deleteParticipantStatement;
  private readonly positionStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[number], WorkshopRow>(
      `SELECT ${WORKSHOP_COLUMNS} FROM workshop w WHERE w.organisation_id = ? ORDER BY w.date DESC, w.id DESC`,
    );
    this.getStatement = db.prepare<[number], WorkshopRow>(`SELECT ${WORKSHOP_COLUMNS} FROM workshop w WHERE w.id = ?`);
    this.insertStatement = db.prepare<[number, string, string, string, string, string], { id: number }>(
      `INSERT INTO workshop (organisation_id, title, date, facilitator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.updateStatement = db.prepare<[string, string, string, string, number]>(
      'UPDATE workshop SET title = ?, date = ?, facilitator = ?, updated_at = ? WHERE id = ?',
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM workshop WHERE id = ?');
    this.participantsStatement = db.prepare<[number], ParticipantRow>(
      // Board members first (in the order they were added), then guests.
      'SELECT id, workshop_id, board_member_id, guest, name, role, board_role FROM workshop_participant WHERE workshop_id = ? ORDER BY guest, id',
    );
    this.participantsOfManyStatement = db.prepare<[number], ParticipantRow>(
      `SELECT p.id, p.workshop_id, p.board_member_id, p.guest, p.name, p.role, p.board_role
       FROM workshop_participant p JOIN workshop w ON w.id = p.workshop_id WHERE w.organisation_id = ? ORDER BY p.guest, p.id`,
    );
    this.insertParticipantStatement = db.prepare<[number, number | null, number, string, string, string | null]>(
      'INSERT INTO workshop_participant (workshop_id, board_member_id, guest, name, role, board_role) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.updateParticipantStatement = db.prepare<[string, string, number, number]>(
      'UPDATE workshop_participant SET name = ?, role = ? WHERE id = ? AND workshop_id = ?',
    );
    this.deleteParticipantStatement = db.prepare<[number, number]>(
      'DELETE FROM workshop_participant WHERE id = ? AND workshop_id = ?',
    );
    this.positionStatement = db.prepare<[string, string, number]>(
      'UPDATE workshop SET position = ?, position_changed_at = ? WHERE id = ?',
    );
  }

  list(organisationId: number): Workshop[] {
    const participants = new Map<number, Participant[]>();
    for (const row of this.participantsOfManyStatement.all(organisationId)) {
      const list = participants.get(row.workshop_id) ?? [];
      list.push(toParticipant(row));
      participants.set(row.workshop_id, list);
    }
    return this.listStatement.all(organisationId).map((row) => {
      const { position: _position, positionChangedAt: _changed, ...workshop } = toRecord(row);
      return { ...workshop, participants: participants.get(row.id) ?? [] };
    });
  }

  get(id: number): WorkshopRecord | undefined {
    const row = this.getStatement.get(id);
    return row ? toRecord(row) : undefined;
  }

  participants(workshopId: number): Participant[] {
    return this.participantsStatement.all(workshopId).map(toParticipant);
  }

  insert(organisationId: number, fields: { title: string; date: string; facilitator: string }, now: string): number {
    const row = this.insertStatement.get(organisationId, fields.title, fields.date, fields.facilitator, now, now);
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return row.id;
  }

  update(id: number, fields: { title: string; date: string; facilitator: string }, now: string): boolean {
    return this.updateStatement.run(fields.title, fields.date, fields.facilitator, now, id).changes === 1;
  }

  delete(id: number): boolean {
    return this.deleteStatement.run(id).changes === 1;
  }

  addParticipant(workshopId: number, participant: NewParticipant): void {
    this.insertParticipantStatement.run(
      workshopId,
      participant.boardMemberId,
      participant.boardMemberId === null ? 1 : 0,
      participant.name,
      participant.role,
      participant.boardRole,
    );
  }

  updateGuest(workshopId: number, participantId: number, name: string, role: string): void {
    this.updateParticipantStatement.run(name, role, participantId, workshopId);
  }

  removeParticipant(workshopId: number, participantId: number): void {
    this.deleteParticipantStatement.run(participantId, workshopId);
  }

  setPosition(id: number, position: string, now: string): boolean {
    return this.positionStatement.run(position, now, id).changes === 1;
  }
}
