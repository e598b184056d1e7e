import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEMES } from '../../shared/framework/content';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';

let core: TestCore;
let workshopId: number;
let participantIds: number[];
let otherWorkshop: { id: number; participantId: number };

beforeEach(async () => {
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'));
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const created = await core.call('workshop.create', { organisationId, title: 'W', date: '2026-12-03', facilitator: '', participants: { boardMemberIds: memberIds.slice(0, 8), guests: [] } });
  if (!created.ok) throw new Error('setup');
  workshopId = created.value.id;
  participantIds = created.value.participants.map((p) => p.id);
  const other = await seedOrganisationWithBoard(core, 'Other trust', 'ROT');
  const otherCreated = await core.call('workshop.create', { organisationId: other.organisationId, title: 'X', date: '2026-12-03', facilitator: '', participants: { boardMemberIds: other.memberIds.slice(0, 1), guests: [] } });
  if (!otherCreated.ok) throw new Error('setup');
  otherWorkshop = { id: otherCreated.value.id, participantId: otherCreated.value.participants[0]?.id ?? 0 };
});
afterEach(() => core.dispose());

const barrier = THEMES[0]?.barriers[0]?.id ?? '';

describe('the walk-through session', () => {
  it('stores consensus ratings, notes and individual ratings, and reads them back in question order', async () => {
    expect(await core.call('session.setConsensus', { workshopId, questionId: 'q10', rating: 2 })).toEqual({
      ok: true,
      value: { questionId: 'q10', consensus: 2, notes: '', individual: [] },
    });
    await core.call('session.setNotes', { workshopId, questionId: 'q2', notes: 'Evidence: staff survey 2025, p. 12' });
    await core.call('session.setIndividual', { workshopId, questionId: 'q2', participantId: participantIds[1] as number, rating: 5 });
    const last = await core.call('session.setIndividual', { workshopId, questionId: 'q2', participantId: participantIds[0] as number, rating: 1 });
    expect(last).toMatchObject({ ok: true, value: { individual: [{ participantId: participantIds[0], rating: 1 }, { participantId: participantIds[1], rating: 5 }] } });
    const session = await core.call('session.get', { workshopId });
    if (!session.ok) throw new Error('read');
    expect(session.value.ratings.map((r) => [r.questionId, r.consensus, r.notes, r.individual.length])).toEqual([
      ['q2', null, 'Evidence: staff survey 2025, p. 12', 2],
      ['q10', 2, '', 0],
    ]);
    expect(session.value.workshop.questionsRated).toBe(1);
    expect(session.value.organisationName).toBe('Northshire Hospitals NHS Trust');
  });

  it('clears a rating with null, leaving no empty row behind', async () => {
    const before = contentHash(core.db);
    await core.call('session.setConsensus', { workshopId, questionId: 'q1', rating: 4 });
    await core.call('session.setConsensus', { workshopId, questionId: 'q1', rating: null });
    await core.call('session.setNotes', { workshopId, questionId: 'q1', notes: 'x' });
    await core.call('session.setNotes', { workshopId, questionId: 'q1', notes: '' });
    await core.call('session.setIndividual', { workshopId, questionId: 'q1', participantId: participantIds[0] as number, rating: 3 });
    await core.call('session.setIndividual', { workshopId, questionId: 'q1', participantId: participantIds[0] as number, rating: null });
    expect(contentHash(core.db)).toBe(before);
  });

  it('stores heatmap severities and perceived ceilings, and clears them', async () => {
    expect(await core.call('session.setSeverity', { workshopId, barrierId: barrier, professionId: 'ahp', severity: 3 })).toEqual({ ok: true, value: { barrierId: barrier, professionId: 'ahp', severity: 3 } });
    await core.call('session.setSeverity', { workshopId, barrierId: barrier, professionId: 'nurses', severity: 0 });
    await core.call('session.setCeiling', { workshopId, professionId: 'pharmacists', ceiling: 'band-8b' });
    await core.call('session.setCeiling', { workshopId, professionId: 'doctors', ceiling: 'no-ceiling' });
    let session = await core.call('session.get', { workshopId });
    expect(session.ok && session.value.severities).toEqual([
      { barrierId: barrier, professionId: 'ahp', severity: 3 },
      { barrierId: barrier, professionId: 'nurses', severity: 0 },
    ]);
    expect(session.ok && [...session.value.perceivedCeilings].sort((a, b) => a.professionId.localeCompare(b.professionId))).toEqual([
      { professionId: 'doctors', ceiling: 'no-ceiling' },
      { professionId: 'pharmacists', ceiling: 'band-8b' },
    ]);
    await core.call('session.setSeverity', { workshopId, barrierId: barrier, professionId: 'ahp', severity: null });
    await core.call('session.setCeiling', { workshopId, professionId: 'doctors', ceiling: null });
    session = await core.call('session.get', { workshopId });
    expect(session.ok && session.value.severities).toHaveLength(1);
    expect(session.ok && session.value.perceivedCeilings).toHaveLength(1);
  });

  it('remembers where the facilitator is, for the presenter view and for resuming', async () => {
    expect(await core.call('session.setPosition', { workshopId, position: 'question:q7' })).toEqual({ ok: true, value: { position: 'question:q7', changedAt: '2026-11-21T10:00:00.000Z' } });
    const session = await core.call('session.get', { workshopId });
    expect(session.ok && session.value.position).toBe('question:q7');
  });

  it.each([
    ['session.setConsensus', { questionId: 'q1', rating: 6 }, ['rating'], 'A rating must be from 1 to 5'],
    ['session.setConsensus', { questionId: 'q1', rating: 0 }, ['rating'], 'A rating must be from 1 to 5'],
    ['session.setConsensus', { questionId: 'q1', rating: 2.5 }, ['rating'], 'A rating must be a whole number from 1 to 5'],
    ['session.setConsensus', { questionId: 'q1', rating: '3' }, ['rating'], 'A rating must be a number from 1 to 5'],
    ['session.setConsensus', { questionId: 'q18', rating: 3 }, ['questionId'], 'There is no such key question (they run from q1 to q17)'],
    ['session.setNotes', { questionId: 'q1', notes: 'x'.repeat(10_001) }, ['notes'], 'Notes must be 10,000 characters or fewer'],
    ['session.setSeverity', { barrierId: barrier, professionId: 'ahp', severity: 4 }, ['severity'], 'A severity must be from 0 (none) to 3 (major)'],
    ['session.setSeverity', { barrierId: 'made-up', professionId: 'ahp', severity: 1 }, ['barrierId'], 'There is no such barrier in the framework'],
    ['session.setSeverity', { barrierId: barrier, professionId: 'porters', severity: 1 }, ['professionId'], 'There is no such clinical profession'],
    ['session.setCeiling', { professionId: 'nurses', ceiling: 'band-10' }, ['ceiling'], 'Choose a level, or “no ceiling”'],
    ['session.setPosition', { position: 'question:q99' }, ['position'], 'Position is not recognised'],
  ] as const)('%s refuses bad input #%# with a message on the field (%3$j), writing nothing', async (channel, fields, path, message) => {
    const before = contentHash(core.db);
    const result = await core.dispatch(channel, { workshopId, ...fields });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path, message } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses an individual rating from someone not taking part, including a participant of another organisation’s workshop', async () => {
    const before = contentHash(core.db);
    for (const participantId of [otherWorkshop.participantId, 999]) {
      const result = await core.call('session.setIndividual', { workshopId, questionId: 'q1', participantId, rating: 3 });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['participantId'], message: `Participant ${participantId} is not taking part in this workshop` } });
    }
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses writes to a workshop that does not exist', async () => {
    const before = contentHash(core.db);
    expect(await core.call('session.setConsensus', { workshopId: 4242, questionId: 'q1', rating: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['workshopId'] } });
    expect(await core.call('session.get', { workshopId: 4242 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('has every write committed before it is acknowledged: a second connection sees it at once', async () => {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const reader = new BetterSqlite3(core.databasePath, { readonly: true });
    try {
      await core.call('session.setConsensus', { workshopId, questionId: 'q5', rating: 4 });
      expect(reader.prepare('SELECT consensus FROM question_rating WHERE workshop_id = ? AND question_id = ?').get(workshopId, 'q5')).toEqual({ consensus: 4 });
    } finally {
      reader.close();
    }
  });
});

describe('presenter.open', () => {
  it('answers opened: false where the shell has no presenter window (the browser), after checking the workshop', async () => {
    expect(await core.call('presenter.open', { workshopId })).toEqual({ ok: true, value: { opened: false } });
    expect(await core.call('presenter.open', { workshopId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['workshopId'] } });
  });

  it('asks the presenter port to open the workshop where there is one', async () => {
    const { createCore } = await import('../../src-main/core/app-core');
    const opened: number[] = [];
    (await import('node:fs')).mkdirSync(core.dataDir + '-port');
    const withPort = createCore({ paths: { dataDir: core.dataDir + '-port' }, version: 'test', presenter: { open: (id) => (opened.push(id), true) } });
    try {
      const org = await withPort.call('organisation.create', { name: 'T', odsCode: 'RT1', type: 'nhs-trust' });
      const w = org.ok ? await withPort.call('workshop.create', { organisationId: org.value.id, title: 'W', date: '2026-12-03', facilitator: '', participants: { boardMemberIds: [], guests: [] } }) : null;
      if (!w?.ok) throw new Error('setup');
      expect(await withPort.call('presenter.open', { workshopId: w.value.id })).toEqual({ ok: true, value: { opened: true } });
      expect(opened).toEqual([w.value.id]);
    } finally {
      withPort.close();
      (await import('node:fs')).rmSync(core.dataDir + '-port', { recursive: true, force: true });
    }
  });
});
