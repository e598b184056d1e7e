import type { z } from 'zod';
import { addBoardMemberInputSchema } from '../board/board-member';
import { addResourceInputSchema } from '../resources/resource';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, workshopFileSchema } from './format';
import type { FileWorkshop, WorkshopFile } from './format';

/**
 * Reading a workshop file's text: JSON, then the header (is it ours, and not from the future),
 * then the whole schema, then everything one part of the file says about another. Every problem
 * names the part of the file it is in, as a path like `workshops[2].votes[5].dots`.
 */

export type FileProblemKind = 'not-json' | 'truncated' | 'not-workshop-file' | 'newer-format' | 'invalid';

export type ReadResult =
  | { readonly ok: true; readonly file: WorkshopFile }
  | { readonly ok: false; readonly kind: FileProblemKind; readonly problems: readonly string[] };

/** Enough to put right a file by hand, without burying the first problem. */
export const MAX_PROBLEMS = 20;

export const NOT_A_WORKSHOP_FILE = 'This is not a Boardwalk workshop file.';
export const TRUNCATED_FILE =
  'The file ends too early: it may have been cut short while it was copied or downloaded. Export it again from the Boardwalk it came from.';

export function newerFormatMessage(version: number): string {
  return `This file was made by a newer version of Boardwalk (format ${version}). Update Boardwalk to open it.`;
}

type Path = readonly PropertyKey[];

