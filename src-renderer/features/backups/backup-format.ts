import type { Backup, BackupKind } from '../../../shared/backups/backup';
import { formatBytes } from '../../../shared/util/format-bytes';

const KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  daily: 'Automatic, daily',
  manual: 'Backed up by you',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

export function backupKindLabel(kind: BackupKind): string {
  return KIND_LABELS[kind];
}

/**
 * "21 November 2026 at 09:30", in the user's own time (or `timeZone`, for tests): a backup is
 * a moment, so unlike a workshop's date it is shown where the user is.
 */
export function formatBackupTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone === undefined ? {} : { timeZone };
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...zone });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, ...zone });
  return `${day} at ${time}`;
}

export function backupSizeText(backup: Pick<Backup, 'sizeBytes'>): string {
  return formatBytes(backup.sizeBytes);
}

/** What the user reads after a restore, on the screen the app returns to. */
export function restoredMessage(restored: Pick<Backup, 'takenAt'>, beforeRestore: Pick<Backup, 'takenAt'>, timeZone?: string): string {
  return `The backup of ${formatBackupTime(restored.takenAt, timeZone)} has been restored. Your data as it was just before is kept as a backup (Before a restore, ${formatBackupTime(beforeRestore.takenAt, timeZone)}).`;
}
