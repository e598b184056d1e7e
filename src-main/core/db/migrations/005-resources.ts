import { SEED_RESOURCES } from '../../../../shared/resources/seed';
import type { Migration } from '../migration';

const THEMES = "'building-confidence', 'widening-perspectives', 'talent-management', 'practical-levers', 'organisational-culture'";
const PROFESSIONS = "'ahp', 'doctors', 'healthcare-scientists', 'midwives', 'nurses', 'pharmacists', 'psychologists', 'social-workers', 'other-clinical'";
const SOURCES = "'framework', 'nihr-leaders-programme', 'leadership-in-action', 'nihr-research-career', 'hee-nw-nmahp-strategy'";

/**
 * The resource library, seeded with the development offers of the source documents
 * (shared/resources/seed.ts). Built-in rows carry their document and a stable seed key, and the
 * user's own rows carry neither; the CHECKs hold the two kinds apart. Themes and professions are
 * join tables with CHECKed ids; "all clinical professions" is a flag on the item, with no rows.
 * The library belongs to no organisation, so nothing else deletes from it.
 */
export const migration005: Migration = {
  version: 5,
  name: 'resource library',
  up(db) {
    db.exec(`
      CREATE TABLE resource (
        id              INTEGER PRIMARY KEY,
        seed_key        TEXT UNIQUE CHECK (seed_key IS NULL OR (seed_key GLOB '[a-z0-9]*' AND seed_key NOT GLOB '*[^a-z0-9-]*')),
        title           TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        provider        TEXT NOT NULL CHECK (length(trim(provider)) BETWEEN 1 AND 200),
        description     TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 2000),
        url             TEXT CHECK (url IS NULL OR ((url GLOB 'http://?*' OR url GLOB 'https://?*') AND length(url) <= 500)),
        all_professions INTEGER NOT NULL CHECK (all_professions IN (0, 1)),
        source          TEXT CHECK (source IS NULL OR source IN (${SOURCES})),
        source_section  TEXT NOT NULL DEFAULT '' CHECK (length(source_section) <= 200),
        built_in        INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK ((built_in = 1) = (source IS NOT NULL)),
        CHECK ((built_in = 1) = (seed_key IS NOT NULL)),
        CHECK (built_in = 1 OR source_section = '')
      ) STRICT;

      CREATE TABLE resource_theme (
        resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
        theme_id    TEXT NOT NULL CHECK (theme_id IN (${THEMES})),
        PRIMARY KEY (resource_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX resource_theme_theme ON resource_theme (theme_id);

      CREATE TABLE resource_profession (
        resource_id   INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
        profession_id TEXT NOT NULL CHECK (profession_id IN (${PROFESSIONS})),
        PRIMARY KEY (resource_id, profession_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX resource_profession_profession ON resource_profession (profession_id);

      -- An action of migration 004 may suggest a development offer; the key clears itself when
      -- the offer is removed (SQLite gives a removed row's id to the next one added).
      ALTER TABLE action ADD COLUMN resource_id INTEGER REFERENCES resource (id) ON DELETE SET NULL;
    `);

    const insertResource = db.prepare<[string, string, string, string, string | null, number, string, string], { id: number }>(
      `INSERT INTO resource (seed_key, title, provider, description, url, all_professions, source, source_section, built_in, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
       RETURNING id`,
    );
    const insertTheme = db.prepare<[number, string]>('INSERT INTO resource_theme (resource_id, theme_id) VALUES (?, ?)');
    const insertProfession = db.prepare<[number, string]>(
      'INSERT INTO resource_profession (resource_id, profession_id) VALUES (?, ?)',
    );
    for (const item of SEED_RESOURCES) {
      const all = item.professions === 'all';
      const row = insertResource.get(
        item.key,
        item.title,
        item.provider,
        item.description,
        item.url ?? null,
        all ? 1 : 0,
        item.source,
        item.sourceSection,
      );
      if (!row) throw new Error(`Seeding the resource library: no id for ${item.key}`);
      for (const themeId of item.themeIds) insertTheme.run(row.id, themeId);
      if (item.professions !== 'all') {
        for (const professionId of item.professions) insertProfession.run(row.id, professionId);
      }
    }
  },
};
