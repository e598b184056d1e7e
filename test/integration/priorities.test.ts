import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';

let core: TestCore;
let organisationId: number;
let memberIds: number[];
let workshopId: number;
let participantIds: number[];
let other: { organisationId: number; memberIds: number[]; workshopId: number };

async function workshop(orgId: number, members: number[], date: string, title = 'W'): Promise<{ id: number; participantIds: number[] }> {
  const created = await core.call('workshop.create', { organisationId: orgId, title, date, facilitator: '', participants: { boardMemberIds: members, guests: [] } });
  if (!created.ok) throw new Error(created.error.message);
  return { id: created.value.id, participantIds: created.value.participants.map((p) => p.id) };
}

beforeEach(async () => {
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'));
  ({ organisationId, memberIds } = await seedOrganisationWithBoard(core));
  const w = await workshop(organisationId, memberIds.slice(0, 8), '2026-12-03');
  workshopId = w.id;
  participantIds = w.participantIds;
  const o = await seedOrganisationWithBoard(core, 'Southdown Community NHS Trust', 'RSD');
  other = { ...o, workshopId: (await workshop(o.organisationId, o.memberIds.slice(0, 2), '2026-12-04')).id };
});
afterEach(() => core.dispose());

const member = (i: number) => memberIds[i] ?? 0;
const participant = (i: number) => participantIds[i] ?? 0;

function action(overrides: Partial<ChannelInput<'action.add'>> = {}): ChannelInput<'action.add'> {
  return {
    workshopId,
    questionId: 'q3',
    description: 'Set up a clinical leadership mentoring scheme for AHPs',
    ownerId: member(3),
    dueDate: '2027-03-31',
    status: 'not-started',
    notes: '',
    resourceId: null,
    ...overrides,
  };
}

async function refusedWithoutChange(call: () => Promise<unknown>): Promise<unknown> {
  const before = contentHash(core.db);
  const result = await call();
  expect(contentHash(core.db)).toBe(before);
  return result;
}

describe('dot voting', () => {
  it('places and moves dots, three each by default, and totals them', async () => {
    await core.call('priorities.setVote', { workshopId, participantId: participant(0), questionId: 'q3', dots: 2 });
    await core.call('priorities.setVote', { workshopId, participantId: participant(0), questionId: 'q9', dots: 1 });
    const moved = await core.call('priorities.setVote', { workshopId, participantId: participant(0), questionId: 'q3', dots: 1 });
    expect(moved.ok && moved.value.votes).toEqual([
      { participantId: participant(0), questionId: 'q3', dots: 1 },
      { participantId: participant(0), questionId: 'q9', dots: 1 },
    ]);
    const cleared = await core.call('priorities.setVote', { workshopId, participantId: participant(0), questionId: 'q9', dots: 0 });
    expect(cleared.ok && cleared.value.votes).toHaveLength(1);
    expect(cleared.ok && cleared.value.dotsPerParticipant).toBe(3);
  });

  it('refuses a vote beyond the participant\'s dots, naming them, and changes nothing', async () => {
    await core.call('priorities.setVote', { workshopId, participantId: participant(1), questionId: 'q1', dots: 2 });
    const refused = await refusedWithoutChange(() => core.call('priorities.setVote', { workshopId, participantId: participant(1), questionId: 'q2', dots: 2 }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['dots'], message: 'David Okafor has 3 dots and only 1 left to place here. Take a dot off another question first.' } });
    const overMax = await refusedWithoutChange(() => core.call('priorities.setVote', { workshopId, participantId: participant(1), questionId: 'q2', dots: 11 }));
    expect(overMax).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['dots'] } });
  });

  it('refuses a participant of another workshop', async () => {
    const refused = await refusedWithoutChange(() => core.call('priorities.setVote', { workshopId: other.workshopId, participantId: participant(0), questionId: 'q1', dots: 1 }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['participantId'] } });
  });

  it('changes the dots, hides and reveals totals, but will not take away dots already placed', async () => {
    const set = await core.call('priorities.setVoting', { workshopId, dotsPerParticipant: 5, hideVotes: true, revealed: false });
    expect(set).toMatchObject({ ok: true, value: { dotsPerParticipant: 5, hideVotes: true, revealed: false } });
    await core.call('priorities.setVote', { workshopId, participantId: participant(2), questionId: 'q4', dots: 4 });
    const lowered = await refusedWithoutChange(() => core.call('priorities.setVoting', { workshopId, dotsPerParticipant: 3, hideVotes: true, revealed: true }));
    expect(lowered).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: ['dotsPerParticipant'], message: expect.stringContaining('Priya Raman has already placed 4 dots') as unknown } });
  });
});

