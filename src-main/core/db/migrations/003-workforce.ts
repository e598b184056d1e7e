import type { Migration } from '../migration';

const GROUPS = "'ahp', 'doctors', 'healthcare-scientists', 'midwives', 'nurses', 'pharmacists', 'psychologists', 'social-workers', 'other-clinical', 'non-clinical'";
const LEVELS = "'band-5', 'band-6', 'band-7', 'band-8a', 'band-8b', 'band-8c', 'band-8d', 'band-9', 'vsm', 'board'";

/**
 * Workforce snapshots hold aggregates only: a count per profession and level. There is no column
 * that could take a name, an employee number or a row of the source file, by design (PRODUCT.md,
 * "What the app must never do").
 */
export const migration003: Migration = {
  version: 3,
  name: 'workforce snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE workforce_snapshot (
        id                 INTEGER PRIMARY KEY,
        organisation_id    INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        snapshot_date      TEXT NOT NULL CHECK (snapshot_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        label              TEXT NOT NULL CHECK (length(label) <= 120),
        source_name        TEXT NOT NULL CHECK (length(source_name) <= 260),
        shape              TEXT NOT NULL CHECK (shape IN ('person', 'aggregated')),
        has_fte            INTEGER NOT NULL CHECK (has_fte IN (0, 1)),
        rows_read          INTEGER NOT NULL CHECK (rows_read >= 0),
        rows_mapped        INTEGER NOT NULL CHECK (rows_mapped >= 0),
        rows_non_clinical  INTEGER NOT NULL CHECK (rows_non_clinical >= 0),
        rows_excluded      INTEGER NOT NULL CHECK (rows_excluded >= 0),
        created_at         TEXT NOT NULL,
        UNIQUE (organisation_id, snapshot_date)
      ) STRICT;

      CREATE TABLE workforce_count (
        snapshot_id   INTEGER NOT NULL REFERENCES workforce_snapshot (id) ON DELETE CASCADE,
        profession_id TEXT NOT NULL CHECK (profession_id IN (${GROUPS})),
        level_id      TEXT NOT NULL CHECK (level_id IN (${LEVELS})),
        headcount     INTEGER NOT NULL CHECK (headcount >= 0),
        fte           REAL CHECK (fte IS NULL OR fte >= 0),
        PRIMARY KEY (snapshot_id, profession_id, level_id)
      ) STRICT, WITHOUT ROWID;

      -- Saved column and value mappings, shared by every organisation (one HR team often
      -- exports the same ESR report for several trusts). The JSON is validated on every read.
      CREATE TABLE import_profile (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
        name_key    TEXT NOT NULL UNIQUE,
        columns     TEXT NOT NULL CHECK (json_valid(columns)),
        value_map   TEXT NOT NULL CHECK (json_valid(value_map)),
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
