import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_NAME_MAX } from '../../shared/organisations/organisation';
import { SEED_RESOURCES } from '../../shared/resources/seed';
import { fileResourceSchema } from '../../shared/workshop-file/format';
import type { WorkshopFile } from '../../shared/workshop-file/format';
import { contentsText, heldText, listText, matchReason } from '../../src-renderer/features/workshop-file/format';
import { importedName, workshopFileName } from '../../shared/workshop-file/summary';
import { crossCheck, formatPath, MAX_PROBLEMS, newerFormatMessage, readWorkshopFileText } from '../../shared/workshop-file/validate';
import { IdMap, LocalIds } from '../../src-main/core/workshop-file/id-map';
import { readBytes } from '../../src-main/core/workshop-file/read-file';

const FIXTURE = path.resolve('test/fixtures/workshop-file/northshire-format-1.boardwalk');
const goodText = fs.readFileSync(FIXTURE, 'utf8');
const good = (): WorkshopFile & Record<string, unknown> => JSON.parse(goodText) as WorkshopFile & Record<string, unknown>;

function problemsOf(file: unknown): readonly string[] {
  const result = readWorkshopFileText(JSON.stringify(file));
  return result.ok ? [] : result.problems;
}

function workshop(file: WorkshopFile, i: number) {
  const found = file.workshops[i];
  if (!found) throw new Error(`no workshop ${i}`);
  return found;
}

describe('the workshop file schema', () => {
  it('accepts a file written by format 1', () => {
    const result = readWorkshopFileText(goodText);
    expect(result.ok).toBe(true);
    expect(crossCheck(good())).toEqual([]);
  });

  it('names a place in the file as a path', () => {
    expect(formatPath(['workshops', 2, 'individualRatings', 5, 'rating'])).toBe('workshops[2].individualRatings[5].rating');
    expect(formatPath(['organisation', 'name'])).toBe('organisation.name');
    expect(formatPath([])).toBe('The file');
  });

  it('tells a newer format, and an impossible one, apart', () => {
    expect(problemsOf({ ...good(), formatVersion: 3 })).toEqual([newerFormatMessage(3)]);
    expect(newerFormatMessage(2)).toBe('This file was made by a newer version of Boardwalk (format 2). Update Boardwalk to open it.');
    expect(problemsOf({ ...good(), formatVersion: 0 })).toEqual(['formatVersion: must be a whole number of 1 or more']);
    expect(problemsOf({ ...good(), formatVersion: 1.5 })).toEqual(['formatVersion: must be a whole number of 1 or more']);
  });

  it('says what is wrong in words, not zod’s', () => {
    const file = good();
    Object.assign(file.organisation, { type: 'hospital', createdAt: 'yesterday' });
    Object.assign(workshop(file, 0), { participants: 'everyone' });
    delete (file as Partial<WorkshopFile>).resources;
    expect(problemsOf(file)).toEqual([
      'organisation.type: must be one of "nhs-trust", "nhs-foundation-trust", "integrated-care-board", "other"',
      'organisation.createdAt: must be a date and time like 2026-03-27T09:30:00.000Z',
      'workshops[0].participants: must be a list',
      'resources: is missing',
    ]);
  });

  it('refuses blank required text but keeps optional text optional', () => {
    const file = good();
    Object.assign(workshop(file, 0), { title: '   ', facilitator: '' });
    expect(problemsOf(file)).toEqual(['workshops[0].title: must not be empty']);
  });

  it('stops at twenty problems', () => {
    const file = good();
    for (const rating of workshop(file, 0).questionRatings) rating.consensus = 9;
    for (const rating of workshop(file, 1).questionRatings) rating.consensus = 9;
    for (const member of file.boardMembers) member.name = '';
    const problems = problemsOf(file);
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[0]).toBe('boardMembers[0].name: must not be empty');
  });
});

