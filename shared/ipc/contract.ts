import { z } from 'zod';
import {
  createOrganisationInputSchema,
  organisationIdSchema,
  organisationSchema,
  renameOrganisationInputSchema,
} from '../organisations/organisation';
import {
  addBoardMemberInputSchema,
  boardMemberIdSchema,
  boardMemberSchema,
  updateBoardMemberInputSchema,
} from '../board/board-member';
import {
  perceivedCeilingSchema,
  positionSchema,
  questionRatingSchema,
  setConsensusInputSchema,
  setIndividualInputSchema,
  setNotesInputSchema,
  setPerceivedCeilingInputSchema,
  setPositionInputSchema,
  setSeverityInputSchema,
  severityEntrySchema,
  workshopSessionSchema,
} from '../workshops/session';
import {
  createWorkshopInputSchema,
  updateWorkshopInputSchema,
  workshopIdSchema,
  workshopSchema,
} from '../workshops/workshop';
import {
  chosenFileSchema,
  commitImportInputSchema,
  fileInspectionSchema,
  inspectInputSchema,
  jobInputSchema,
  profileIdSchema,
  savedProfileSchema,
  scanStatusSchema,
  snapshotIdSchema,
  snapshotSchema,
  snapshotWithCountsSchema,
  startScanInputSchema,
} from '../workforce/snapshot';
import {
  actionIdSchema,
  addActionInputSchema,
  prioritiesSchema,
  progressSchema,
  setAgreedInputSchema,
  setChampionInputSchema,
  setOrderInputSchema,
  setVoteInputSchema,
  setVotingInputSchema,
  updateActionInputSchema,
} from '../priorities/priorities';
import {
  addResourceInputSchema,
  resourceFilterSchema,
  resourceIdSchema,
  resourceSchema,
  updateResourceInputSchema,
} from '../resources/resource';
import { actionsCsvInputSchema, ceilingCsvInputSchema, exportResultSchema } from '../export/export';
import { exportReportInputSchema, reportInputsRequestSchema, reportInputsSchema } from '../report/report-inputs';
import { EXTERNAL_URL_MAX } from '../security/external-links';
import { backupListSchema, backupSchema, restoreBackupInputSchema, restoreResultSchema } from '../backups/backup';
import { quitResultSchema, recoveredSchema, recoveryStatusSchema } from '../backups/recovery';
import {
  exportWorkshopFileInputSchema,
  exportWorkshopFileOutputSchema,
  importWorkshopFileInputSchema,
  importWorkshopFileOutputSchema,
  inspectWorkshopFileOutputSchema,
} from '../workshop-file/channels';
import { CHANNEL_NAMES } from './names';
import type { ChannelName } from './names';

/**
 * Every request the renderer may make of the main process, once. A channel is `domain.verb`;
 * `kind` says whether it changes stored data (a command) or only reads it (a query), which is
 * what the save status in the window counts.
 */
type ChannelSpec = {
  readonly kind: 'query' | 'command';
  readonly input: z.ZodType;
  readonly output: z.ZodType;
};

const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'query', input, output }) as const;
const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'command', input, output }) as const;

const noInput = z.strictObject({});

