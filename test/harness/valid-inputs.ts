import type { Channel, ChannelInput } from '../../shared/ipc/contract';
import type { RichSeed } from './rich-seed';

/** An id the core hands out for files and jobs, in the right shape, that it never gave out. */
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/** A backup's name in the right shape that no backup has. */
const NO_SUCH_BACKUP = 'boardwalk-2026-11-21T09-00-00-000Z-manual.sqlite3';

const ORDER = ['q2', 'q1', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12', 'q13', 'q14', 'q15', 'q16', 'q17'];

/**
 * One valid input for every channel of the contract, referring to the seeded data. The type
 * makes a new channel a compile error here until it has one, so the fuzz test covers it.
 */
export function validInputs(seed: RichSeed): { readonly [C in Channel]: ChannelInput<C> } {
  const { organisationId, workshopId, memberIds, participantIds, actionId, resourceId, snapshotId, profileId } = seed;
  const member = memberIds[0] ?? 1;
  const participant = participantIds[0] ?? 1;
  const action = {
    description: 'Appoint a chief nursing information officer',
    ownerId: memberIds[4] ?? 1,
    dueDate: '2027-06-30',
    status: 'not-started' as const,
    notes: '',
    resourceId,
  };
  const resource = {
    title: 'Reverse mentoring',
    provider: 'NHS Leadership Academy',
    description: 'Board members mentored by junior clinicians.',
    url: 'https://example.nhs.uk/reverse',
    themeIds: ['widening-perspectives' as const],
    allProfessions: false,
    professionIds: ['nurses' as const, 'ahp' as const],
  };
  const workshop = {
    title: 'Second session',
    date: '2027-01-20',
    facilitator: 'Sam Lee',
    participants: { boardMemberIds: [member, memberIds[1] ?? 2], guests: [{ name: 'Pat Doe', role: 'Governor' }] },
  };
  const memberFields = {
    name: 'Chris Green',
    role: 'non-executive-director' as const,
    voting: true,
    executive: false,
    independent: true,
    background: 'midwives' as const,
    registered: true,
  };
  return {
    'app.info': {},
    'organisation.list': {},
    'organisation.get': { id: organisationId },
    'organisation.create': { name: 'Eastmoor NHS Foundation Trust', odsCode: 'REM', type: 'nhs-foundation-trust' },
    'organisation.rename': { id: organisationId, name: 'Northshire Teaching Hospitals NHS Trust' },
    'organisation.delete': { id: seed.otherOrganisationId },
    'board.list': { organisationId },
    'board.get': { id: member },
    'board.add': { organisationId, ...memberFields },
    'board.update': { id: memberIds[7] ?? 8, ...memberFields },
    'board.remove': { id: memberIds[9] ?? 10 },
    'workshop.list': { organisationId },
    'workshop.get': { id: workshopId },
    'workshop.create': { organisationId, ...workshop },
    'workshop.update': { id: workshopId, ...workshop },
    'workshop.delete': { id: workshopId },
    'session.get': { workshopId },
    'session.setConsensus': { workshopId, questionId: 'q2', rating: 4 },
    'session.setIndividual': { workshopId, questionId: 'q2', participantId: participant, rating: 5 },
    'session.setNotes': { workshopId, questionId: 'q2', notes: 'Agreed to revisit in March' },
    'session.setSeverity': { workshopId, barrierId: 'lack-of-competence', professionId: 'doctors', severity: 3 },
    'session.setCeiling': { workshopId, professionId: 'ahp', ceiling: 'band-8b' },
    'session.setPosition': { workshopId, position: 'theme:talent-management' },
    'presenter.open': { workshopId },
    'workforce.chooseFile': {},
    'workforce.inspect': { fileId: UNKNOWN_UUID, sheet: 'Sheet1' },
    'workforce.startScan': {
      fileId: UNKNOWN_UUID,
      sheet: null,
      columns: { shape: 'person', staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' },
    },
    'workforce.scanStatus': { jobId: UNKNOWN_UUID },
    'workforce.cancelScan': { jobId: UNKNOWN_UUID },
    'workforce.commitImport': {
      organisationId,
      jobId: UNKNOWN_UUID,
      snapshotDate: '2026-09-30',
      label: 'Q2 extract',
      values: { groups: { 'Nursing and Midwifery Registered': 'nurses' }, occupations: {}, levels: { 'Band 6': 'band-6' } },
      saveProfileAs: 'ESR monthly',
    },
    'workforce.listSnapshots': { organisationId },
    'workforce.getSnapshot': { id: snapshotId },
    'workforce.deleteSnapshot': { id: snapshotId },
    'workforce.listProfiles': {},
    'workforce.deleteProfile': { id: profileId },
    'priorities.get': { workshopId },
    'priorities.setVoting': { workshopId, dotsPerParticipant: 4, hideVotes: true, revealed: false },
    'priorities.setVote': { workshopId, participantId: participant, questionId: 'q3', dots: 1 },
    'priorities.setOrder': { workshopId, order: ORDER },
    'priorities.setAgreed': { workshopId, questionId: 'q4', agreed: true },
    'priorities.setChampion': { workshopId, kind: 'non-executive', boardMemberId: memberIds[6] ?? 7 },
    'action.add': { workshopId, questionId: 'q1', ...action },
    'action.update': { id: actionId, ...action },
    'action.delete': { id: actionId },
    'workshop.progress': { workshopId },
    'resource.list': { themeId: 'talent-management', professionId: 'nurses' },
    'resource.add': resource,
    'resource.update': { id: resourceId, ...resource },
    'resource.remove': { id: resourceId },
    'export.actionsCsv': { workshopId },
    'export.ceilingCsv': { snapshotId, measure: 'headcount', threshold: 0.8 },
    'export.reportPdf': { workshopId, marking: 'official', measure: 'headcount', threshold: 0.5 },
    'report.get': { workshopId },
    'app.openExternal': { url: 'https://www.nhs.uk/' },
    'backup.list': {},
    'backup.create': {},
    'backup.restore': { name: NO_SUCH_BACKUP },
    'recovery.status': {},
    'recovery.listBackups': {},
    'recovery.restore': { name: NO_SUCH_BACKUP },
    'recovery.startNew': {},
    'recovery.quit': {},
    'workshopFile.export': { organisationId },
    'workshopFile.inspect': {},
    'workshopFile.import': { fileId: UNKNOWN_UUID, mode: 'new' },
  };
}