describe('what one part of the file says about another', () => {
  it('a guest who is a board member', () => {
    const file = good();
    const guest = workshop(file, 0).participants.find((p) => p.guest);
    if (!guest) throw new Error('no guest');
    guest.boardMemberId = 1;
    expect(crossCheck(file)).toEqual([`workshops[0].participants[5].boardMemberId: must be null for a guest`]);
  });

  it('a participant id used in two workshops, and a member seated twice', () => {
    const file = good();
    const [a, b] = [workshop(file, 0).participants[0], workshop(file, 1).participants[0]];
    if (!a || !b) throw new Error('no participants');
    b.id = a.id;
    const second = workshop(file, 0).participants[1];
    if (second) second.boardMemberId = a.boardMemberId;
    expect(crossCheck(file)).toEqual([
      'workshops[0].participants[1].boardMemberId: board member 1 takes part in this workshop twice',
      'workshops[1].participants[0].id: 1 is already the id of workshops[0].participants[0]',
      // The second workshop's rating and votes by its first participant (7) now point at nobody there.
      'workshops[1].individualRatings[0].participantId: there is no participant with id 7 in this workshop',
      'workshops[1].votes[0].participantId: there is no participant with id 7 in this workshop',
      'workshops[1].votes[1].participantId: there is no participant with id 7 in this workshop',
    ]);
  });

  it('a rank given twice, two champions of a kind, a question rated twice', () => {
    const file = good();
    const w = workshop(file, 0);
    const [p1, p2] = w.priorities.filter((p) => p.rank !== null);
    if (!p1 || !p2) throw new Error('no ranks');
    p2.rank = p1.rank;
    w.champions = [...w.champions, { kind: 'executive', boardMemberId: null, name: 'Someone' }];
    w.questionRatings = [...w.questionRatings, { ...(w.questionRatings[0] ?? { questionId: 'q1', consensus: null, notes: '', updatedAt: '' }) }];
    expect(crossCheck(file)).toEqual([
      `workshops[0].questionRatings[${w.questionRatings.length - 1}].questionId: q1 is rated twice in this workshop`,
      `workshops[0].priorities: rank ${p1.rank} is given to two questions`,
      'workshops[0].champions[2].kind: there are two executive champions',
    ]);
  });

  it('a library item that is half built-in, and one with professions both ways', () => {
    const file = good();
    const [first, second] = file.resources;
    if (!first || !second) throw new Error('no resources');
    const own = first.seedKey === null ? first : second;
    own.source = 'framework';
    own.allProfessions = true;
    expect(crossCheck(file)).toEqual([
      `resources[${file.resources.indexOf(own)}].source: a built-in item has both a seedKey and a source, and one of your own has neither`,
      `resources[${file.resources.indexOf(own)}].professionIds: select all clinical professions or particular professions, not both`,
    ]);
  });

  it('a count given twice, and a missing FTE in a snapshot with FTE', () => {
    const file = good();
    const snapshot = file.workforceSnapshots[1];
    if (!snapshot?.hasFte) throw new Error('the second snapshot has FTE');
    const [c0] = snapshot.counts;
    if (!c0) throw new Error('no counts');
    snapshot.counts.push({ ...c0 });
    c0.fte = null;
    expect(crossCheck(file)).toEqual([
      'workforceSnapshots[1].counts[0].fte: must be a number, as the snapshot has FTE',
      `workforceSnapshots[1].counts[${snapshot.counts.length - 1}]: ${c0.professionId} at ${c0.levelId} is counted twice`,
    ]);
  });
});

describe('reading the bytes', () => {
  it('accepts a byte order mark, as Notepad writes one', () => {
    expect(readBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(goodText)])).ok).toBe(true);
  });
});

