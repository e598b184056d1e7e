import type { Database } from 'better-sqlite3';
import type { BoardRole, Background } from '../../../shared/board/board-member';
import type { LevelId } from '../../../shared/framework/levels';
import type { ProfessionId } from '../../../shared/framework/professions';
import type { ThemeId } from '../../../shared/framework/content';
import type { OrganisationType } from '../../../shared/organisations/organisation';
import type { ActionStatus, ChampionKind } from '../../../shared/priorities/priorities';
import type { SourceId } from '../../../shared/resources/resource';
import type { StaffGroupId } from '../../../shared/workforce/types';
import type { Position } from '../../../shared/workshops/session';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION } from '../../../shared/workshop-file/format';
import type { FileResource, FileSnapshot, FileWorkshop, WorkshopFile } from '../../../shared/workshop-file/format';
import { LocalIds } from './id-map';

/** Questions in their own order (q2 before q10), for a file a person can read. */
const QUESTION_ORDER = 'CAST(substr(question_id, 2) AS INTEGER)';

type Bit = 0 | 1;
const bool = (value: Bit): boolean => value === 1;

/**
 * One organisation and everything recorded for it, as a workshop file. Rows are read in id
 * order, so import (which inserts in file order) gives them new ids in the same order, and
 * every list that is sorted by id reads the same afterwards. Run inside a transaction, so the
 * file is one consistent moment.
 */
