import type { AddBoardMemberInput } from '../../shared/board/board-member';
import type { Core } from '../../src-main/core/app-core';

/**
 * A board of ten as an NHS trust might have it: chair, five executives, four NEDs (one with a
 * clinical background). Used by the integration and browser tests alike.
 */
export const BOARD_OF_TEN: ReadonlyArray<Omit<AddBoardMemberInput, 'organisationId'>> = [
  { name: 'Helen Marsh', role: 'chair', voting: true, executive: false, independent: true, background: 'non-clinical', registered: false },
  { name: 'David Okafor', role: 'chief-executive', voting: true, executive: true, independent: null, background: 'non-clinical', registered: false },
  { name: 'Priya Raman', role: 'finance-director', voting: true, executive: true, independent: null, background: 'non-clinical', registered: false },
  { name: 'Dr Tom Hughes', role: 'medical-director', voting: true, executive: true, independent: null, background: 'doctors', registered: true },
  { name: 'Grace Adeyemi', role: 'nurse-director', voting: true, executive: true, independent: null, background: 'nurses', registered: true },
  { name: 'Sam Patel', role: 'other-executive-director', voting: true, executive: true, independent: null, background: 'ahp', registered: true },
  { name: 'Margaret Lloyd', role: 'non-executive-director', voting: true, executive: false, independent: true, background: 'non-clinical', registered: false },
  { name: 'Ian Fraser', role: 'non-executive-director', voting: true, executive: false, independent: true, background: 'pharmacists', registered: false },
  { name: 'Aisha Khan', role: 'non-executive-director', voting: true, executive: false, independent: false, background: 'non-clinical', registered: false },
  { name: 'Rob Ellis', role: 'associate-non-voting', voting: false, executive: false, independent: true, background: 'psychologists', registered: true },
];

/** BOARD_OF_TEN as the board lists itself: chair, executives, then non-executives by name. */
export const BOARD_OF_TEN_IN_BOARD_ORDER: readonly string[] = [
  'Helen Marsh',
  'David Okafor',
  'Priya Raman',
  'Dr Tom Hughes',
  'Grace Adeyemi',
  'Sam Patel',
  'Aisha Khan',
  'Ian Fraser',
  'Margaret Lloyd',
  'Rob Ellis',
];

/** An organisation with the board of ten, through the dispatcher; returns their ids. */
export async function seedOrganisationWithBoard(core: Pick<Core, 'call'>, name = 'Northshire Hospitals NHS Trust', odsCode = 'RXN'): Promise<{ organisationId: number; memberIds: number[] }> {
  const org = await core.call('organisation.create', { name, odsCode, type: 'nhs-trust' });
  if (!org.ok) throw new Error(org.error.message);
  const memberIds: number[] = [];
  for (const member of BOARD_OF_TEN) {
    const added = await core.call('board.add', { organisationId: org.value.id, ...member });
    if (!added.ok) throw new Error(`${member.name}: ${added.error.message}`);
    memberIds.push(added.value.id);
  }
  return { organisationId: org.value.id, memberIds };
}
