import type { Core } from '../../src-main/core/app-core';
import { ProfileRepository } from '../../src-main/core/workforce/profile-repository';
import { seedOrganisationWithBoard } from './fixtures-data';
import { NORTHSHIRE_2026, seedSnapshot } from './workforce-data';

/** Ids of everything `seedRichData` made, for payloads that should reach past validation. */
export type RichSeed = {
  readonly organisationId: number;
  readonly otherOrganisationId: number;
  readonly memberIds: readonly number[];
  readonly workshopId: number;
  readonly participantIds: readonly number[];
  readonly guestParticipantId: number;
  readonly actionId: number;
  readonly resourceId: number;
  readonly snapshotId: number;
  readonly profileId: number;
};

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`seed ${what}: ${result.error.message}`);
  return result.value;
}

/**
 * A small database with a little of everything: two organisations, a board of ten, a workshop
 * with a guest, ratings, notes, scores, ceilings, votes, an order, agreed priorities, an action,
 * champions, the user's own resource, a workforce snapshot and a saved mapping profile. Written
 * through the dispatcher, except the snapshot and profile, which need a file import and are
 * written beneath the service as the other tests do.
 */
export async function seedRichData(core: Core): Promise<RichSeed> {
  const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
  const other = await seedOrganisationWithBoard(core, 'Southvale Community NHS Trust', 'RSV');
  const workshop = must(
    await core.call('workshop.create', {
      organisationId,
      title: 'Board development session',
      date: '2026-12-03',
      facilitator: 'Alex Morgan',
      participants: { boardMemberIds: memberIds.slice(0, 8), guests: [{ name: 'Jo Bloggs', role: 'Staff governor' }] },
    }),
    'workshop',
  );
  const workshopId = workshop.id;
  const participantIds = workshop.participants.map((p) => p.id);
  const guestParticipantId = workshop.participants.find((p) => p.guest)?.id ?? 0;
  must(await core.call('session.setConsensus', { workshopId, questionId: 'q1', rating: 3 }), 'consensus');
  must(await core.call('session.setConsensus', { workshopId, questionId: 'q5', rating: 2 }), 'consensus');
  must(await core.call('session.setNotes', { workshopId, questionId: 'q1', notes: 'Staff survey 2025, p. 12' }), 'notes');
  must(await core.call('session.setIndividual', { workshopId, questionId: 'q1', participantId: participantIds[0] ?? 0, rating: 4 }), 'individual');
  must(await core.call('session.setSeverity', { workshopId, barrierId: 'fear-of-unknown', professionId: 'nurses', severity: 2 }), 'severity');
  must(await core.call('session.setCeiling', { workshopId, professionId: 'nurses', ceiling: 'band-8c' }), 'ceiling');
  must(await core.call('session.setPosition', { workshopId, position: 'question:q1' }), 'position');
  must(await core.call('priorities.setVoting', { workshopId, dotsPerParticipant: 3, hideVotes: false, revealed: true }), 'voting');
  must(await core.call('priorities.setVote', { workshopId, participantId: participantIds[0] ?? 0, questionId: 'q1', dots: 2 }), 'vote');
  must(await core.call('priorities.setAgreed', { workshopId, questionId: 'q1', agreed: true }), 'agreed');
  const resource = must(
    await core.call('resource.add', {
      title: 'Mentoring for aspiring directors',
      provider: 'Northshire Leadership Academy',
      description: 'A year of mentoring by a serving director.',
      url: 'https://example.nhs.uk/mentoring',
      themeIds: ['talent-management'],
      allProfessions: true,
      professionIds: [],
    }),
    'resource',
  );
  const priorities = must(
    await core.call('action.add', {
      workshopId,
      questionId: 'q1',
      description: 'Set up a clinical leadership fellowship',
      ownerId: memberIds[3] ?? 0,
      dueDate: '2027-03-31',
      status: 'in-progress',
      notes: 'Funding agreed in principle',
      resourceId: resource.id,
    }),
    'action',
  );
  must(await core.call('priorities.setChampion', { workshopId, kind: 'executive', boardMemberId: memberIds[3] ?? 0 }), 'champion');
  const snapshotId = seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });
  const profiles = new ProfileRepository(core.db);
  profiles.save(
    'ESR staff in post',
    { shape: 'person', staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' },
    { groups: { 'Nursing and Midwifery Registered': 'nurses' }, occupations: { Midwife: 'midwives' }, levels: { 'Band 5': 'band-5' } },
    '2026-04-01T09:00:00.000Z',
  );
  const profileId = profiles.list()[0]?.id ?? 0;
  return {
    organisationId,
    otherOrganisationId: other.organisationId,
    memberIds,
    workshopId,
    participantIds,
    guestParticipantId,
    actionId: priorities.actions[0]?.id ?? 0,
    resourceId: resource.id,
    snapshotId,
    profileId,
  };
}
