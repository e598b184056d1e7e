import type { Migration } from '../migration';

const QUESTION = "(question_id GLOB 'q[1-9]' OR question_id GLOB 'q1[0-7]')";

/**
 * (An action's suggested development offer, resource_id, comes with the library in migration 005.)
 *
 * Steps 5 and 6 of the workshop: dot votes, the board's priorities and their order, actions with
 * owners, and the two champions. Owners' and champions' names are copied, as participants' are,
 * so a past workshop still says who owned what after a member has left the board.
 */
export const migration004: Migration = {
  version: 4,
  name: 'priorities, actions and champions',
  up(db) {
    db.exec(`
      ALTER TABLE workshop ADD COLUMN dots_per_participant INTEGER NOT NULL DEFAULT 3 CHECK (dots_per_participant BETWEEN 1 AND 10);
      ALTER TABLE workshop ADD COLUMN hide_votes INTEGER NOT NULL DEFAULT 0 CHECK (hide_votes IN (0, 1));
      ALTER TABLE workshop ADD COLUMN votes_revealed INTEGER NOT NULL DEFAULT 0 CHECK (votes_revealed IN (0, 1));

      CREATE TABLE dot_vote (
        workshop_id    INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        question_id    TEXT NOT NULL CHECK ${QUESTION},
        dots           INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 10),
        PRIMARY KEY (participant_id, question_id),
        FOREIGN KEY (participant_id, workshop_id) REFERENCES workshop_participant (id, workshop_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX dot_vote_workshop ON dot_vote (workshop_id);

      -- One row per question the board has placed in its order or agreed as a priority.
      CREATE TABLE priority (
        workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL CHECK ${QUESTION},
        rank        INTEGER CHECK (rank IS NULL OR rank BETWEEN 1 AND 17),
        agreed      INTEGER NOT NULL CHECK (agreed IN (0, 1)),
        PRIMARY KEY (workshop_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX priority_rank ON priority (workshop_id, rank) WHERE rank IS NOT NULL;

      CREATE TABLE action (
        id          INTEGER PRIMARY KEY,
        workshop_id INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        description TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 1000),
        owner_id    INTEGER REFERENCES board_member (id) ON DELETE SET NULL,
        owner_name  TEXT NOT NULL CHECK (length(trim(owner_name)) BETWEEN 1 AND 200),
        due_date    TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status      TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done', 'blocked')),
        notes       TEXT NOT NULL CHECK (length(notes) <= 2000),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        FOREIGN KEY (workshop_id, question_id) REFERENCES priority (workshop_id, question_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX action_workshop ON action (workshop_id, question_id);

      CREATE TABLE champion (
        workshop_id     INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('executive', 'non-executive')),
        board_member_id INTEGER REFERENCES board_member (id) ON DELETE SET NULL,
        name            TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        PRIMARY KEY (workshop_id, kind)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
