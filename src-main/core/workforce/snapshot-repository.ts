import type { Database } from 'better-sqlite3';
import type { LevelId } from '../../../shared/framework/levels';
import type { ImportShape, StaffGroupId, WorkforceCount } from '../../../shared/workforce/types';
import type { Snapshot } from '../../../shared/workforce/snapshot';

type SnapshotRow = {
  id: number;
  organisation_id: number;
  snapshot_date: string;
  label: string;
  source_name: string;
  shape: ImportShape;
  has_fte: 0 | 1;
  rows_read: number;
  rows_mapped: number;
  rows_non_clinical: number;
  rows_excluded: number;
  created_at: string;
  clinical_headcount: number;
};

type CountRow = { profession_id: StaffGroupId; level_id: LevelId; headcount: number; fte: number | null };

export type NewSnapshot = Omit<Snapshot, 'id' | 'clinicalHeadcount'>;

const COLUMNS = `s.id, s.organisation_id, s.snapshot_date, s.label, s.source_name, s.shape, s.has_fte, s.rows_read,
  s.rows_mapped, s.rows_non_clinical, s.rows_excluded, s.created_at,
  (SELECT coalesce(sum(c.headcount), 0) FROM workforce_count c
    WHERE c.snapshot_id = s.id AND c.profession_id <> 'non-clinical') AS clinical_headcount`;

function toSnapshot(row: SnapshotRow): Snapshot {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    snapshotDate: row.snapshot_date,
    label: row.label,
    sourceName: row.source_name,
    shape: row.shape,
    hasFte: row.has_fte === 1,
    rowsRead: row.rows_read,
    rowsMapped: row.rows_mapped,
    rowsNonClinical: row.rows_non_clinical,
    rowsExcluded: row.rows_excluded,
    clinicalHeadcount: row.clinical_headcount,
    createdAt: row.created_at,
  };
}

/** Dated snapshots of an organisation's workforce: aggregate counts only. */
export class SnapshotRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly findByDateStatement;
  private readonly countsStatement;
  private readonly insertStatement;
  private readonly insertCountStatement;
  private readonly deleteStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[number], SnapshotRow>(
      `SELECT ${COLUMNS} FROM workforce_snapshot s WHERE s.organisation_id = ? ORDER BY s.snapshot_date DESC, s.id DESC`,
    );
    this.getStatement = db.prepare<[number], SnapshotRow>(`SELECT ${COLUMNS} FROM workforce_snapshot s WHERE s.id = ?`);
    this.findByDateStatement = db.prepare<[number, string], { id: number }>(
      'SELECT id FROM workforce_snapshot WHERE organisation_id = ? AND snapshot_date = ?',
    );
    this.countsStatement = db.prepare<[number], CountRow>(
      'SELECT profession_id, level_id, headcount, fte FROM workforce_count WHERE snapshot_id = ?',
    );
    this.insertStatement = db.prepare<[number, string, string, string, string, number, number, number, number, number, string]>(
      `INSERT INTO workforce_snapshot (organisation_id, snapshot_date, label, source_name, shape, has_fte, rows_read,
         rows_mapped, rows_non_clinical, rows_excluded, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertCountStatement = db.prepare<[number, string, string, number, number | null]>(
      'INSERT INTO workforce_count (snapshot_id, profession_id, level_id, headcount, fte) VALUES (?, ?, ?, ?, ?)',
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM workforce_snapshot WHERE id = ?');
  }

  list(organisationId: number): Snapshot[] {
    return this.listStatement.all(organisationId).map(toSnapshot);
  }

  get(id: number): Snapshot | undefined {
    const row = this.getStatement.get(id);
    return row ? toSnapshot(row) : undefined;
  }

  findByDate(organisationId: number, snapshotDate: string): number | undefined {
    return this.findByDateStatement.get(organisationId, snapshotDate)?.id;
  }

  counts(id: number): WorkforceCount[] {
    return this.countsStatement.all(id).map((row) => ({
      professionId: row.profession_id,
      levelId: row.level_id,
      headcount: row.headcount,
      fte: row.fte,
    }));
  }

  /** Call inside a transaction: the snapshot and its counts land together or not at all. */
  insert(snapshot: NewSnapshot, counts: readonly WorkforceCount[]): number {
    const info = this.insertStatement.run(
      snapshot.organisationId,
      snapshot.snapshotDate,
      snapshot.label,
      snapshot.sourceName,
      snapshot.shape,
      snapshot.hasFte ? 1 : 0,
      snapshot.rowsRead,
      snapshot.rowsMapped,
      snapshot.rowsNonClinical,
      snapshot.rowsExcluded,
      snapshot.createdAt,
    );
    const id = Number(info.lastInsertRowid);
    for (const count of counts) {
      this.insertCountStatement.run(id, count.professionId, count.levelId, count.headcount, count.fte);
    }
    return id;
  }

  delete(id: number): void {
    this.deleteStatement.run(id);
  }
}
