import type { Database } from 'better-sqlite3';
import { THEMES } from '../../shared/framework/content';
import type { Core } from '../../src-main/core/app-core';
import { seedOrganisationWithBoard } from './fixtures-data';
import { NORTHSHIRE_2025, NORTHSHIRE_2026, seedSnapshot } from './workforce-data';

/** A clock that moves on a second at every reading, so stored timestamps differ as in real use. */
export function tickingClock(start = '2026-11-01T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => {
    at += 1000;
    return new Date(at);
  };
}

async function ok<T>(pending: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export type RichOrganisation = { organisationId: number; memberIds: number[]; workshopIds: [number, number]; userResourceId: number };

/**
 * An organisation with something in every table a workshop file carries: the board of ten, two
 * workshops (the second a repeat) with board participants and a guest, consensus and individual
 * ratings, notes, severities, perceived ceilings, a position in the walk-through, dot votes with
 * hidden totals, the board's order, agreed priorities, actions with owners (one suggesting a
 * built-in offer, one the user's own), champions, two workforce snapshots; then a board member
 * who owned an action and took part leaves the board (so some references are null and only the
 * copied names remain). Another user resource no action suggests must not travel.
 */
export async function seedRichOrganisation(core: Pick<Core, 'call' | 'db'>): Promise<RichOrganisation> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const member = (i: number) => memberIds[i] ?? 0;

  const userResource = await ok(
    core.call('resource.add', {
      title: 'Northshire shadow board for AHPs',
      provider: 'Northshire Hospitals NHS Trust',
      description: 'Six AHPs at Band 7 and 8a sit as a shadow board for a year, with a mentor from the board.',
      url: 'https://northshire.example.nhs.uk/shadow-board',
      themeIds: ['talent-management', 'widening-perspectives'],
      allProfessions: false,
      professionIds: ['ahp', 'healthcare-scientists'],
    }),
  );
  await ok(
    core.call('resource.add', {
      title: 'A resource no action suggests',
      provider: 'Someone else',
      description: 'Stays in this library only.',
      themeIds: ['building-confidence'],
      allProfessions: true,
      professionIds: [],
    }),
  );
  const builtIn = (await ok(core.call('resource.list', { themeId: 'talent-management' }))).find((r) => r.builtIn);
  if (!builtIn) throw new Error('No built-in resource for talent management');

  const first = await ok(
    core.call('workshop.create', {
      organisationId,
      title: 'Clinical leadership: where we are',
      date: '2025-12-04',
      facilitator: 'Ruth Gold',
      participants: { boardMemberIds: [member(0), member(1), member(3), member(4), member(5)], guests: [{ name: 'Kate Moss', role: 'Head of OD' }] },
    }),
  );
  const second = await ok(
    core.call('workshop.create', {
      organisationId,
      title: 'Clinical leadership: a year on',
      date: '2026-11-19',
      facilitator: '',
      participants: { boardMemberIds: [member(0), member(1), member(3), member(5), member(7)], guests: [{ name: 'Dr Ade Bello', role: '' }] },
    }),
  );

  for (const [index, workshop] of [first, second].entries()) {
    const w = workshop.id;
    const people = workshop.participants.map((p) => p.id);
    const person = (i: number) => people[i] ?? 0;
    for (const [q, rating] of [['q1', 2], ['q2', 3], ['q5', 1 + index], ['q10', 4], ['q17', 5]] as const) {
      await ok(core.call('session.setConsensus', { workshopId: w, questionId: q, rating }));
    }
    await ok(core.call('session.setNotes', { workshopId: w, questionId: 'q2', notes: `Notes ${index}: “quoted”, a line\nand another — with é and 👍` }));
    await ok(core.call('session.setNotes', { workshopId: w, questionId: 'q9', notes: 'Notes without a rating' }));
    await ok(core.call('session.setIndividual', { workshopId: w, questionId: 'q1', participantId: person(0), rating: 1 }));
    await ok(core.call('session.setIndividual', { workshopId: w, questionId: 'q1', participantId: person(2), rating: 4 }));
    await ok(core.call('session.setIndividual', { workshopId: w, questionId: 'q10', participantId: person(5), rating: 5 }));
    await ok(core.call('session.setSeverity', { workshopId: w, barrierId: firstBarrier(), professionId: 'ahp', severity: 3 }));
    await ok(core.call('session.setSeverity', { workshopId: w, barrierId: firstBarrier(), professionId: 'nurses', severity: 0 }));
    await ok(core.call('session.setCeiling', { workshopId: w, professionId: 'midwives', ceiling: 'band-8a' }));
    await ok(core.call('session.setCeiling', { workshopId: w, professionId: 'doctors', ceiling: 'no-ceiling' }));
    await ok(core.call('session.setPosition', { workshopId: w, position: index === 0 ? 'priorities' : 'question:q5' }));
    await ok(core.call('priorities.setVoting', { workshopId: w, dotsPerParticipant: 4, hideVotes: index === 1, revealed: false }));
    await ok(core.call('priorities.setVote', { workshopId: w, participantId: person(0), questionId: 'q5', dots: 3 }));
    await ok(core.call('priorities.setVote', { workshopId: w, participantId: person(0), questionId: 'q9', dots: 1 }));
    await ok(core.call('priorities.setVote', { workshopId: w, participantId: person(5), questionId: 'q5', dots: 2 }));
    await ok(core.call('priorities.setVote', { workshopId: w, participantId: person(2), questionId: 'q12', dots: 4 }));
    const order = ['q5', 'q12', 'q9', ...Array.from({ length: 17 }, (_, i) => `q${i + 1}`).filter((q) => !['q5', 'q12', 'q9'].includes(q))];
    await ok(core.call('priorities.setOrder', { workshopId: w, order }));
    for (const q of ['q5', 'q12']) await ok(core.call('priorities.setAgreed', { workshopId: w, questionId: q, agreed: true }));
    await ok(
      core.call('action.add', {
        workshopId: w,
        questionId: 'q5',
        description: `Set up an AHP shadow board (${index + 1})`,
        ownerId: member(5),
        dueDate: '2027-03-31',
        status: 'in-progress',
        notes: 'Report to the March board',
        resourceId: userResource.id,
      }),
    );
    await ok(
      core.call('action.add', {
        workshopId: w,
        questionId: 'q12',
        description: `Talent review for clinical staff at 8a and above (${index + 1})`,
        ownerId: member(3),
        dueDate: '2027-06-30',
        status: 'not-started',
        notes: '',
        resourceId: builtIn.id,
      }),
    );
    await ok(core.call('priorities.setChampion', { workshopId: w, kind: 'executive', boardMemberId: member(5) }));
    await ok(core.call('priorities.setChampion', { workshopId: w, kind: 'non-executive', boardMemberId: member(7) }));
  }

  seedSnapshot(core, organisationId, { snapshotDate: '2025-03-31', label: 'Year end', counts: NORTHSHIRE_2025, shape: 'aggregated', rowsExcluded: 12 });
  seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });

  // Sam Patel (AHP director) leaves: the actions, champions and participants keep the name.
  await ok(core.call('board.remove', { id: member(5) }));
  return { organisationId, memberIds, workshopIds: [first.id, second.id], userResourceId: userResource.id };
}

