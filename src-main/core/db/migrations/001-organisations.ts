import type { Migration } from '../migration';

export const migration001: Migration = {
  version: 1,
  name: 'organisations',
  up(db) {
    db.exec(`
      CREATE TABLE organisation (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        ods_code   TEXT CHECK (ods_code IS NULL OR (length(ods_code) BETWEEN 3 AND 6 AND ods_code = upper(ods_code))),
        type       TEXT NOT NULL CHECK (type IN ('nhs-trust', 'nhs-foundation-trust', 'integrated-care-board', 'other')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Two organisations with the same name (in any case) or the same ODS code would be
      -- impossible to tell apart in every later list and report.
      CREATE UNIQUE INDEX organisation_name_unique ON organisation (name COLLATE NOCASE);
      CREATE UNIQUE INDEX organisation_ods_code_unique ON organisation (ods_code) WHERE ods_code IS NOT NULL;
    `);
  },
};