/** `workshops[2].ratings[5].rating`; the file itself when the path is empty. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? 'The file' : out;
}

function problem(path: Path, message: string): string {
  return `${formatPath(path)}: ${message}`;
}

export function readWorkshopFileText(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return jsonProblem(text, error);
  }
  const header = checkHeader(data);
  if (header) return header;
  const parsed = workshopFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, kind: 'invalid', problems: describeIssues(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, file: parsed.data };
}

function jsonProblem(text: string, error: unknown): ReadResult {
  const message = error instanceof Error ? error.message : '';
  const start = text.trimStart();
  if (start === '' || (!start.startsWith('{') && !start.startsWith('['))) {
    return { ok: false, kind: 'not-json', problems: [`${NOT_A_WORKSHOP_FILE} It is not JSON text, which workshop files are.`] };
  }
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : null;
  // Cut off mid-way: the parser ran out of text, or stopped inside its last few characters.
  if (/end of JSON input|Unterminated string/i.test(message) || (at !== null && at >= text.trimEnd().length - 1)) {
    return { ok: false, kind: 'truncated', problems: [TRUNCATED_FILE] };
  }
  const where = at === null ? '' : ` at ${lineAndColumn(text, at)}`;
  return { ok: false, kind: 'not-json', problems: [`The file is damaged: it is not valid JSON text${where}.`] };
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function checkHeader(data: unknown): ReadResult | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, kind: 'not-workshop-file', problems: [NOT_A_WORKSHOP_FILE] };
  }
  const header = data as { format?: unknown; formatVersion?: unknown };
  if (header.format !== WORKSHOP_FILE_FORMAT) {
    return { ok: false, kind: 'not-workshop-file', problems: [`${NOT_A_WORKSHOP_FILE} It does not say "format": "${WORKSHOP_FILE_FORMAT}".`] };
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, kind: 'invalid', problems: [problem(['formatVersion'], 'must be a whole number of 1 or more')] };
  }
  if (version > WORKSHOP_FILE_VERSION) return { ok: false, kind: 'newer-format', problems: [newerFormatMessage(version)] };
  return null;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Zod's issues in words a person fixing the file can act on. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_PROBLEMS) break;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(problem([...issue.path, key], 'is not part of a workshop file of this format'));
      continue;
    }
    out.push(problem(issue.path, describeIssue(issue)));
  }
  return out.slice(0, MAX_PROBLEMS);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have ${String(issue.maximum)} items or fewer`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'}`;
      return issue.message;
    case 'invalid_value':
      if (issue.values.length <= 12) return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return 'is not one of the values this version of Boardwalk knows';
    case 'invalid_union':
      return 'is not in any form this version of Boardwalk knows';
    default:
      return issue.message;
  }
}

/** What the schema cannot see: references between parts of the file, and the app's own rules. */
export function crossCheck(file: WorkshopFile): string[] {
  const problems: string[] = [];
  const add = (path: Path, message: string) => {
    problems.push(problem(path, message));
  };

  const memberIds = new Map<number, number>();
  file.boardMembers.forEach((member, i) => {
    const earlier = memberIds.get(member.id);
    if (earlier !== undefined) add(['boardMembers', i, 'id'], `${member.id} is already the id of boardMembers[${earlier}]`);
    else memberIds.set(member.id, i);
    // The same rules as the board member form: a chief executive is an executive, and so on.
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = member;
    const checked = addBoardMemberInputSchema.safeParse({ organisationId: 1, ...fields });
    if (!checked.success) for (const issue of checked.error.issues) add(['boardMembers', i, ...issue.path], lowerFirst(issue.message));
  });

  const resourceIds = new Map<number, number>();
  file.resources.forEach((resource, i) => {
    const at = (field: string) => ['resources', i, field];
    const earlier = resourceIds.get(resource.id);
    if (earlier !== undefined) add(at('id'), `${resource.id} is already the id of resources[${earlier}]`);
    else resourceIds.set(resource.id, i);
    if ((resource.seedKey === null) !== (resource.source === null)) {
      add(at('source'), 'a built-in item has both a seedKey and a source, and one of your own has neither');
    }
    if (resource.seedKey === null && resource.sourceSection !== '') add(at('sourceSection'), 'must be empty for one of your own items');
    const checked = addResourceInputSchema.safeParse({
      title: resource.title,
      provider: resource.provider,
      description: resource.description,
      url: resource.url ?? '',
      themeIds: resource.themeIds,
      allProfessions: resource.allProfessions,
      professionIds: resource.professionIds,
    });
    if (!checked.success) for (const issue of checked.error.issues) add(['resources', i, ...issue.path], lowerFirst(issue.message));
  });

  const participantIds = new Map<number, string>();
  file.workshops.forEach((workshop, w) => {
    checkWorkshop(workshop, ['workshops', w], { memberIds, resourceIds, participantIds }, add);
  });

  const dates = new Map<string, number>();
  file.workforceSnapshots.forEach((snapshot, s) => {
    const earlier = dates.get(snapshot.snapshotDate);
    if (earlier !== undefined) add(['workforceSnapshots', s, 'snapshotDate'], `${snapshot.snapshotDate} is already the date of workforceSnapshots[${earlier}]`);
    else dates.set(snapshot.snapshotDate, s);
    const cells = new Set<string>();
    snapshot.counts.forEach((cell, c) => {
      const key = `${cell.professionId} ${cell.levelId}`;
      if (cells.has(key)) add(['workforceSnapshots', s, 'counts', c], `${cell.professionId} at ${cell.levelId} is counted twice`);
      cells.add(key);
      if (snapshot.hasFte && cell.fte === null) add(['workforceSnapshots', s, 'counts', c, 'fte'], 'must be a number, as the snapshot has FTE');
    });
  });
  return problems;
}

type Known = {
  readonly memberIds: ReadonlyMap<number, number>;
  readonly resourceIds: ReadonlyMap<number, number>;
  /** Participant ids are unique across the file; each maps to where it was first seen. */
  readonly participantIds: Map<number, string>;
};

