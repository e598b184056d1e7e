import type { Database } from 'better-sqlite3';
import { THEME_IDS } from '../../../shared/framework/content';
import type { ThemeId } from '../../../shared/framework/content';
import { PROFESSION_IDS } from '../../../shared/framework/professions';
import type { ProfessionId } from '../../../shared/framework/professions';
import type { Resource, ResourceFilter, SourceId } from '../../../shared/resources/resource';

type ResourceRow = {
  id: number;
  title: string;
  provider: string;
  description: string;
  url: string | null;
  all_professions: 0 | 1;
  source: SourceId | null;
  source_section: string;
  built_in: 0 | 1;
  created_at: string;
  updated_at: string;
};

type ThemeRow = { resource_id: number; theme_id: ThemeId };
type ProfessionRow = { resource_id: number; profession_id: ProfessionId };

/** What the user can set on their own items. */
export type ResourceFields = Pick<
  Resource,
  'title' | 'provider' | 'description' | 'url' | 'themeIds' | 'allProfessions' | 'professionIds'
>;

const COLUMNS =
  'r.id, r.title, r.provider, r.description, r.url, r.all_professions, r.source, r.source_section, r.built_in, r.created_at, r.updated_at';

/** Built-in items first, then the user's own; by title within each. */
const ORDER = 'r.built_in DESC, r.title COLLATE NOCASE, r.id';

/**
 * The same rule as `resourceMatches` (shared/resources/resource.ts): the item serves the theme,
 * and serves the profession or every clinical profession. A null parameter means "any".
 */
const FILTER = `(@themeId IS NULL OR EXISTS (SELECT 1 FROM resource_theme t WHERE t.resource_id = r.id AND t.theme_id = @themeId))
  AND (@professionId IS NULL OR r.all_professions = 1
       OR EXISTS (SELECT 1 FROM resource_profession p WHERE p.resource_id = r.id AND p.profession_id = @professionId))`;

const themeOrder = (id: ThemeId) => THEME_IDS.indexOf(id);
const professionOrder = (id: ProfessionId) => PROFESSION_IDS.indexOf(id);

function groupBy<R extends { resource_id: number }, V>(rows: readonly R[], value: (row: R) => V): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const list = groups.get(row.resource_id);
    if (list) list.push(value(row));
    else groups.set(row.resource_id, [value(row)]);
  }
  return groups;
}

export class ResourceRepository {
  private readonly listStatement;
  private readonly getStatement;
  private readonly themesStatement;
  private readonly professionsStatement;
  private readonly themesOfStatement;
  private readonly professionsOfStatement;
  private readonly insertStatement;
  private readonly updateStatement;
  private readonly deleteStatement;
  private readonly insertThemeStatement;
  private readonly insertProfessionStatement;
  private readonly clearThemesStatement;
  private readonly clearProfessionsStatement;

