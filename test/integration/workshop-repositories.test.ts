import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardRepository } from '../../src-main/core/board/board-repository';
import { SessionRepository } from '../../src-main/core/workshops/session-repository';
import { WorkshopRepository } from '../../src-main/core/workshops/workshop-repository';
import { createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';

let core: TestCore;
let orgId: number;
beforeEach(async () => {
  core = createTestCore();
  const org = await core.call('organisation.create', { name: 'T', odsCode: 'RT1', type: 'nhs-trust' });
  if (!org.ok) throw new Error('setup');
  orgId = org.value.id;
});
afterEach(() => core.dispose());

const NOW = '2026-11-21T10:00:00.000Z';

describe('repositories, beneath the services', () => {
  it('store and read back a board member, booleans and null independence intact', () => {
    const board = new BoardRepository(core.db);
    const m = board.insert(orgId, { name: 'A', role: 'medical-director', voting: true, executive: true, independent: null, background: 'doctors', registered: true }, NOW);
    expect(board.get(m.id)).toMatchObject({ voting: true, executive: true, independent: null, registered: true });
    expect(board.update(m.id, { name: 'B', role: 'non-executive-director', voting: false, executive: false, independent: false, background: 'non-clinical', registered: false }, NOW)).toMatchObject({ independent: false, voting: false });
    expect(board.update(999, { name: 'B', role: 'chair', voting: true, executive: false, independent: true, background: 'non-clinical', registered: false }, NOW)).toBeUndefined();
  });

  it('are backed by the schema: out-of-range values, unknown codes and cross-workshop ratings are refused even without the service', () => {
    const workshops = new WorkshopRepository(core.db);
    const session = new SessionRepository(core.db);
    const a = workshops.insert(orgId, { title: 'A', date: '2026-12-03', facilitator: '' }, NOW);
    const b = workshops.insert(orgId, { title: 'B', date: '2026-12-04', facilitator: '' }, NOW);
    workshops.addParticipant(b, { boardMemberId: null, name: 'Guest', role: '', boardRole: null });
    const guestOfB = workshops.participants(b)[0]?.id ?? 0;
    expect(() => session.setIndividual(a, guestOfB, 'q1', 3)).toThrow(/FOREIGN KEY/);
    expect(() => session.setConsensus(a, 'q1', 6, NOW)).toThrow(/CHECK/);
    expect(() => session.setConsensus(a, 'q18', 3, NOW)).toThrow(/CHECK/);
    expect(() => session.setSeverity(a, 'lack-of-competence', 'ahp', 4)).toThrow(/CHECK/);
    expect(() => session.setSeverity(a, 'lack-of-competence', 'porters', 1)).toThrow(/CHECK/);
    expect(() => session.setPerceivedCeiling(a, 'nurses', 'band-10')).toThrow(/CHECK/);
    expect(() => session.setNotes(a, 'q1', 'x'.repeat(10_001), NOW)).toThrow(/CHECK/);
    expect(() => workshops.insert(orgId, { title: 'C', date: '3 Dec', facilitator: '' }, NOW)).toThrow(/CHECK/);
    session.setIndividual(b, guestOfB, 'q1', 3);
    expect(session.rating(b, 'q1').individual).toEqual([{ participantId: guestOfB, rating: 3 }]);
  });
});