export const contract = {
  'app.info': query(
    noInput,
    z.strictObject({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  ),
  'organisation.list': query(noInput, z.array(organisationSchema)),
  'organisation.get': query(z.strictObject({ id: organisationIdSchema }), organisationSchema),
  'organisation.create': command(createOrganisationInputSchema, organisationSchema),
  'organisation.rename': command(renameOrganisationInputSchema, organisationSchema),
  'organisation.delete': command(
    z.strictObject({ id: organisationIdSchema }),
    z.strictObject({ id: organisationIdSchema }),
  ),
  'board.list': query(z.strictObject({ organisationId: organisationIdSchema }), z.array(boardMemberSchema)),
  'board.get': query(z.strictObject({ id: boardMemberIdSchema }), boardMemberSchema),
  'board.add': command(addBoardMemberInputSchema, boardMemberSchema),
  'board.update': command(updateBoardMemberInputSchema, boardMemberSchema),
  'board.remove': command(z.strictObject({ id: boardMemberIdSchema }), z.strictObject({ id: boardMemberIdSchema })),
  'workshop.list': query(z.strictObject({ organisationId: organisationIdSchema }), z.array(workshopSchema)),
  'workshop.get': query(z.strictObject({ id: workshopIdSchema }), workshopSchema),
  'workshop.create': command(createWorkshopInputSchema, workshopSchema),
  'workshop.update': command(updateWorkshopInputSchema, workshopSchema),
  'workshop.delete': command(z.strictObject({ id: workshopIdSchema }), z.strictObject({ id: workshopIdSchema })),
  'session.get': query(z.strictObject({ workshopId: workshopIdSchema }), workshopSessionSchema),
  'session.setConsensus': command(setConsensusInputSchema, questionRatingSchema),
  'session.setIndividual': command(setIndividualInputSchema, questionRatingSchema),
  'session.setNotes': command(setNotesInputSchema, questionRatingSchema),
  'session.setSeverity': command(setSeverityInputSchema, severityEntrySchema.nullable()),
  'session.setCeiling': command(setPerceivedCeilingInputSchema, perceivedCeilingSchema.nullable()),
  'session.setPosition': command(
    setPositionInputSchema,
    z.strictObject({ position: positionSchema, changedAt: z.iso.datetime() }),
  ),
  // Opens the projector's window where the shell can (Electron); elsewhere `opened` is false and
  // the renderer shows the presenter view in place. It changes no stored data.
  'presenter.open': query(z.strictObject({ workshopId: workshopIdSchema }), z.strictObject({ opened: z.boolean() })),
  // The import is a conversation: choose (the main process keeps the path), inspect (headers),
  // scan (a worker reads the whole file; the renderer polls its status), then commit the counts.
  // Only the commit changes stored data.
  'workforce.chooseFile': query(
    noInput,
    z.strictObject({ file: chosenFileSchema.nullable(), available: z.boolean() }),
  ),
  'workforce.inspect': query(inspectInputSchema, fileInspectionSchema),
  'workforce.startScan': query(startScanInputSchema, z.strictObject({ jobId: z.string() })),
  'workforce.scanStatus': query(jobInputSchema, scanStatusSchema),
  'workforce.cancelScan': query(jobInputSchema, z.strictObject({ cancelled: z.boolean() })),
  'workforce.commitImport': command(commitImportInputSchema, snapshotSchema),
  'workforce.listSnapshots': query(z.strictObject({ organisationId: organisationIdSchema }), z.array(snapshotSchema)),
  'workforce.getSnapshot': query(z.strictObject({ id: snapshotIdSchema }), snapshotWithCountsSchema),
  'workforce.deleteSnapshot': command(z.strictObject({ id: snapshotIdSchema }), z.strictObject({ id: snapshotIdSchema })),
  'workforce.listProfiles': query(noInput, z.array(savedProfileSchema)),
  'workforce.deleteProfile': command(z.strictObject({ id: profileIdSchema }), z.strictObject({ id: profileIdSchema })),
  // Steps 5 and 6: every write answers with the workshop's whole priorities, so the screen
  // never has to merge a partial answer.
  'priorities.get': query(z.strictObject({ workshopId: workshopIdSchema }), prioritiesSchema),
  'priorities.setVoting': command(setVotingInputSchema, prioritiesSchema),
  'priorities.setVote': command(setVoteInputSchema, prioritiesSchema),
  'priorities.setOrder': command(setOrderInputSchema, prioritiesSchema),
  'priorities.setAgreed': command(setAgreedInputSchema, prioritiesSchema),
  'priorities.setChampion': command(setChampionInputSchema, prioritiesSchema),
  'action.add': command(addActionInputSchema, prioritiesSchema),
  'action.update': command(updateActionInputSchema, prioritiesSchema),
  'action.delete': command(z.strictObject({ id: actionIdSchema }), prioritiesSchema),
  'workshop.progress': query(z.strictObject({ workshopId: workshopIdSchema }), progressSchema),
  // The resource library: built-in items first, then the user's own; only their own change.
  'resource.list': query(resourceFilterSchema, z.array(resourceSchema)),
  'resource.add': command(addResourceInputSchema, resourceSchema),
  'resource.update': command(updateResourceInputSchema, resourceSchema),
  'resource.remove': command(z.strictObject({ id: resourceIdSchema }), z.strictObject({ id: resourceIdSchema })),
  // Exports: the main process builds the file from stored data and saves it where the user
  // chooses. They write a file, not stored data, so they are queries.
  'export.actionsCsv': query(actionsCsvInputSchema, exportResultSchema),
  'export.ceilingCsv': query(ceilingCsvInputSchema, exportResultSchema),
  'export.reportPdf': query(exportReportInputSchema, exportResultSchema),
  // Step 7: what the priorities report is made from (the renderer's print route builds the pages).
  'report.get': query(reportInputsRequestSchema, reportInputsSchema),
  // A link out (the resource library's web addresses): the main process decides by
  // shared/security/external-links.ts and opens it in the system browser, asking first for hosts
  // not on the allow-list. Where there is no browser to hand it to (the dev view, the tests) it
  // only reports. It changes no stored data.
  'app.openExternal': query(
    z.strictObject({ url: z.string().max(EXTERNAL_URL_MAX, { error: `Web address must be ${EXTERNAL_URL_MAX} characters or fewer` }) }),
    z.strictObject({ outcome: z.enum(['opened', 'declined', 'refused', 'unavailable']), message: z.string() }),
  ),
  // Backups are files beside the database: taking one changes no stored data (a query); restoring
  // one replaces all of it (a command). A backup is named by its file name, never by a path.
  'backup.list': query(noInput, backupListSchema),
  'backup.create': query(noInput, backupSchema),
  'backup.restore': command(restoreBackupInputSchema, restoreResultSchema),
  // The recovery screen, when the database cannot be opened. While it is shown these are the only
  // channels that answer; once the database is open, `recovery.status` says nothing is needed.
  'recovery.status': query(noInput, recoveryStatusSchema),
  'recovery.listBackups': query(noInput, backupListSchema),
  'recovery.restore': command(restoreBackupInputSchema, recoveredSchema),
  'recovery.startNew': command(noInput, recoveredSchema),
  'recovery.quit': query(noInput, quitResultSchema),
  // The .boardwalk workshop file: export writes a file (a query); inspect asks for a file and
  // reads it, answering with an opaque id, never a path; only import changes stored data.
  'workshopFile.export': query(exportWorkshopFileInputSchema, exportWorkshopFileOutputSchema),
  'workshopFile.inspect': query(noInput, inspectWorkshopFileOutputSchema),
  'workshopFile.import': command(importWorkshopFileInputSchema, importWorkshopFileOutputSchema),
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