describe('priorities and their order', () => {
  it('stores the board\'s order of all 17 questions and goes back to the proposed order', async () => {
    const order = ['q5', 'q1', 'q2', 'q3', 'q4', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17'];
    const stored = await core.call('priorities.setOrder', { workshopId, order });
    expect(stored.ok && stored.value.order).toEqual(order);
    const reset = await core.call('priorities.setOrder', { workshopId, order: null });
    expect(reset.ok && reset.value.order).toBeNull();
    const short = await refusedWithoutChange(() => core.call('priorities.setOrder', { workshopId, order: ['q1', 'q2'] }));
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['order'] } });
  });

  it('agrees priorities, keeps them through a reorder, and will not drop one that has actions', async () => {
    await core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: true });
    await core.call('priorities.setAgreed', { workshopId, questionId: 'q9', agreed: true });
    await core.call('priorities.setOrder', { workshopId, order: ['q9', 'q3', 'q1', 'q2', 'q4', 'q5', 'q6', 'q7', 'q8', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17'] });
    await core.call('priorities.setOrder', { workshopId, order: null });
    const read = await core.call('priorities.get', { workshopId });
    expect(read.ok && [...read.value.agreed].sort()).toEqual(['q3', 'q9']);
    await core.call('action.add', action());
    const refused = await refusedWithoutChange(() => core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: false }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Question 3 has 1 action. Delete them before it stops being a priority.' } });
  });
});

