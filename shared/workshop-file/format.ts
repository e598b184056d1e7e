import { z } from 'zod';
import { BACKGROUNDS, BOARD_ROLES } from '../board/board-member';
import { isQuestionId, THEME_IDS, THEMES } from '../framework/content';
import { LEVEL_IDS } from '../framework/levels';
import { PROFESSION_IDS } from '../framework/professions';
import { ODS_CODE_PATTERN, ORGANISATION_TYPES } from '../organisations/organisation';
import { ACTION_STATUSES, CHAMPION_KINDS } from '../priorities/priorities';
import { isHttpUrl, SOURCE_IDS } from '../resources/resource';
import { isRealDate } from '../util/schemas';
import { NON_CLINICAL } from '../workforce/types';
import { isPosition, NO_CEILING } from '../workshops/session';

/**
 * The `.boardwalk` workshop file: one organisation with everything recorded for it, as UTF-8
 * JSON text, for one facilitator to hand to another.
 *
 * Plain JSON rather than gzip: a rich organisation is a few hundred kilobytes, mail and zip
 * tools compress it anyway, anyone (or any information governance lead) can open it in a text
 * editor to see exactly what leaves the building, and there is no decompression bomb to guard.
 *
 * Ids in the file (`id`, and the fields that point at one) are local to the file: whole numbers
 * that tie a participant to a board member, an action to its owner, and so on. Import gives
 * every row a new database id and translates the references.
 *
 * Any change to the shape is a new `formatVersion`; an older Boardwalk refuses a newer file
 * rather than guess. Objects are strict, so a field this version does not know is refused
 * rather than silently dropped.
 */
export const WORKSHOP_FILE_FORMAT = 'boardwalk-workshop-file';
export const WORKSHOP_FILE_VERSION = 1;
export const WORKSHOP_FILE_EXTENSION = 'boardwalk';
/** Far beyond any real organisation (hundreds of workshops with every note full is ~20 MB). */
export const WORKSHOP_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** Limits on list lengths: generous, but a hostile file cannot make import run for hours. */
export const FILE_LIMITS = {
  boardMembers: 500,
  workshops: 1000,
  participants: 200,
  actions: 2000,
  snapshots: 1000,
  resources: 2000,
} as const;

const BARRIER_IDS: ReadonlySet<string> = new Set(THEMES.flatMap((t) => t.barriers.map((b) => b.id)));
const STAFF_GROUPS = [...PROFESSION_IDS, NON_CLINICAL] as const;
/** Larger than the staff of the whole NHS; only a corrupt file has more at one level. */
const MAX_HEADCOUNT = 10_000_000;

const bool = () => z.boolean();

function intRange(min: number, max: number) {
  const error = `must be ${min} to ${max}`;
  return z.number().int().min(min, { error }).max(max, { error });
}

function count() {
  return z.number().int().min(0, { error: 'must be 0 or more' }).max(MAX_HEADCOUNT, { error: `must be ${MAX_HEADCOUNT} or fewer` });
}

/** A local id: how other parts of the file point at this record. */
const localId = () => z.number().int().min(1, { error: 'must be a whole number of 1 or more' });

/** Text as the database holds it: at most `max` characters, and not blank when required. */
function text(max: number, required: boolean) {
  const base = z.string().max(max, { error: `must be ${max} characters or fewer` });
  return required ? base.refine((value) => value.trim().length > 0, { error: 'must not be empty' }) : base;
}

const isoDate = () => z.string().refine(isRealDate, { error: 'must be a real date written YYYY-MM-DD, like 2026-03-27' });
const timestamp = () => z.iso.datetime({ error: 'must be a date and time like 2026-03-27T09:30:00.000Z' });

const questionId = () => z.string().refine(isQuestionId, { error: 'must be a key question, q1 to q17' });
const professionId = () => z.enum(PROFESSION_IDS);

export const fileOrganisationSchema = z.strictObject({
  name: text(200, true),
  /** Null for an organisation without one (an "other" organisation, or a second copy of one). */
  odsCode: z.string().regex(ODS_CODE_PATTERN, { error: 'must be 3 to 6 capital letters and numbers, like RJ1' }).nullable(),
  type: z.enum(ORGANISATION_TYPES),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});

