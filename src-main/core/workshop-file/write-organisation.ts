import type { Database } from 'better-sqlite3';
import type { FileResource, FileWorkshop, WorkshopFile } from '../../../shared/workshop-file/format';
import { IdMap } from './id-map';

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

export type OrganisationIdentity = {
  /** The id to give the organisation (the one it replaces), or null for a new id. */
  readonly id: number | null;
  readonly name: string;
  readonly odsCode: string | null;
};

/**
 * Writes a validated workshop file as one organisation, giving every row a new database id and
 * translating the file's local ids as it goes. Rows go in in file order, which is the order of
 * their ids in the database they came from. Must run inside the caller's transaction: any
 * failure here leaves nothing behind.
 */
export function writeOrganisation(db: Database, file: WorkshopFile, identity: OrganisationIdentity): number {
  const org = file.organisation;
  const inserted = db
    .prepare<[number | null, string, string | null, string, string, string], { id: number }>(
      'INSERT INTO organisation (id, name, ods_code, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
    )
    .get(identity.id, identity.name, identity.odsCode, org.type, org.createdAt, org.updatedAt);
  if (!inserted) throw new Error('INSERT … RETURNING returned no row');
  const organisationId = inserted.id;

  const members = new IdMap('board member');
  const insertMember = db.prepare<[number, string, string, number, number, number | null, string, number, string, string], { id: number }>(
    `INSERT INTO board_member (organisation_id, name, role, voting, executive, independent, background, registered, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  for (const m of file.boardMembers) {
    const row = insertMember.get(
      organisationId,
      m.name,
      m.role,
      bit(m.voting),
      bit(m.executive),
      m.independent === null ? null : bit(m.independent),
      m.background,
      bit(m.registered),
      m.createdAt,
      m.updatedAt,
    );
    members.set(m.id, requireId(row));
  }

  const resources = new IdMap('resource');
  for (const resource of file.resources) resources.set(resource.id, resourceFor(db, resource));

  const participants = new IdMap('participant');
  for (const workshop of file.workshops) writeWorkshop(db, organisationId, workshop, { members, participants, resources });

  const insertSnapshot = db.prepare<
    [number, string, string, string, string, number, number, number, number, number, string],
    { id: number }
  >(
    `INSERT INTO workforce_snapshot (organisation_id, snapshot_date, label, source_name, shape, has_fte, rows_read, rows_mapped, rows_non_clinical, rows_excluded, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertCount = db.prepare<[number, string, string, number, number | null]>(
    'INSERT INTO workforce_count (snapshot_id, profession_id, level_id, headcount, fte) VALUES (?, ?, ?, ?, ?)',
  );
  for (const s of file.workforceSnapshots) {
    const snapshotId = requireId(
      insertSnapshot.get(
        organisationId,
        s.snapshotDate,
        s.label,
        s.sourceName,
        s.shape,
        bit(s.hasFte),
        s.rowsRead,
        s.rowsMapped,
        s.rowsNonClinical,
        s.rowsExcluded,
        s.createdAt,
      ),
    );
    for (const c of s.counts) insertCount.run(snapshotId, c.professionId, c.levelId, c.headcount, c.fte);
  }
  return organisationId;
}

type Maps = { readonly members: IdMap; readonly participants: IdMap; readonly resources: IdMap };

function writeWorkshop(db: Database, organisationId: number, w: FileWorkshop, maps: Maps): void {
  const workshopId = requireId(
    db
      .prepare<
        [number, string, string, string, string | null, string | null, number, number, number, string, string],
        { id: number }
      >(
        `INSERT INTO workshop (organisation_id, title, date, facilitator, position, position_changed_at, dots_per_participant, hide_votes, votes_revealed, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        organisationId,
        w.title,
        w.date,
        w.facilitator,
        w.position,
        w.positionChangedAt,
        w.dotsPerParticipant,
        bit(w.hideVotes),
        bit(w.votesRevealed),
        w.createdAt,
        w.updatedAt,
      ),
  );

  const insertParticipant = db.prepare<[number, number | null, number, string, string, string | null], { id: number }>(
    'INSERT INTO workshop_participant (workshop_id, board_member_id, guest, name, role, board_role) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  for (const p of w.participants) {
    const row = insertParticipant.get(workshopId, maps.members.ref(p.boardMemberId), bit(p.guest), p.name, p.role, p.boardRole);
    maps.participants.set(p.id, requireId(row));
  }
  const participant = (localId: number): number => maps.participants.ref(localId) ?? 0;

  const rating = db.prepare<[number, string, number | null, string, string]>(
    'INSERT INTO question_rating (workshop_id, question_id, consensus, notes, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of w.questionRatings) rating.run(workshopId, r.questionId, r.consensus, r.notes, r.updatedAt);

  const individual = db.prepare<[number, number, string, number]>(
    'INSERT INTO individual_rating (workshop_id, participant_id, question_id, rating) VALUES (?, ?, ?, ?)',
  );
  for (const r of w.individualRatings) individual.run(workshopId, participant(r.participantId), r.questionId, r.rating);

  const severity = db.prepare<[number, string, string, number]>(
    'INSERT INTO barrier_severity (workshop_id, barrier_id, profession_id, severity) VALUES (?, ?, ?, ?)',
  );
  for (const s of w.severities) severity.run(workshopId, s.barrierId, s.professionId, s.severity);

  const ceiling = db.prepare<[number, string, string]>('INSERT INTO perceived_ceiling (workshop_id, profession_id, ceiling) VALUES (?, ?, ?)');
  for (const c of w.perceivedCeilings) ceiling.run(workshopId, c.professionId, c.ceiling);

  const vote = db.prepare<[number, number, string, number]>(
    'INSERT INTO dot_vote (workshop_id, participant_id, question_id, dots) VALUES (?, ?, ?, ?)',
  );
  for (const v of w.votes) vote.run(workshopId, participant(v.participantId), v.questionId, v.dots);

  const priority = db.prepare<[number, string, number | null, number]>(
    'INSERT INTO priority (workshop_id, question_id, rank, agreed) VALUES (?, ?, ?, ?)',
  );
  for (const p of w.priorities) priority.run(workshopId, p.questionId, p.rank, bit(p.agreed));

  const action = db.prepare<[number, string, string, number | null, string, string, string, string, number | null, string, string]>(
    `INSERT INTO action (workshop_id, question_id, description, owner_id, owner_name, due_date, status, notes, resource_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const a of w.actions) {
    action.run(
      workshopId,
      a.questionId,
      a.description,
      maps.members.ref(a.ownerId),
      a.ownerName,
      a.dueDate,
      a.status,
      a.notes,
      maps.resources.ref(a.resourceId),
      a.createdAt,
      a.updatedAt,
    );
  }

  const champion = db.prepare<[number, string, number | null, string]>(
    'INSERT INTO champion (workshop_id, kind, board_member_id, name) VALUES (?, ?, ?, ?)',
  );
  for (const c of w.champions) champion.run(workshopId, c.kind, maps.members.ref(c.boardMemberId), c.name);
}

/**
 * The library item a file's resource becomes: the built-in item with the same seed key; else
 * one of the user's own with exactly the same content (so importing twice adds nothing twice);
 * else a new item of the user's own. A built-in item this library lacks arrives as the user's own.
 */
function resourceFor(db: Database, resource: FileResource): number {
  if (resource.seedKey !== null) {
    const builtIn = db.prepare<[string], { id: number }>('SELECT id FROM resource WHERE seed_key = ? AND built_in = 1').get(resource.seedKey);
    if (builtIn) return builtIn.id;
  }
  const themes = [...resource.themeIds].sort().join(' ');
  const professions = [...resource.professionIds].sort().join(' ');
  const same = db
    .prepare<[string, string, string, string | null, number, string, string], { id: number }>(
      `SELECT r.id FROM resource r
       WHERE r.built_in = 0 AND r.title = ? AND r.provider = ? AND r.description = ? AND r.url IS ? AND r.all_professions = ?
         AND coalesce((SELECT group_concat(theme_id, ' ') FROM (SELECT theme_id FROM resource_theme WHERE resource_id = r.id ORDER BY theme_id)), '') = ?
         AND coalesce((SELECT group_concat(profession_id, ' ') FROM (SELECT profession_id FROM resource_profession WHERE resource_id = r.id ORDER BY profession_id)), '') = ?
       ORDER BY r.id LIMIT 1`,
    )
    .get(resource.title, resource.provider, resource.description, resource.url, bit(resource.allProfessions), themes, professions);
  if (same) return same.id;

  const id = requireId(
    db
      .prepare<[string, string, string, string | null, number, string, string], { id: number }>(
        `INSERT INTO resource (seed_key, title, provider, description, url, all_professions, source, source_section, built_in, created_at, updated_at)
         VALUES (NULL, ?, ?, ?, ?, ?, NULL, '', 0, ?, ?) RETURNING id`,
      )
      .get(resource.title, resource.provider, resource.description, resource.url, bit(resource.allProfessions), resource.createdAt, resource.updatedAt),
  );
  const theme = db.prepare<[number, string]>('INSERT INTO resource_theme (resource_id, theme_id) VALUES (?, ?)');
  for (const themeId of resource.themeIds) theme.run(id, themeId);
  const profession = db.prepare<[number, string]>('INSERT INTO resource_profession (resource_id, profession_id) VALUES (?, ?)');
  for (const professionId of resource.professionIds) profession.run(id, professionId);
  return id;
}

function requireId(row: { id: number } | undefined): number {
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row.id;
}