  constructor(db: Database) {
    this.listStatement = db.prepare<[{ themeId: string | null; professionId: string | null }], ResourceRow>(
      `SELECT ${COLUMNS} FROM resource r WHERE ${FILTER} ORDER BY ${ORDER}`,
    );
    this.getStatement = db.prepare<[number], ResourceRow>(`SELECT ${COLUMNS} FROM resource r WHERE r.id = ?`);
    this.themesStatement = db.prepare<[], ThemeRow>('SELECT resource_id, theme_id FROM resource_theme');
    this.professionsStatement = db.prepare<[], ProfessionRow>('SELECT resource_id, profession_id FROM resource_profession');
    this.themesOfStatement = db.prepare<[number], ThemeRow>(
      'SELECT resource_id, theme_id FROM resource_theme WHERE resource_id = ?',
    );
    this.professionsOfStatement = db.prepare<[number], ProfessionRow>(
      'SELECT resource_id, profession_id FROM resource_profession WHERE resource_id = ?',
    );
    this.insertStatement = db.prepare<[string, string, string, string | null, number, string, string], { id: number }>(
      `INSERT INTO resource (title, provider, description, url, all_professions, source, source_section, built_in, seed_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, NULL, '', 0, NULL, ?, ?) RETURNING id`,
    );
    this.updateStatement = db.prepare<[string, string, string, string | null, number, string, number]>(
      `UPDATE resource SET title = ?, provider = ?, description = ?, url = ?, all_professions = ?, updated_at = ?
       WHERE id = ? AND built_in = 0`,
    );
    this.deleteStatement = db.prepare<[number]>('DELETE FROM resource WHERE id = ? AND built_in = 0');
    this.insertThemeStatement = db.prepare<[number, string]>('INSERT INTO resource_theme (resource_id, theme_id) VALUES (?, ?)');
    this.insertProfessionStatement = db.prepare<[number, string]>(
      'INSERT INTO resource_profession (resource_id, profession_id) VALUES (?, ?)',
    );
    this.clearThemesStatement = db.prepare<[number]>('DELETE FROM resource_theme WHERE resource_id = ?');
    this.clearProfessionsStatement = db.prepare<[number]>('DELETE FROM resource_profession WHERE resource_id = ?');
  }

  list(filter: ResourceFilter): Resource[] {
    const rows = this.listStatement.all({ themeId: filter.themeId ?? null, professionId: filter.professionId ?? null });
    const themes = groupBy(this.themesStatement.all(), (row) => row.theme_id);
    const professions = groupBy(this.professionsStatement.all(), (row) => row.profession_id);
    return rows.map((row) => toResource(row, themes.get(row.id) ?? [], professions.get(row.id) ?? []));
  }

  get(id: number): Resource | undefined {
    const row = this.getStatement.get(id);
    if (!row) return undefined;
    return toResource(
      row,
      this.themesOfStatement.all(id).map((t) => t.theme_id),
      this.professionsOfStatement.all(id).map((p) => p.profession_id),
    );
  }

  /** The user's own item; call inside a transaction (it writes three tables). */
  insert(fields: ResourceFields, now: string): number {
    const row = this.insertStatement.get(
      fields.title,
      fields.provider,
      fields.description,
      fields.url,
      fields.allProfessions ? 1 : 0,
      now,
      now,
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    this.writeTags(row.id, fields);
    return row.id;
  }

  /** Only the user's own items change; false when there is no such item of theirs. */
  update(id: number, fields: ResourceFields, now: string): boolean {
    const changed = this.updateStatement.run(
      fields.title,
      fields.provider,
      fields.description,
      fields.url,
      fields.allProfessions ? 1 : 0,
      now,
      id,
    ).changes;
    if (changed !== 1) return false;
    this.clearThemesStatement.run(id);
    this.clearProfessionsStatement.run(id);
    this.writeTags(id, fields);
    return true;
  }

  /** Only the user's own items go; their themes and professions go with them (ON DELETE CASCADE). */
  delete(id: number): boolean {
    return this.deleteStatement.run(id).changes === 1;
  }

  private writeTags(id: number, fields: Pick<ResourceFields, 'themeIds' | 'allProfessions' | 'professionIds'>): void {
    for (const themeId of fields.themeIds) this.insertThemeStatement.run(id, themeId);
    if (!fields.allProfessions) {
      for (const professionId of fields.professionIds) this.insertProfessionStatement.run(id, professionId);
    }
  }
}

function toResource(row: ResourceRow, themeIds: ThemeId[], professionIds: ProfessionId[]): Resource {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    description: row.description,
    url: row.url,
    themeIds: themeIds.sort((a, b) => themeOrder(a) - themeOrder(b)),
    allProfessions: row.all_professions === 1,
    professionIds: row.all_professions === 1 ? [] : professionIds.sort((a, b) => professionOrder(a) - professionOrder(b)),
    source: row.source,
    sourceSection: row.source_section,
    builtIn: row.built_in === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