export function readOrganisation(db: Database, organisationId: number, meta: { appVersion: string; exportedAt: string }): WorkshopFile {
  const organisation = db
    .prepare<[number], { name: string; ods_code: string | null; type: OrganisationType; created_at: string; updated_at: string }>(
      'SELECT name, ods_code, type, created_at, updated_at FROM organisation WHERE id = ?',
    )
    .get(organisationId);
  if (!organisation) throw new Error(`No organisation ${organisationId}`);

  const members = new LocalIds('board member');
  const boardMembers = db
    .prepare<
      [number],
      {
        id: number;
        name: string;
        role: BoardRole;
        voting: Bit;
        executive: Bit;
        independent: Bit | null;
        background: Background;
        registered: Bit;
        created_at: string;
        updated_at: string;
      }
    >('SELECT id, name, role, voting, executive, independent, background, registered, created_at, updated_at FROM board_member WHERE organisation_id = ? ORDER BY id')
    .all(organisationId)
    .map((row) => ({
      id: members.add(row.id),
      name: row.name,
      role: row.role,
      voting: bool(row.voting),
      executive: bool(row.executive),
      independent: row.independent === null ? null : bool(row.independent),
      background: row.background,
      registered: bool(row.registered),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));

  const resources = new LocalIds('resource');
  const resourceRows = readResources(db, organisationId);
  for (const row of resourceRows) resources.add(row.dbId);

  const participants = new LocalIds('participant');
  const workshops = db
    .prepare<[number], { id: number }>('SELECT id FROM workshop WHERE organisation_id = ? ORDER BY id')
    .all(organisationId)
    .map(({ id }) => readWorkshop(db, id, { members, participants, resources }));

  return {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    organisation: {
      name: organisation.name,
      odsCode: organisation.ods_code,
      type: organisation.type,
      createdAt: organisation.created_at,
      updatedAt: organisation.updated_at,
    },
    boardMembers,
    workshops,
    workforceSnapshots: readSnapshots(db, organisationId),
    resources: resourceRows.map(({ dbId, ...resource }) => ({ ...resource, id: resources.ref(dbId) ?? 0 })),
  };
}

type Ids = { readonly members: LocalIds; readonly participants: LocalIds; readonly resources: LocalIds };

function readWorkshop(db: Database, workshopId: number, ids: Ids): FileWorkshop {
  const row = db
    .prepare<
      [number],
      {
        title: string;
        date: string;
        facilitator: string;
        /** Checked by the schema on the way out (assertImportable), as every value here is. */
        position: Position | null;
        position_changed_at: string | null;
        dots_per_participant: number;
        hide_votes: Bit;
        votes_revealed: Bit;
        created_at: string;
        updated_at: string;
      }
    >(
      `SELECT title, date, facilitator, position, position_changed_at, dots_per_participant, hide_votes, votes_revealed, created_at, updated_at
       FROM workshop WHERE id = ?`,
    )
    .get(workshopId);
  if (!row) throw new Error(`No workshop ${workshopId}`);

  const participants = db
    .prepare<[number], { id: number; board_member_id: number | null; guest: Bit; name: string; role: string; board_role: BoardRole | null }>(
      'SELECT id, board_member_id, guest, name, role, board_role FROM workshop_participant WHERE workshop_id = ? ORDER BY id',
    )
    .all(workshopId)
    .map((p) => ({
      id: ids.participants.add(p.id),
      boardMemberId: ids.members.ref(p.board_member_id),
      guest: bool(p.guest),
      name: p.name,
      role: p.role,
      boardRole: p.board_role,
    }));

  const participant = (id: number): number => ids.participants.ref(id) ?? 0;
  return {
    title: row.title,
    date: row.date,
    facilitator: row.facilitator,
    position: row.position,
    positionChangedAt: row.position_changed_at,
    dotsPerParticipant: row.dots_per_participant,
    hideVotes: bool(row.hide_votes),
    votesRevealed: bool(row.votes_revealed),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    participants,
    questionRatings: db
      .prepare<[number], { question_id: string; consensus: number | null; notes: string; updated_at: string }>(
        `SELECT question_id, consensus, notes, updated_at FROM question_rating WHERE workshop_id = ? ORDER BY ${QUESTION_ORDER}`,
      )
      .all(workshopId)
      .map((r) => ({ questionId: r.question_id, consensus: r.consensus, notes: r.notes, updatedAt: r.updated_at })),
    individualRatings: db
      .prepare<[number], { participant_id: number; question_id: string; rating: number }>(
        `SELECT participant_id, question_id, rating FROM individual_rating WHERE workshop_id = ? ORDER BY participant_id, ${QUESTION_ORDER}`,
      )
      .all(workshopId)
      .map((r) => ({ participantId: participant(r.participant_id), questionId: r.question_id, rating: r.rating })),
    severities: db
      .prepare<[number], { barrier_id: string; profession_id: ProfessionId; severity: number }>(
        'SELECT barrier_id, profession_id, severity FROM barrier_severity WHERE workshop_id = ? ORDER BY barrier_id, profession_id',
      )
      .all(workshopId)
      .map((r) => ({ barrierId: r.barrier_id, professionId: r.profession_id, severity: r.severity })),
    perceivedCeilings: db
      .prepare<[number], { profession_id: ProfessionId; ceiling: LevelId | 'no-ceiling' }>(
        'SELECT profession_id, ceiling FROM perceived_ceiling WHERE workshop_id = ? ORDER BY profession_id',
      )
      .all(workshopId)
      .map((r) => ({ professionId: r.profession_id, ceiling: r.ceiling })),
    votes: db
      .prepare<[number], { participant_id: number; question_id: string; dots: number }>(
        `SELECT participant_id, question_id, dots FROM dot_vote WHERE workshop_id = ? ORDER BY participant_id, ${QUESTION_ORDER}`,
      )
      .all(workshopId)
      .map((r) => ({ participantId: participant(r.participant_id), questionId: r.question_id, dots: r.dots })),
    priorities: db
      .prepare<[number], { question_id: string; rank: number | null; agreed: Bit }>(
        `SELECT question_id, rank, agreed FROM priority WHERE workshop_id = ? ORDER BY ${QUESTION_ORDER}`,
      )
      .all(workshopId)
      .map((r) => ({ questionId: r.question_id, rank: r.rank, agreed: bool(r.agreed) })),
    actions: db
      .prepare<
        [number],
        {
          question_id: string;
          description: string;
          owner_id: number | null;
          owner_name: string;
          due_date: string;
          status: ActionStatus;
          notes: string;
          resource_id: number | null;
          created_at: string;
          updated_at: string;
        }
      >(
        `SELECT question_id, description, owner_id, owner_name, due_date, status, notes, resource_id, created_at, updated_at
         FROM action WHERE workshop_id = ? ORDER BY id`,
      )
      .all(workshopId)
      .map((a) => ({
        questionId: a.question_id,
        description: a.description,
        ownerId: ids.members.ref(a.owner_id),
        ownerName: a.owner_name,
        dueDate: a.due_date,
        status: a.status,
        notes: a.notes,
        resourceId: ids.resources.ref(a.resource_id),
        createdAt: a.created_at,
        updatedAt: a.updated_at,
      })),
    champions: db
      .prepare<[number], { kind: ChampionKind; board_member_id: number | null; name: string }>(
        'SELECT kind, board_member_id, name FROM champion WHERE workshop_id = ? ORDER BY kind',
      )
      .all(workshopId)
      .map((c) => ({ kind: c.kind, boardMemberId: ids.members.ref(c.board_member_id), name: c.name })),
  };
}

function readSnapshots(db: Database, organisationId: number): FileSnapshot[] {
  const counts = db.prepare<[number], { profession_id: StaffGroupId; level_id: LevelId; headcount: number; fte: number | null }>(
    'SELECT profession_id, level_id, headcount, fte FROM workforce_count WHERE snapshot_id = ? ORDER BY profession_id, level_id',
  );
  return db
    .prepare<
      [number],
      {
        id: number;
        snapshot_date: string;
        label: string;
        source_name: string;
        shape: 'person' | 'aggregated';
        has_fte: Bit;
        rows_read: number;
        rows_mapped: number;
        rows_non_clinical: number;
        rows_excluded: number;
        created_at: string;
      }
    >(
      `SELECT id, snapshot_date, label, source_name, shape, has_fte, rows_read, rows_mapped, rows_non_clinical, rows_excluded, created_at
       FROM workforce_snapshot WHERE organisation_id = ? ORDER BY id`,
    )
    .all(organisationId)
    .map((s) => ({
      snapshotDate: s.snapshot_date,
      label: s.label,
      sourceName: s.source_name,
      shape: s.shape,
      hasFte: bool(s.has_fte),
      rowsRead: s.rows_read,
      rowsMapped: s.rows_mapped,
      rowsNonClinical: s.rows_non_clinical,
      rowsExcluded: s.rows_excluded,
      createdAt: s.created_at,
      counts: counts.all(s.id).map((c) => ({ professionId: c.profession_id, levelId: c.level_id, headcount: c.headcount, fte: c.fte })),
    }));
}

/** The library items the organisation's actions suggest, with their tags. */
function readResources(db: Database, organisationId: number): Array<Omit<FileResource, 'id'> & { dbId: number }> {
  const themes = db.prepare<[number], { theme_id: ThemeId }>('SELECT theme_id FROM resource_theme WHERE resource_id = ? ORDER BY theme_id');
  const professions = db.prepare<[number], { profession_id: ProfessionId }>(
    'SELECT profession_id FROM resource_profession WHERE resource_id = ? ORDER BY profession_id',
  );
  return db
    .prepare<
      [number],
      {
        id: number;
        seed_key: string | null;
        title: string;
        provider: string;
        description: string;
        url: string | null;
        all_professions: Bit;
        source: SourceId | null;
        source_section: string;
        created_at: string;
        updated_at: string;
      }
    >(
      `SELECT r.id, r.seed_key, r.title, r.provider, r.description, r.url, r.all_professions, r.source, r.source_section, r.created_at, r.updated_at
       FROM resource r
       WHERE r.id IN (SELECT a.resource_id FROM action a JOIN workshop w ON w.id = a.workshop_id WHERE w.organisation_id = ?)
       ORDER BY r.id`,
    )
    .all(organisationId)
    .map((r) => ({
      dbId: r.id,
      seedKey: r.seed_key,
      title: r.title,
      provider: r.provider,
      description: r.description,
      url: r.url,
      themeIds: themes.all(r.id).map((t) => t.theme_id),
      allProfessions: bool(r.all_professions),
      professionIds: professions.all(r.id).map((p) => p.profession_id),
      source: r.source,
      sourceSection: r.source_section,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
}
