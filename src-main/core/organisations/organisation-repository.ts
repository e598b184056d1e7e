import type { Database } from 'better-sqlite3';
import type { NewOrganisation, Organisation, OrganisationType } from '../../../shared/organisations/organisation';

type OrganisationRow = {
  id: number;
  name: string;
  ods_code: string | null;
  type: OrganisationType;
  created_at: string;
  updated_at: string;
};

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    odsCode: row.ods_code,
    type: row.type,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'id, name, ods_code, type, created_at, updated_at';

/** Plain storage of organisations: no rules here beyond what the schema itself enforces. */
export class OrganisationRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly byNameStatement;
  private readonly byOdsStatement;
  private readonly insertStatement;
  private readonly renameStatement;
  private readonly deleteStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[], OrganisationRow>(
      `SELECT ${COLUMNS} FROM organisation ORDER BY name COLLATE NOCASE, id`,
    );
    this.getStatement = db.prepare<[number], OrganisationRow>(`SELECT ${COLUMNS} FROM organisation WHERE id = ?`);
    this.byNameStatement = db.prepare<[string], OrganisationRow>(
      `SELECT ${COLUMNS} FROM organisation WHERE name = ? COLLATE NOCASE`,
    );
    this.byOdsStatement = db.prepare<[string], OrganisationRow>(`SELECT ${COLUMNS} FROM organisation WHERE ods_code = ?`);
    this.insertStatement = db.prepare<[string, string | null, string, string, string], OrganisationRow>(
      `INSERT INTO organisation (name, ods_code, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    );
    this.renameStatement = db.prepare<[string, string, number], OrganisationRow>(
      `UPDATE organisation SET name = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`,
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM organisation WHERE id = ?');
  }

  list(): Organisation[] {
    return this.listStatement.all().map(toOrganisation);
  }

  get(id: number): Organisation | undefined {
    const row = this.getStatement.get(id);
    return row ? toOrganisation(row) : undefined;
  }

  findByName(name: string): Organisation | undefined {
    const row = this.byNameStatement.get(name);
    return row ? toOrganisation(row) : undefined;
  }

  findByOdsCode(odsCode: string): Organisation | undefined {
    const row = this.byOdsStatement.get(odsCode);
    return row ? toOrganisation(row) : undefined;
  }

  insert(organisation: NewOrganisation, now: string): Organisation {
    const row = this.insertStatement.get(organisation.name, organisation.odsCode, organisation.type, now, now);
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return toOrganisation(row);
  }

  rename(id: number, name: string, now: string): Organisation | undefined {
    const row = this.renameStatement.get(name, now, id);
    return row ? toOrganisation(row) : undefined;
  }

  delete(id: number): boolean {
    return this.deleteStatement.run(id).changes === 1;
  }
}