describe('ids between the database and the file', () => {
  it('export numbers records 1, 2, 3 in the order it meets them and translates references', () => {
    const ids = new LocalIds('board member');
    expect([ids.add(40), ids.add(7), ids.add(12), ids.add(7)]).toEqual([1, 2, 3, 2]);
    expect(ids.ref(12)).toBe(3);
    expect(ids.ref(null)).toBeNull();
    expect(() => ids.ref(99)).toThrow('A board member with database id 99 is referred to but not in the file');
  });

  it('import learns each new id once and refuses a reference it never learnt', () => {
    const ids = new IdMap('participant');
    ids.set(1, 501);
    ids.set(2, 502);
    expect([ids.ref(2), ids.ref(1), ids.ref(null), ids.size]).toEqual([502, 501, null, 2]);
    expect(() => ids.set(1, 503)).toThrow('participant 1 appears twice');
    expect(() => ids.ref(3)).toThrow('The file refers to participant 3, which it does not contain');
  });
});

describe('names', () => {
  const today = new Date('2026-11-21T15:00:00Z');

  it('keeps the organisation’s name while it is free, and suffixes it when taken', () => {
    expect(importedName(' Northshire ', today, () => false)).toBe('Northshire');
    const taken = new Set(['Northshire', 'Northshire (imported 21 Nov 2026)']);
    expect(importedName('Northshire', today, (n) => taken.has(n))).toBe('Northshire (imported 21 Nov 2026, 2)');
  });

  it('shortens a long name, never the suffix, to fit', () => {
    const long = 'N'.repeat(ORGANISATION_NAME_MAX);
    const name = importedName(long, today, (n) => n === long);
    expect(name).toHaveLength(ORGANISATION_NAME_MAX);
    expect(name.endsWith(' (imported 21 Nov 2026)')).toBe(true);
  });

  it('suggests a file name any desktop accepts', () => {
    expect(workshopFileName('Northshire Hospitals NHS Trust', today)).toBe('Northshire Hospitals NHS Trust 2026-11-21.boardwalk');
    expect(workshopFileName('A/B: "C" <D>|E?*. ', today)).toBe('A B C D E 2026-11-21.boardwalk');
    expect(workshopFileName('...', today)).toBe('organisation 2026-11-21.boardwalk');
  });
});

describe('built-in library items', () => {
  it('each can travel in a file (an action may suggest any of them)', () => {
    const resources = SEED_RESOURCES.map((seed, i) => ({
      id: i + 1,
      seedKey: seed.key,
      title: seed.title,
      provider: seed.provider,
      description: seed.description,
      url: seed.url ?? null,
      themeIds: [...seed.themeIds],
      allProfessions: seed.professions === 'all',
      professionIds: seed.professions === 'all' ? [] : [...seed.professions],
      source: seed.source,
      sourceSection: seed.sourceSection,
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    }));
    for (const resource of resources) expect(fileResourceSchema.safeParse(resource).error, resource.seedKey).toBeUndefined();
    expect(crossCheck({ ...good(), resources })).toEqual([]);
  });
});

describe('the import screen’s sentences', () => {
  it('says what a file holds', () => {
    expect(contentsText({ boardMembers: 1, workshops: 1, ratedQuestions: 1, agreedPriorities: 1, actions: 1, snapshots: 1, resources: 1 })).toBe(
      '1 board member, 1 workshop (1 question rated, 1 agreed priority and 1 action), 1 workforce snapshot and 1 development offer',
    );
    expect(contentsText({ boardMembers: 0, workshops: 0, ratedQuestions: 0, agreedPriorities: 0, actions: 0, snapshots: 0, resources: 0 })).toBe(
      '0 board members, 0 workshops, 0 workforce snapshots and 0 development offers',
    );
    expect(heldText({ boardMembers: 9, workshops: 3, snapshots: 2 })).toBe('9 board members, 3 workshops and 2 workforce snapshots');
    expect([listText([]), listText(['a']), listText(['a', 'b'])]).toEqual(['', 'a', 'a and b']);
  });

  it('says why an organisation here matches', () => {
    expect(matchReason({ sameOdsCode: true, sameName: true, odsCode: 'RXN' })).toBe('the same name and ODS code (RXN)');
    expect(matchReason({ sameOdsCode: true, sameName: false, odsCode: 'RXN' })).toBe('the same ODS code (RXN)');
    expect(matchReason({ sameOdsCode: false, sameName: true, odsCode: null })).toBe('the same name');
  });
});
