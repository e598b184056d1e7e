import { BACKUP_NAME_PATTERN } from '../../../shared/backups/backup';
import type { BackupKind } from '../../../shared/backups/backup';

/** A filesystem-safe UTC timestamp that sorts in time order: 2026-11-21T07-46-05-123Z. */
export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** `boardwalk-2026-11-21T07-46-05-123Z-daily.sqlite3`. */
export function backupFileName(takenAt: Date, label: string): string {
  return `boardwalk-${backupStamp(takenAt)}-${label}.sqlite3`;
}

/** The label of the copy taken before migrating from one schema version to another. */
export function migrationLabel(from: number, to: number): MigrationLabel {
  return `before-v${to}-from-v${from}`;
}

export type MigrationLabel = `before-v${number}-from-v${number}`;
export type BackupLabel = 'daily' | 'manual' | 'before-restore' | MigrationLabel;

export function kindOfLabel(label: string): BackupKind | null {
  if (label === 'daily' || label === 'manual' || label === 'before-restore') return label;
  if (/^before-v\d+-from-v\d+$/.test(label)) return 'before-migration';
  return null;
}

export type ParsedBackupName = {
  readonly name: string;
  readonly takenAt: Date;
  readonly label: string;
  readonly kind: BackupKind;
};

/** Null for any file that is not one of Boardwalk's backups: such files are never listed or deleted. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, label] = match;
  if (label === undefined) return null;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(takenAt.getTime()) || backupStamp(takenAt) !== name.slice('boardwalk-'.length, 'boardwalk-'.length + 24)) {
    return null;
  }
  const kind = kindOfLabel(label);
  return kind === null ? null : { name, takenAt, label, kind };
}
