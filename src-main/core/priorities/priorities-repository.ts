import type { Database } from 'better-sqlite3';
import type { Action, ActionStatus, Champion, ChampionKind, DotVote } from '../../../shared/priorities/priorities';

type ActionRow = {
  id: number;
  workshop_id: number;
  question_id: string;
  description: string;
  owner_id: number | null;
  owner_name: string;
  due_date: string;
  status: ActionStatus;
  notes: string;
  resource_id: number | null;
  resource_title: string | null;
  updated_at: string;
};

export type ActionFields = {
  readonly description: string;
  readonly ownerId: number;
  readonly ownerName: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly notes: string;
  readonly resourceId: number | null;
};

export type VotingSettings = { readonly dotsPerParticipant: number; readonly hideVotes: boolean; readonly revealed: boolean };

function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    questionId: row.question_id,
    description: row.description,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    status: row.status,
    notes: row.notes,
    resourceId: row.resource_title === null ? null : row.resource_id,
    resourceTitle: row.resource_title,
    updatedAt: row.updated_at,
  };
}

/** Votes, the board's order and agreed priorities, actions and champions of a workshop. */
export class PrioritiesRepository {
  private readonly actionColumns = `a.*, (SELECT r.title FROM resource r WHERE r.id = a.resource_id) AS resource_title`;

  constructor(private readonly db: Database) {}

  settings(workshopId: number): VotingSettings {
    const row = this.db
      .prepare<[number], { dots_per_participant: number; hide_votes: number; votes_revealed: number }>(
        'SELECT dots_per_participant, hide_votes, votes_revealed FROM workshop WHERE id = ?',
      )
      .get(workshopId);
    return { dotsPerParticipant: row?.dots_per_participant ?? 3, hideVotes: row?.hide_votes === 1, revealed: row?.votes_revealed === 1 };
  }

  setSettings(workshopId: number, settings: VotingSettings): void {
    this.db
      .prepare('UPDATE workshop SET dots_per_participant = ?, hide_votes = ?, votes_revealed = ? WHERE id = ?')
      .run(settings.dotsPerParticipant, settings.hideVotes ? 1 : 0, settings.revealed ? 1 : 0, workshopId);
  }

  votes(workshopId: number): DotVote[] {
    return this.db
      .prepare<[number], { participant_id: number; question_id: string; dots: number }>(
        'SELECT participant_id, question_id, dots FROM dot_vote WHERE workshop_id = ? ORDER BY participant_id, question_id',
      )
      .all(workshopId)
      .map((r) => ({ participantId: r.participant_id, questionId: r.question_id, dots: r.dots }));
  }

