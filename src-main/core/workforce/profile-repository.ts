import type { Database } from 'better-sqlite3';
import { columnMappingSchema, valueMappingSchema } from '../../../shared/workforce/mapping-schemas';
import type { SavedProfile } from '../../../shared/workforce/snapshot';
import type { ColumnMapping, ValueMapping } from '../../../shared/workforce/types';

type ProfileRow = { id: number; name: string; columns: string; value_map: string; updated_at: string };

/** Names compare without regard to case or surrounding space, as a user would. */
export function profileNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Saved column and value mappings. The JSON is parsed with the same schemas as the request that
 * saved it, so a damaged row is skipped rather than handed to the import screen.
 */
export class ProfileRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly upsertStatement;
  private readonly deleteStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[], ProfileRow>('SELECT id, name, columns, value_map, updated_at FROM import_profile ORDER BY name_key');
    this.getStatement = db.prepare<[number], ProfileRow>('SELECT id, name, columns, value_map, updated_at FROM import_profile WHERE id = ?');
    this.upsertStatement = db.prepare<[string, string, string, string, string]>(
      `INSERT INTO import_profile (name, name_key, columns, value_map, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, columns = excluded.columns,
         value_map = excluded.value_map, updated_at = excluded.updated_at`,
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM import_profile WHERE id = ?');
  }

  list(): SavedProfile[] {
    return this.listStatement.all().flatMap((row) => {
      const profile = toProfile(row);
      return profile ? [profile] : [];
    });
  }

  findByName(name: string): SavedProfile | undefined {
    return this.list().find((p) => profileNameKey(p.name) === profileNameKey(name));
  }

  get(id: number): SavedProfile | undefined {
    const row = this.getStatement.get(id);
    return row ? toProfile(row) : undefined;
  }

  save(name: string, columns: ColumnMapping, values: ValueMapping, updatedAt: string): void {
    this.upsertStatement.run(name.trim(), profileNameKey(name), JSON.stringify(columns), JSON.stringify(values), updatedAt);
  }

  delete(id: number): void {
    this.deleteStatement.run(id);
  }
}

function toProfile(row: ProfileRow): SavedProfile | undefined {
  try {
    const columns = columnMappingSchema.safeParse(JSON.parse(row.columns));
    const values = valueMappingSchema.safeParse(JSON.parse(row.value_map));
    if (!columns.success || !values.success) return undefined;
    return { id: row.id, name: row.name, columns: columns.data, values: values.data, updatedAt: row.updated_at };
  } catch {
    return undefined;
  }
}
