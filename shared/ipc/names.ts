/**
 * The names of every request channel and event, without their schemas, for the preload: it
 * needs only the names, and should not carry zod into the privileged script. contract.ts and
 * events.ts are checked against these lists by the type system (and a test checks the order).
 */
export const CHANNEL_NAMES = [
  'app.info',
  'organisation.list',
  'organisation.get',
  'organisation.create',
  'organisation.rename',
  'organisation.delete',
  'board.list',
  'board.get',
  'board.add',
  'board.update',
  'board.remove',
  'workshop.list',
  'workshop.get',
  'workshop.create',
  'workshop.update',
  'workshop.delete',
  'session.get',
  'session.setConsensus',
  'session.setIndividual',
  'session.setNotes',
  'session.setSeverity',
  'session.setCeiling',
  'session.setPosition',
  'presenter.open',
  'workforce.chooseFile',
  'workforce.inspect',
  'workforce.startScan',
  'workforce.scanStatus',
  'workforce.cancelScan',
  'workforce.commitImport',
  'workforce.listSnapshots',
  'workforce.getSnapshot',
  'workforce.deleteSnapshot',
  'workforce.listProfiles',
  'workforce.deleteProfile',
  'priorities.get',
  'priorities.setVoting',
  'priorities.setVote',
  'priorities.setOrder',
  'priorities.setAgreed',
  'priorities.setChampion',
  'action.add',
  'action.update',
  'action.delete',
  'workshop.progress',
  'resource.list',
  'resource.add',
  'resource.update',
  'resource.remove',
  'export.actionsCsv',
  'export.ceilingCsv',
  'export.reportPdf',
  'report.get',
  'app.openExternal',
  'backup.list',
  'backup.create',
  'backup.restore',
  'recovery.status',
  'recovery.listBackups',
  'recovery.restore',
  'recovery.startNew',
  'recovery.quit',
  'workshopFile.export',
  'workshopFile.inspect',
  'workshopFile.import',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['app.navigate', 'app.command', 'app.closing'] as const;

export type EventName = (typeof EVENT_NAMES)[number];

/** Events travel on their own prefix so they can never be mistaken for a request channel. */
export function eventChannel(name: string): string {
  return `event:${name}`;
}
