import type { Migration } from '../migration';

const ROLES = "'chair', 'chief-executive', 'finance-director', 'medical-director', 'nurse-director', 'other-executive-director', 'non-executive-director', 'associate-non-voting'";
const PROFESSIONS = "'ahp', 'doctors', 'healthcare-scientists', 'midwives', 'nurses', 'pharmacists', 'psychologists', 'social-workers', 'other-clinical'";
const LEVELS = "'band-5', 'band-6', 'band-7', 'band-8a', 'band-8b', 'band-8c', 'band-8d', 'band-9', 'vsm', 'board'";

/**
 * The board, its workshops and everything said in them. Enumerations are CHECKed here as well as
 * in the schemas, so a bug in a service cannot store a value no screen or report understands.
 */
export const migration002: Migration = {
  version: 2,
  name: 'board and workshops',
  up(db) {
    db.exec(`
      CREATE TABLE board_member (
        id              INTEGER PRIMARY KEY,
        organisation_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        name            TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        role            TEXT NOT NULL CHECK (role IN (${ROLES})),
        voting          INTEGER NOT NULL CHECK (voting IN (0, 1)),
        executive       INTEGER NOT NULL CHECK (executive IN (0, 1)),
        independent     INTEGER CHECK (independent IN (0, 1)),
        background      TEXT NOT NULL CHECK (background IN (${PROFESSIONS}, 'non-clinical')),
        registered      INTEGER NOT NULL CHECK (registered IN (0, 1)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX board_member_organisation ON board_member (organisation_id);

      CREATE TABLE workshop (
        id                  INTEGER PRIMARY KEY,
        organisation_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        title               TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        date                TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        facilitator         TEXT NOT NULL CHECK (length(facilitator) <= 200),
        position            TEXT,
        position_changed_at TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX workshop_organisation ON workshop (organisation_id, date);

      -- The name and role are copied when someone joins, so the record of who was in the room
      -- survives later changes to the board (and the removal of a member).
      CREATE TABLE workshop_participant (
        id              INTEGER PRIMARY KEY,
        workshop_id     INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        board_member_id INTEGER REFERENCES board_member (id) ON DELETE SET NULL,
        guest           INTEGER NOT NULL CHECK (guest IN (0, 1)),
        name            TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        role            TEXT NOT NULL CHECK (length(role) <= 200),
        board_role      TEXT CHECK (board_role IS NULL OR board_role IN (${ROLES})),
        UNIQUE (id, workshop_id)
      ) STRICT;
      CREATE UNIQUE INDEX workshop_participant_member ON workshop_participant (workshop_id, board_member_id)
        WHERE board_member_id IS NOT NULL;

      CREATE TABLE question_rating (
        workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL CHECK (question_id GLOB 'q[1-9]' OR question_id GLOB 'q1[0-7]'),
        consensus   INTEGER CHECK (consensus BETWEEN 1 AND 5),
        notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (workshop_id, question_id)
      ) STRICT, WITHOUT ROWID;

      -- The composite key ties each individual rating to a participant of the same workshop.
      CREATE TABLE individual_rating (
        workshop_id    INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        question_id    TEXT NOT NULL CHECK (question_id GLOB 'q[1-9]' OR question_id GLOB 'q1[0-7]'),
        rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        PRIMARY KEY (participant_id, question_id),
        FOREIGN KEY (participant_id, workshop_id) REFERENCES workshop_participant (id, workshop_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX individual_rating_workshop ON individual_rating (workshop_id, question_id);

      CREATE TABLE barrier_severity (
        workshop_id   INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        barrier_id    TEXT NOT NULL,
        profession_id TEXT NOT NULL CHECK (profession_id IN (${PROFESSIONS})),
        severity      INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
        PRIMARY KEY (workshop_id, barrier_id, profession_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE perceived_ceiling (
        workshop_id   INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        profession_id TEXT NOT NULL CHECK (profession_id IN (${PROFESSIONS})),
        ceiling       TEXT NOT NULL CHECK (ceiling IN (${LEVELS}, 'no-ceiling')),
        PRIMARY KEY (workshop_id, profession_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