function firstBarrier(): string {
  const id = THEMES[0]?.barriers[0]?.id;
  if (id === undefined) throw new Error('The framework has no barriers');
  return id;
}

type Row = Record<string, unknown>;
type ForeignKey = { id: number; table: string; from: string; to: string };

/**
 * Everything the workshop file is about, with database ids replaced by what they point at: a
 * row's own `id` is dropped, and each foreign key becomes the referenced row's own canonical
 * form (recursively). Two databases holding the same organisation give equal dumps whatever
 * ids they gave it. Every column of every table is included, so a column the file does not
 * carry shows up as a difference. The library belongs to no organisation: only items that
 * actions suggest are dumped, and a built-in item's own timestamps (the library's, set when the
 * database was made) are left out.
 */
export function canonicalDump(db: Database, excludedTables: readonly string[]): Record<string, string[]> {
  const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>)
    .map((t) => t.name)
    .filter((name) => !excludedTables.includes(name));
  const suggested = new Set((db.prepare('SELECT DISTINCT resource_id AS id FROM action WHERE resource_id IS NOT NULL').all() as Array<{ id: number }>).map((r) => r.id));
  const memo = new Map<string, string>();

  const canonical = (table: string, row: Row): string => {
    const keys = db.prepare(`SELECT * FROM pragma_foreign_key_list('${table}')`).all() as ForeignKey[];
    const dropped = new Set(['id', ...keys.map((key) => key.from)]);
    if (table === 'resource' && row['built_in'] === 1) dropped.add('created_at').add('updated_at');
    const out: Row = Object.fromEntries(Object.entries(row).filter(([column]) => !dropped.has(column)));
    const byId = new Map<number, ForeignKey[]>();
    for (const key of keys) byId.set(key.id, [...(byId.get(key.id) ?? []), key]);
    for (const group of byId.values()) {
      const target = group[0]?.table ?? '';
      const values = group.map((key) => row[key.from]);
      const label = `→${group.map((key) => key.from).join('+')}`;
      if (values.some((v) => v === null)) {
        out[label] = null;
        continue;
      }
      const memoKey = `${target}:${JSON.stringify(values)}`;
      let referenced = memo.get(memoKey);
      if (referenced === undefined) {
        const where = group.map((key) => `"${key.to}" = ?`).join(' AND ');
        const targetRow = db.prepare(`SELECT * FROM "${target}" WHERE ${where}`).get(...values) as Row | undefined;
        referenced = targetRow ? canonical(target, targetRow) : 'MISSING';
        memo.set(memoKey, referenced);
      }
      out[label] = referenced;
    }
    return JSON.stringify(Object.keys(out).sort().map((k) => [k, out[k]]));
  };

  const dump: Record<string, string[]> = {};
  for (const table of tables) {
    let rows = db.prepare(`SELECT * FROM "${table}"`).all() as Row[];
    if (table === 'resource') rows = rows.filter((r) => suggested.has(r['id'] as number));
    if (table === 'resource_theme' || table === 'resource_profession') rows = rows.filter((r) => suggested.has(r['resource_id'] as number));
    dump[table] = rows.map((row) => canonical(table, row)).sort();
  }
  return dump;
}
