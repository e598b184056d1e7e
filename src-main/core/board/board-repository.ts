import type { Database } from 'better-sqlite3';
import type { Background, BoardMember, BoardRole } from '../../../shared/board/board-member';

type BoardMemberRow = {
  id: number;
  organisation_id: number;
  name: string;
  role: BoardRole;
  voting: 0 | 1;
  executive: 0 | 1;
  independent: 0 | 1 | null;
  background: Background;
  registered: 0 | 1;
  created_at: string;
  updated_at: string;
};

export type BoardMemberFields = Pick<BoardMember, 'name' | 'role' | 'voting' | 'executive' | 'independent' | 'background' | 'registered'>;

const COLUMNS = 'id, organisation_id, name, role, voting, executive, independent, background, registered, created_at, updated_at';

/** Chair first, then executives in the order of BOARD_ROLES, then the rest; by name within a role. */
const ROLE_ORDER = `CASE role
  WHEN 'chair' THEN 0 WHEN 'chief-executive' THEN 1 WHEN 'finance-director' THEN 2
  WHEN 'medical-director' THEN 3 WHEN 'nurse-director' THEN 4 WHEN 'other-executive-director' THEN 5
  WHEN 'non-executive-director' THEN 6 ELSE 7 END`;

function toMember(row: BoardMemberRow): BoardMember {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    role: row.role,
    voting: row.voting === 1,
    executive: row.executive === 1,
    independent: row.independent === null ? null : row.independent === 1,
    background: row.background,
    registered: row.registered === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function bit(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export class BoardRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly insertStatement;
  private readonly updateStatement;
  private readonly deleteStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[number], BoardMemberRow>(
      `SELECT ${COLUMNS} FROM board_member WHERE organisation_id = ? ORDER BY ${ROLE_ORDER}, name COLLATE NOCASE, id`,
    );
    this.getStatement = db.prepare<[number], BoardMemberRow>(`SELECT ${COLUMNS} FROM board_member WHERE id = ?`);
    this.insertStatement = db.prepare<
      [number, string, string, number, number, number | null, string, number, string, string],
      BoardMemberRow
    >(
      `INSERT INTO board_member (organisation_id, name, role, voting, executive, independent, background, registered, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.updateStatement = db.prepare<
      [string, string, number, number, number | null, string, number, string, number],
      BoardMemberRow
    >(
      `UPDATE board_member SET name = ?, role = ?, voting = ?, executive = ?, independent = ?, background = ?, registered = ?, updated_at = ?
       WHERE id = ? RETURNING ${COLUMNS}`,
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM board_member WHERE id = ?');
  }

  list(organisationId: number): BoardMember[] {
    return this.listStatement.all(organisationId).map(toMember);
  }

  get(id: number): BoardMember | undefined {
    const row = this.getStatement.get(id);
    return row ? toMember(row) : undefined;
  }

  insert(organisationId: number, fields: BoardMemberFields, now: string): BoardMember {
    const row = this.insertStatement.get(
      organisationId,
      fields.name,
      fields.role,
      bit(fields.voting),
      bit(fields.executive),
      fields.independent === null ? null : bit(fields.independent),
      fields.background,
      bit(fields.registered),
      now,
      now,
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return toMember(row);
  }

  update(id: number, fields: BoardMemberFields, now: string): BoardMember | undefined {
    const row = this.updateStatement.get(
      fields.name,
      fields.role,
      bit(fields.voting),
      bit(fields.executive),
      fields.independent === null ? null : bit(fields.independent),
      fields.background,
      bit(fields.registered),
      now,
      id,
    );
    return row ? toMember(row) : undefined;
  }

  delete(id: number): boolean {
    return this.deleteStatement.run(id).changes === 1;
  }
}