function checkWorkshop(workshop: FileWorkshop, at: Path, known: Known, add: (path: Path, message: string) => void): void {
  const here = new Map<number, string>();
  const seatedMembers = new Set<number>();
  workshop.participants.forEach((participant, p) => {
    const path = [...at, 'participants', p];
    const earlier = known.participantIds.get(participant.id);
    if (earlier !== undefined) add([...path, 'id'], `${participant.id} is already the id of ${earlier}`);
    else known.participantIds.set(participant.id, formatPath(path));
    here.set(participant.id, participant.name);
    if (participant.boardMemberId === null) return;
    if (participant.guest) add([...path, 'boardMemberId'], 'must be null for a guest');
    else if (!known.memberIds.has(participant.boardMemberId)) add([...path, 'boardMemberId'], noMember(participant.boardMemberId));
    else if (seatedMembers.has(participant.boardMemberId)) add([...path, 'boardMemberId'], `board member ${participant.boardMemberId} takes part in this workshop twice`);
    seatedMembers.add(participant.boardMemberId);
  });
  const participantIn = (id: number) => here.has(id);

  unique(workshop.questionRatings, (r) => r.questionId, (i, key) => add([...at, 'questionRatings', i, 'questionId'], `${key} is rated twice in this workshop`));
  workshop.individualRatings.forEach((rating, i) => {
    if (!participantIn(rating.participantId)) add([...at, 'individualRatings', i, 'participantId'], noParticipant(rating.participantId));
  });
  unique(
    workshop.individualRatings,
    (r) => `${r.participantId} ${r.questionId}`,
    (i) => add([...at, 'individualRatings', i], 'the participant has already rated this question'),
  );
  unique(
    workshop.severities,
    (s) => `${s.barrierId} ${s.professionId}`,
    (i) => add([...at, 'severities', i], 'the severity of this barrier for this profession is given twice'),
  );
  unique(workshop.perceivedCeilings, (c) => c.professionId, (i, key) => add([...at, 'perceivedCeilings', i, 'professionId'], `${key} has two perceived ceilings`));

  const dotsPlaced = new Map<number, number>();
  workshop.votes.forEach((vote, i) => {
    if (!participantIn(vote.participantId)) add([...at, 'votes', i, 'participantId'], noParticipant(vote.participantId));
    dotsPlaced.set(vote.participantId, (dotsPlaced.get(vote.participantId) ?? 0) + vote.dots);
  });
  unique(workshop.votes, (v) => `${v.participantId} ${v.questionId}`, (i) => add([...at, 'votes', i], 'the participant has two votes on this question'));
  for (const [participantId, dots] of dotsPlaced) {
    if (dots > workshop.dotsPerParticipant) {
      const name = here.get(participantId) ?? `participant ${participantId}`;
      add([...at, 'votes'], `${name} has placed ${dots} dots, more than the ${workshop.dotsPerParticipant} each participant has`);
    }
  }

  unique(workshop.priorities, (p) => p.questionId, (i, key) => add([...at, 'priorities', i, 'questionId'], `${key} is listed twice`));
  unique(
    workshop.priorities.filter((p) => p.rank !== null),
    (p) => String(p.rank),
    (_i, key) => add([...at, 'priorities'], `rank ${key} is given to two questions`),
  );
  const agreed = new Set(workshop.priorities.filter((p) => p.agreed).map((p) => p.questionId));
  workshop.actions.forEach((action, i) => {
    const path = [...at, 'actions', i];
    if (!agreed.has(action.questionId)) add([...path, 'questionId'], `${action.questionId} is not an agreed priority of this workshop`);
    if (action.ownerId !== null && !known.memberIds.has(action.ownerId)) add([...path, 'ownerId'], noMember(action.ownerId));
    if (action.resourceId !== null && !known.resourceIds.has(action.resourceId)) {
      add([...path, 'resourceId'], `there is no resource with id ${action.resourceId} in the file`);
    }
  });
  unique(workshop.champions, (c) => c.kind, (i, key) => add([...at, 'champions', i, 'kind'], `there are two ${key} champions`));
  workshop.champions.forEach((champion, i) => {
    if (champion.boardMemberId !== null && !known.memberIds.has(champion.boardMemberId)) {
      add([...at, 'champions', i, 'boardMemberId'], noMember(champion.boardMemberId));
    }
  });
}

function unique<T>(items: readonly T[], key: (item: T) => string, onRepeat: (index: number, key: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) onRepeat(i, k);
    seen.add(k);
  });
}

function noMember(id: number): string {
  return `there is no board member with id ${id} in the file`;
}

function noParticipant(id: number): string {
  return `there is no participant with id ${id} in this workshop`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