export const fileBoardMemberSchema = z.strictObject({
  id: localId(),
  name: text(200, true),
  role: z.enum(BOARD_ROLES),
  voting: bool(),
  executive: bool(),
  independent: bool().nullable(),
  background: z.enum(BACKGROUNDS),
  registered: bool(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});

export const fileParticipantSchema = z.strictObject({
  id: localId(),
  /** A board member of the file; null for a guest, or a member since removed from the board. */
  boardMemberId: localId().nullable(),
  guest: bool(),
  name: text(200, true),
  role: text(200, false),
  boardRole: z.enum(BOARD_ROLES).nullable(),
});

export const fileQuestionRatingSchema = z.strictObject({
  questionId: questionId(),
  consensus: intRange(1, 5).nullable(),
  notes: text(10_000, false),
  updatedAt: timestamp(),
});

export const fileIndividualRatingSchema = z.strictObject({
  participantId: localId(),
  questionId: questionId(),
  rating: intRange(1, 5),
});

export const fileSeveritySchema = z.strictObject({
  barrierId: z.string().refine((id) => BARRIER_IDS.has(id), { error: 'must be a barrier of the framework' }),
  professionId: professionId(),
  severity: intRange(0, 3),
});

export const filePerceivedCeilingSchema = z.strictObject({
  professionId: professionId(),
  ceiling: z.enum([...LEVEL_IDS, NO_CEILING]),
});

export const fileVoteSchema = z.strictObject({
  participantId: localId(),
  questionId: questionId(),
  dots: intRange(1, 10),
});

export const filePrioritySchema = z.strictObject({
  questionId: questionId(),
  rank: intRange(1, 17).nullable(),
  agreed: bool(),
});

export const fileActionSchema = z.strictObject({
  questionId: questionId(),
  description: text(1000, true),
  /** A board member of the file; null once the owner has left the board (the name stays). */
  ownerId: localId().nullable(),
  ownerName: text(200, true),
  dueDate: isoDate(),
  status: z.enum(ACTION_STATUSES),
  notes: text(2000, false),
  /** A resource of the file: the development offer the action suggests. */
  resourceId: localId().nullable(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});

export const fileChampionSchema = z.strictObject({
  kind: z.enum(CHAMPION_KINDS),
  boardMemberId: localId().nullable(),
  name: text(200, true),
});

export const fileWorkshopSchema = z.strictObject({
  title: text(200, true),
  date: isoDate(),
  facilitator: text(200, false),
  position: z.string().max(60).refine(isPosition, { error: 'must be a step of the walk-through' }).nullable(),
  positionChangedAt: timestamp().nullable(),
  dotsPerParticipant: intRange(1, 10),
  hideVotes: bool(),
  votesRevealed: bool(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  participants: z.array(fileParticipantSchema).max(FILE_LIMITS.participants),
  questionRatings: z.array(fileQuestionRatingSchema).max(17),
  individualRatings: z.array(fileIndividualRatingSchema).max(FILE_LIMITS.participants * 17),
  severities: z.array(fileSeveritySchema).max(BARRIER_IDS.size * PROFESSION_IDS.length),
  perceivedCeilings: z.array(filePerceivedCeilingSchema).max(PROFESSION_IDS.length),
  votes: z.array(fileVoteSchema).max(FILE_LIMITS.participants * 17),
  priorities: z.array(filePrioritySchema).max(17),
  actions: z.array(fileActionSchema).max(FILE_LIMITS.actions),
  champions: z.array(fileChampionSchema).max(CHAMPION_KINDS.length),
});

export const fileWorkforceCountSchema = z.strictObject({
  professionId: z.enum(STAFF_GROUPS),
  levelId: z.enum(LEVEL_IDS),
  headcount: count(),
  fte: z.number().min(0, { error: 'must be 0 or more' }).max(MAX_HEADCOUNT, { error: `must be ${MAX_HEADCOUNT} or fewer` }).nullable(),
});

/** Aggregates only: a count per profession and level, and how the import of its source went. */
export const fileSnapshotSchema = z.strictObject({
  snapshotDate: isoDate(),
  label: text(120, false),
  sourceName: text(260, false),
  shape: z.enum(['person', 'aggregated']),
  hasFte: bool(),
  rowsRead: count(),
  rowsMapped: count(),
  rowsNonClinical: count(),
  rowsExcluded: count(),
  createdAt: timestamp(),
  counts: z.array(fileWorkforceCountSchema).max(STAFF_GROUPS.length * LEVEL_IDS.length),
});

/**
 * A development offer an action suggests. A built-in item carries its seed key, which finds the
 * same item in the receiving library; its content travels too, so a library without that key
 * (an older Boardwalk) can keep the suggestion as one of the user's own items.
 */
export const fileResourceSchema = z.strictObject({
  id: localId(),
  seedKey: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, numbers and hyphens' }).max(120).nullable(),
  title: text(200, true),
  provider: text(200, true),
  description: text(2000, true),
  url: z.string().max(500, { error: 'must be 500 characters or fewer' }).refine(isHttpUrl, { error: 'must be a web address starting http:// or https://' }).nullable(),
  themeIds: z.array(z.enum(THEME_IDS)).min(1, { error: 'must name at least one theme' }).max(THEME_IDS.length),
  allProfessions: bool(),
  professionIds: z.array(professionId()).max(PROFESSION_IDS.length),
  source: z.enum(SOURCE_IDS).nullable(),
  sourceSection: text(200, false),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});

export const workshopFileSchema = z.strictObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(WORKSHOP_FILE_VERSION),
  /** The Boardwalk that wrote it, for people reading the file; import does not depend on it. */
  appVersion: text(40, true),
  exportedAt: timestamp(),
  organisation: fileOrganisationSchema,
  boardMembers: z.array(fileBoardMemberSchema).max(FILE_LIMITS.boardMembers),
  workshops: z.array(fileWorkshopSchema).max(FILE_LIMITS.workshops),
  workforceSnapshots: z.array(fileSnapshotSchema).max(FILE_LIMITS.snapshots),
  resources: z.array(fileResourceSchema).max(FILE_LIMITS.resources),
});

export type WorkshopFile = z.output<typeof workshopFileSchema>;
export type FileOrganisation = z.output<typeof fileOrganisationSchema>;
export type FileBoardMember = z.output<typeof fileBoardMemberSchema>;
export type FileWorkshop = z.output<typeof fileWorkshopSchema>;
export type FileParticipant = z.output<typeof fileParticipantSchema>;
export type FileAction = z.output<typeof fileActionSchema>;
export type FileSnapshot = z.output<typeof fileSnapshotSchema>;
export type FileResource = z.output<typeof fileResourceSchema>;
