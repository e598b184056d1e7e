import type { BoardService } from '../board/board-service';
import type { OrganisationService } from '../organisations/organisation-service';
import type { SessionService } from '../workshops/session-service';
import type { PrioritiesService } from '../priorities/priorities-service';
import type { ResourceService } from '../resources/resource-service';
import type { WorkforceService } from '../workforce/workforce-service';
import type { WorkshopService } from '../workshops/workshop-service';
import type { ExportService } from '../export/export-service';
import type { ReportService } from '../report/report-service';
import type { BackupService } from '../backups/backup-service';
import { AppError } from '../errors';
import type { WorkshopFileService } from '../workshop-file/workshop-file-service';
import type { Handlers } from './dispatch';
import { openExternalLink } from '../links/external-links';
import type { ExternalLinkPort } from '../links/external-links';

/** The PresenterWindow port: opens (or moves) the projector's window for a workshop. */
export type PresenterPort = { readonly open: (workshopId: number) => boolean };

export type Services = {
  readonly organisations: OrganisationService;
  readonly board: BoardService;
  readonly workshops: WorkshopService;
  readonly session: SessionService;
  readonly workforce: WorkforceService;
  readonly priorities: PrioritiesService;
  readonly resources: ResourceService;
  readonly exports: ExportService;
  readonly report: ReportService;
  readonly backups: BackupService;
  readonly workshopFiles: WorkshopFileService;
  /** The shell's second window for the projector; absent where there is no such thing (browser). */
  readonly presenter?: PresenterPort;
  /** The system browser, behind the link allow-list; absent where there is none (browser transport). */
  readonly externalLinks?: ExternalLinkPort;
  readonly appInfo: { readonly name: string; readonly version: string; readonly schemaVersion: number };
};

/** The map from channel to service call: thin on purpose, the rules live in the services. */
export function createHandlers(services: Services): Handlers {
  const { organisations, board, workshops, session, workforce, priorities, resources, exports, backups, workshopFiles } = services;
  return {
    'app.info': () => services.appInfo,
    'organisation.list': () => organisations.list(),
    'organisation.get': ({ id }) => organisations.get(id),
    'organisation.create': (input) => organisations.create(input),
    'organisation.rename': ({ id, name }) => organisations.rename(id, name),
    'organisation.delete': ({ id }) => organisations.delete(id),
    'board.list': ({ organisationId }) => board.list(organisationId),
    'board.get': ({ id }) => board.get(id),
    'board.add': (input) => board.add(input),
    'board.update': (input) => board.update(input),
    'board.remove': ({ id }) => board.remove(id),
    'workshop.list': ({ organisationId }) => workshops.list(organisationId),
    'workshop.get': ({ id }) => workshops.get(id),
    'workshop.create': (input) => workshops.create(input),
    'workshop.update': (input) => workshops.update(input),
    'workshop.delete': ({ id }) => workshops.delete(id),
    'session.get': ({ workshopId }) => session.get(workshopId),
    'session.setConsensus': ({ workshopId, questionId, rating }) => session.setConsensus(workshopId, questionId, rating),
    'session.setIndividual': ({ workshopId, questionId, participantId, rating }) =>
      session.setIndividual(workshopId, questionId, participantId, rating),
    'session.setNotes': ({ workshopId, questionId, notes }) => session.setNotes(workshopId, questionId, notes),
    'session.setSeverity': ({ workshopId, barrierId, professionId, severity }) =>
      session.setSeverity(workshopId, barrierId, professionId, severity),
    'session.setCeiling': ({ workshopId, professionId, ceiling }) => session.setPerceivedCeiling(workshopId, professionId, ceiling),
    'session.setPosition': ({ workshopId, position }) => session.setPosition(workshopId, position),
    'presenter.open': ({ workshopId }) => {
      workshops.require(workshopId, ['workshopId']);
      return { opened: services.presenter?.open(workshopId) ?? false };
    },
    'workforce.chooseFile': () => workforce.chooseFile(),
    'workforce.inspect': ({ fileId, sheet }) => workforce.inspect(fileId, sheet),
    'workforce.startScan': ({ fileId, sheet, columns }) => workforce.startScan(fileId, sheet, columns),
    'workforce.scanStatus': ({ jobId }) => workforce.scanStatus(jobId),
    'workforce.cancelScan': ({ jobId }) => workforce.cancelScan(jobId),
    'workforce.commitImport': (input) => workforce.commitImport(input),
    'workforce.listSnapshots': ({ organisationId }) => workforce.listSnapshots(organisationId),
    'workforce.getSnapshot': ({ id }) => workforce.getSnapshot(id),
    'workforce.deleteSnapshot': ({ id }) => workforce.deleteSnapshot(id),
    'workforce.listProfiles': () => workforce.listProfiles(),
    'workforce.deleteProfile': ({ id }) => workforce.deleteProfile(id),
    'priorities.get': ({ workshopId }) => priorities.get(workshopId),
    'priorities.setVoting': (input) => priorities.setVoting(input),
    'priorities.setVote': (input) => priorities.setVote(input),
    'priorities.setOrder': (input) => priorities.setOrder(input),
    'priorities.setAgreed': (input) => priorities.setAgreed(input),
    'priorities.setChampion': (input) => priorities.setChampion(input),
    'action.add': (input) => priorities.addAction(input),
    'action.update': (input) => priorities.updateAction(input),
    'action.delete': ({ id }) => priorities.deleteAction(id),
    'workshop.progress': ({ workshopId }) => priorities.progress(workshopId),
    'resource.list': (filter) => resources.list(filter),
    'resource.add': (input) => resources.add(input),
    'resource.update': (input) => resources.update(input),
    'resource.remove': ({ id }) => resources.remove(id),
    'export.actionsCsv': ({ workshopId }) => exports.actionsCsv(workshopId),
    'export.ceilingCsv': (input) => exports.ceilingCsv(input),
    'export.reportPdf': (input) => exports.reportPdf(input),
    'report.get': ({ workshopId }) => services.report.inputs(workshopId),
    'app.openExternal': ({ url }) => openExternalLink(url, services.externalLinks),
    'backup.list': () => backups.list(),
    'backup.create': () => backups.create(),
    'backup.restore': ({ name }) => backups.restore(name),
    // The database is open: there is nothing to recover (recovery/recovery-core.ts serves these otherwise).
    'recovery.status': () => ({ needed: false }) as const,
    'recovery.listBackups': nothingToRecover,
    'recovery.restore': nothingToRecover,
    'recovery.startNew': nothingToRecover,
    'recovery.quit': nothingToRecover,
    'workshopFile.export': ({ organisationId }) => workshopFiles.export(organisationId),
    'workshopFile.inspect': () => workshopFiles.inspect(),
    'workshopFile.import': (input) => workshopFiles.import(input),
  };
}

function nothingToRecover(): never {
  throw new AppError('CONFLICT', 'Boardwalk opened your data normally: there is nothing to recover.');
}