  setVote(workshopId: number, participantId: number, questionId: string, dots: number): void {
    if (dots === 0) {
      this.db.prepare('DELETE FROM dot_vote WHERE participant_id = ? AND question_id = ?').run(participantId, questionId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO dot_vote (workshop_id, participant_id, question_id, dots) VALUES (?, ?, ?, ?)
         ON CONFLICT (participant_id, question_id) DO UPDATE SET dots = excluded.dots`,
      )
      .run(workshopId, participantId, questionId, dots);
  }

  /** Rank order (null when the board follows the proposed order) and agreed questions. */
  priorities(workshopId: number): { order: string[] | null; agreed: string[] } {
    const rows = this.db
      .prepare<[number], { question_id: string; rank: number | null; agreed: number }>(
        'SELECT question_id, rank, agreed FROM priority WHERE workshop_id = ?',
      )
      .all(workshopId);
    const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    return {
      order: ranked.length > 0 ? ranked.map((r) => r.question_id) : null,
      agreed: rows.filter((r) => r.agreed === 1).map((r) => r.question_id),
    };
  }

  setOrder(workshopId: number, order: readonly string[] | null): void {
    this.db.prepare('UPDATE priority SET rank = NULL WHERE workshop_id = ?').run(workshopId);
    if (order !== null) {
      const upsert = this.db.prepare(
        `INSERT INTO priority (workshop_id, question_id, rank, agreed) VALUES (?, ?, ?, 0)
         ON CONFLICT (workshop_id, question_id) DO UPDATE SET rank = excluded.rank`,
      );
      order.forEach((questionId, index) => upsert.run(workshopId, questionId, index + 1));
    }
    this.prune(workshopId);
  }

  setAgreed(workshopId: number, questionId: string, agreed: boolean): void {
    this.db
      .prepare(
        `INSERT INTO priority (workshop_id, question_id, rank, agreed) VALUES (?, ?, NULL, ?)
         ON CONFLICT (workshop_id, question_id) DO UPDATE SET agreed = excluded.agreed`,
      )
      .run(workshopId, questionId, agreed ? 1 : 0);
    this.prune(workshopId);
  }

  isAgreed(workshopId: number, questionId: string): boolean {
    return (
      this.db
        .prepare<[number, string], { agreed: number }>('SELECT agreed FROM priority WHERE workshop_id = ? AND question_id = ?')
        .get(workshopId, questionId)?.agreed === 1
    );
  }

  /** Rows that say nothing (no rank, not agreed, no actions) are not kept. */
  private prune(workshopId: number): void {
    this.db
      .prepare(
        `DELETE FROM priority WHERE workshop_id = ? AND rank IS NULL AND agreed = 0
           AND NOT EXISTS (SELECT 1 FROM action a WHERE a.workshop_id = priority.workshop_id AND a.question_id = priority.question_id)`,
      )
      .run(workshopId);
  }

  actions(workshopId: number): Action[] {
    return this.db
      .prepare<[number], ActionRow>(`SELECT ${this.actionColumns} FROM action a WHERE a.workshop_id = ? ORDER BY a.due_date, a.id`)
      .all(workshopId)
      .map(toAction);
  }

  action(id: number): Action | undefined {
    const row = this.db.prepare<[number], ActionRow>(`SELECT ${this.actionColumns} FROM action a WHERE a.id = ?`).get(id);
    return row ? toAction(row) : undefined;
  }

  actionCount(workshopId: number, questionId: string): number {
    return (
      this.db
        .prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM action WHERE workshop_id = ? AND question_id = ?')
        .get(workshopId, questionId)?.n ?? 0
    );
  }

  insertAction(workshopId: number, questionId: string, fields: ActionFields, now: string): number {
    const info = this.db
      .prepare(
        `INSERT INTO action (workshop_id, question_id, description, owner_id, owner_name, due_date, status, notes, resource_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(workshopId, questionId, fields.description, fields.ownerId, fields.ownerName, fields.dueDate, fields.status, fields.notes, fields.resourceId, now, now);
    return Number(info.lastInsertRowid);
  }

  updateAction(id: number, fields: ActionFields, now: string): void {
    this.db
      .prepare(
        `UPDATE action SET description = ?, owner_id = ?, owner_name = ?, due_date = ?, status = ?, notes = ?, resource_id = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(fields.description, fields.ownerId, fields.ownerName, fields.dueDate, fields.status, fields.notes, fields.resourceId, now, id);
  }

  deleteAction(id: number): void {
    this.db.prepare('DELETE FROM action WHERE id = ?').run(id);
  }

  resourceExists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM resource WHERE id = ?').get(id) !== undefined;
  }

  champions(workshopId: number): Record<ChampionKind, Champion | null> {
    const rows = this.db
      .prepare<[number], { kind: ChampionKind; board_member_id: number | null; name: string }>(
        'SELECT kind, board_member_id, name FROM champion WHERE workshop_id = ?',
      )
      .all(workshopId);
    const of = (kind: ChampionKind) => {
      const row = rows.find((r) => r.kind === kind);
      return row ? { boardMemberId: row.board_member_id, name: row.name } : null;
    };
    return { executive: of('executive'), 'non-executive': of('non-executive') };
  }

  setChampion(workshopId: number, kind: ChampionKind, member: { id: number; name: string } | null): void {
    if (member === null) {
      this.db.prepare('DELETE FROM champion WHERE workshop_id = ? AND kind = ?').run(workshopId, kind);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO champion (workshop_id, kind, board_member_id, name) VALUES (?, ?, ?, ?)
         ON CONFLICT (workshop_id, kind) DO UPDATE SET board_member_id = excluded.board_member_id, name = excluded.name`,
      )
      .run(workshopId, kind, member.id, member.name);
  }

  /** The organisation's workshop just before this one (by date, then by id). */
  previousWorkshop(workshopId: number): { id: number; title: string; date: string } | undefined {
    return this.db
      .prepare<[number, number], { id: number; title: string; date: string }>(
        `SELECT p.id, p.title, p.date FROM workshop p JOIN workshop w ON p.organisation_id = w.organisation_id
         WHERE w.id = ? AND (p.date < w.date OR (p.date = w.date AND p.id < ?))
         ORDER BY p.date DESC, p.id DESC LIMIT 1`,
      )
      .get(workshopId, workshopId);
  }
}
