import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';

let core: TestCore;
beforeEach(() => {
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'));
});
afterEach(() => core.dispose());

async function createWorkshop(organisationId: number, boardMemberIds: number[], guests: Array<{ name: string; role: string }> = []) {
  const result = await core.call('workshop.create', {
    organisationId,
    title: 'Board development: clinical leadership',
    date: '2026-12-03',
    facilitator: 'Ruth Gold',
    participants: { boardMemberIds, guests },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('workshops', () => {
  it('creates a workshop with board participants (name and role copied) and guests', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const workshop = await createWorkshop(organisationId, memberIds.slice(0, 6), [
      { name: 'Lee Chan', role: 'Chief AHP' },
      { name: 'Nia Roberts', role: '' },
    ]);
    expect(workshop).toMatchObject({ organisationId, title: 'Board development: clinical leadership', date: '2026-12-03', facilitator: 'Ruth Gold', questionsRated: 0 });
    expect(workshop.participants.map((p) => [p.name, p.role, p.guest])).toEqual([
      ['Helen Marsh', 'Chair', false],
      ['David Okafor', 'Chief executive', false],
      ['Priya Raman', 'Finance director', false],
      ['Dr Tom Hughes', 'Medical director', false],
      ['Grace Adeyemi', 'Nurse director', false],
      ['Sam Patel', 'Other executive director', false],
      ['Lee Chan', 'Chief AHP', true],
      ['Nia Roberts', '', true],
    ]);
  });

  it('lists several workshops per organisation, newest first', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const first = await createWorkshop(organisationId, memberIds);
    const repeat = await core.call('workshop.create', { organisationId, title: 'A year on', date: '2027-12-02', facilitator: '', participants: { boardMemberIds: [], guests: [] } });
    const list = await core.call('workshop.list', { organisationId });
    expect(list.ok && list.value.map((w) => w.id)).toEqual([repeat.ok && repeat.value.id, first.id]);
    expect(list.ok && list.value[1]?.participants).toHaveLength(10);
  });

  it('updates the participant list, keeping those who stay (and their ratings) and dropping the rest', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const workshop = await createWorkshop(organisationId, memberIds.slice(0, 3), [{ name: 'Lee Chan', role: 'Chief AHP' }]);
    const [chair, ceo, , guest] = workshop.participants;
    if (!chair || !ceo || !guest) throw new Error('setup');
    await core.call('session.setIndividual', { workshopId: workshop.id, questionId: 'q1', participantId: chair.id, rating: 4 });
    await core.call('session.setIndividual', { workshopId: workshop.id, questionId: 'q1', participantId: ceo.id, rating: 2 });
    const updated = await core.call('workshop.update', {
      id: workshop.id,
      title: 'Renamed',
      date: '2026-12-04',
      facilitator: 'Ruth Gold',
      participants: { boardMemberIds: [memberIds[0] as number, memberIds[5] as number], guests: [{ id: guest.id, name: 'Lee Chan', role: 'Chief allied health professional' }] },
    });
    if (!updated.ok) throw new Error(updated.error.message);
    expect(updated.value.participants.map((p) => [p.id === chair.id, p.name, p.role])).toEqual([
      [true, 'Helen Marsh', 'Chair'],
      [false, 'Sam Patel', 'Other executive director'],
      [false, 'Lee Chan', 'Chief allied health professional'],
    ]);
    const session = await core.call('session.get', { workshopId: workshop.id });
    expect(session.ok && session.value.ratings[0]?.individual).toEqual([{ participantId: chair.id, rating: 4 }]);
  });

  it('keeps a removed board member in past workshops by name', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const workshop = await createWorkshop(organisationId, memberIds.slice(0, 2));
    await core.call('board.remove', { id: memberIds[1] as number });
    const again = await core.call('workshop.get', { id: workshop.id });
    expect(again.ok && again.value.participants.map((p) => [p.name, p.boardMemberId])).toEqual([
      ['Helen Marsh', memberIds[0]],
      ['David Okafor', null],
    ]);
  });

  it('refuses a board member of another organisation, naming the list entry, and writes nothing', async () => {
    const a = await seedOrganisationWithBoard(core, 'A trust', 'RA1');
    const b = await core.call('organisation.create', { name: 'B trust', odsCode: 'RB1', type: 'nhs-trust' });
    if (!b.ok) throw new Error('setup');
    const before = contentHash(core.db);
    const result = await core.call('workshop.create', {
      organisationId: b.value.id,
      title: 'Workshop',
      date: '2026-12-03',
      facilitator: '',
      participants: { boardMemberIds: [a.memberIds[0] as number], guests: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['participants', 'boardMemberIds', 0] } });
    expect(contentHash(core.db)).toBe(before);
  });

  it.each([
    [{ title: '' }, ['title'], 'Enter the workshop title'],
    [{ date: '2026-02-30' }, ['date'], 'Enter a real date, for example 2026-03-27'],
    [{ date: '3 Dec 2026' }, ['date'], 'Enter a real date, for example 2026-03-27'],
    [{ facilitator: 'x'.repeat(201) }, ['facilitator'], 'Facilitator’s name must be 200 characters or fewer'],
    [{ participants: { boardMemberIds: [1, 1], guests: [] } }, ['participants', 'boardMemberIds'], 'A board member is listed twice'],
    [{ participants: { boardMemberIds: [], guests: [{ name: ' ', role: '' }] } }, ['participants', 'guests', 0, 'name'], 'Enter the guest’s name'],
    [{ participants: { boardMemberIds: [], guests: [{ id: 3, name: 'X', role: '' }] } }, ['participants', 'guests', 0, 'id'], 'A new workshop has no guests yet to keep'],
  ])('refuses %j with a message on the field, writing nothing', async (change, path, message) => {
    const { organisationId } = await seedOrganisationWithBoard(core);
    const before = contentHash(core.db);
    const result = await core.dispatch('workshop.create', {
      organisationId,
      title: 'Workshop',
      date: '2026-12-03',
      facilitator: '',
      participants: { boardMemberIds: [], guests: [] },
      ...change,
    });
    expect(result).toMatchObject({ ok: false, error: { path, message } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('deletes a workshop with everything said in it', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const workshop = await createWorkshop(organisationId, memberIds);
    await core.call('session.setConsensus', { workshopId: workshop.id, questionId: 'q2', rating: 3 });
    expect(await core.call('workshop.delete', { id: workshop.id })).toEqual({ ok: true, value: { id: workshop.id } });
    for (const table of ['workshop', 'workshop_participant', 'question_rating', 'individual_rating']) {
      expect(core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