describe('actions and champions', () => {
  beforeEach(async () => {
    await core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: true });
  });

  it('adds, edits and deletes an action with its owner, date and status; the owner\'s name is kept', async () => {
    const added = await core.call('action.add', action());
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.actions).toMatchObject([{ questionId: 'q3', ownerId: member(3), ownerName: 'Dr Tom Hughes', dueDate: '2027-03-31', status: 'not-started' }]);
    const id = added.value.actions[0]?.id ?? 0;
    const updated = await core.call('action.update', { id, description: 'Mentoring for AHPs and pharmacists', ownerId: member(4), dueDate: '2027-06-30', status: 'in-progress', notes: 'Pilot in two divisions', resourceId: null });
    expect(updated.ok && updated.value.actions[0]).toMatchObject({ ownerName: 'Grace Adeyemi', status: 'in-progress', notes: 'Pilot in two divisions' });
    await core.call('board.remove', { id: member(4) });
    const afterLeaving = await core.call('priorities.get', { workshopId });
    expect(afterLeaving.ok && afterLeaving.value.actions[0]).toMatchObject({ ownerId: null, ownerName: 'Grace Adeyemi' });
    const deleted = await core.call('action.delete', { id });
    expect(deleted.ok && deleted.value.actions).toEqual([]);
  });

  it('refuses an owner from another board, a date that is not a date, and a question that is not a priority of this workshop', async () => {
    const stranger = await refusedWithoutChange(() => core.call('action.add', action({ ownerId: other.memberIds[0] ?? 0 })));
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['ownerId'], message: "The owner must be a member of this organisation's board" } });
    const badDate = await refusedWithoutChange(() => core.call('action.add', action({ dueDate: '2027-02-30' })));
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['dueDate'] } });
    const notAgreed = await refusedWithoutChange(() => core.call('action.add', action({ questionId: 'q4' })));
    expect(notAgreed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['questionId'], message: expect.stringContaining('Question 4 is not an agreed priority') as unknown } });
    // q3 is agreed here, not in the other organisation's workshop.
    const elsewhere = await refusedWithoutChange(() => core.call('action.add', action({ workshopId: other.workshopId, ownerId: other.memberIds[0] ?? 0 })));
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['questionId'] } });
    const noResource = await refusedWithoutChange(() => core.call('action.add', action({ resourceId: 99_999 })));
    expect(noResource).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['resourceId'] } });
  });

  it('refuses the same bad owner and date when an action is changed, changing nothing', async () => {
    const added = await core.call('action.add', action());
    const id = added.ok ? (added.value.actions[0]?.id ?? 0) : 0;
    const fields = { description: 'x', ownerId: member(3), dueDate: '2027-03-31', status: 'done' as const, notes: '', resourceId: null };
    const stranger = await refusedWithoutChange(() => core.call('action.update', { id, ...fields, ownerId: other.memberIds[0] ?? 0 }));
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['ownerId'] } });
    const badDate = await refusedWithoutChange(() => core.call('action.update', { id, ...fields, dueDate: 'next spring' }));
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['dueDate'] } });
    const missing = await refusedWithoutChange(() => core.call('action.update', { id: id + 100, ...fields }));
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
  });

  it('nominates an executive and a non-executive lead, and refuses the wrong kind or a stranger', async () => {
    await core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: member(4) });
    const both = await core.call('priorities.setChampion', { workshopId, kind: 'non-executive', boardMemberId: member(7) });
    expect(both.ok && both.value.champions).toEqual({
      executive: { boardMemberId: member(4), name: 'Grace Adeyemi' },
      nonExecutive: { boardMemberId: member(7), name: 'Ian Fraser' },
    });
    const wrongKind = await refusedWithoutChange(() => core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: member(7) }));
    expect(wrongKind).toMatchObject({ ok: false, error: { path: ['boardMemberId'], message: expect.stringContaining('Ian Fraser is not an executive director') as unknown } });
    const execAsNed = await refusedWithoutChange(() => core.call('priorities.setChampion', { workshopId, kind: 'non-executive', boardMemberId: member(1) }));
    expect(execAsNed).toMatchObject({ ok: false, error: { path: ['boardMemberId'] } });
    const stranger = await refusedWithoutChange(() => core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: other.memberIds[1] ?? 0 }));
    expect(stranger).toMatchObject({ ok: false, error: { path: ['boardMemberId'] } });
    const cleared = await core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: null });
    expect(cleared.ok && cleared.value.champions.executive).toBeNull();
  });
});

describe('a repeat workshop', () => {
  it('shows the previous workshop\'s actions with their status and the change in each rating', async () => {
    await core.call('session.setConsensus', { workshopId, questionId: 'q3', rating: 2 });
    await core.call('priorities.setAgreed', { workshopId, questionId: 'q3', agreed: true });
    await core.call('action.add', action({ status: 'in-progress' }));
    const repeat = await workshop(organisationId, memberIds.slice(0, 6), '2027-06-10', 'Six months on');
    await core.call('session.setConsensus', { workshopId: repeat.id, questionId: 'q3', rating: 4 });
    const progress = await core.call('workshop.progress', { workshopId: repeat.id });
    if (!progress.ok) throw new Error(progress.error.message);
    expect(progress.value.previous).toMatchObject({ id: workshopId, date: '2026-12-03' });
    expect(progress.value.actions).toMatchObject([{ questionId: 'q3', status: 'in-progress', ownerName: 'Dr Tom Hughes' }]);
    expect(progress.value.ratings.find((r) => r.questionId === 'q3')).toEqual({ questionId: 'q3', previous: 2, current: 4 });
    const first = await core.call('workshop.progress', { workshopId });
    expect(first).toEqual({ ok: true, value: { previous: null, actions: [], ratings: [] } });
  });
});
