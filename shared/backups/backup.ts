import { z } from 'zod';

/**
 * Why a backup was taken. `daily`: automatically, the first time Boardwalk starts on a day;
 * `manual`: "Back up now"; `before-migration`: before an update changed the database's shape;
 * `before-restore`: the data as it was just before a backup was restored over it.
 */
export const BACKUP_KINDS = ['daily', 'manual', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * A backup is named by its file, `boardwalk-<UTC time>-<label>.sqlite3`. The name is all the
 * renderer ever sends back: the main process finds the file in its own backups folder, so no
 * path crosses the boundary.
 */
export const BACKUP_NAME_PATTERN = /^boardwalk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9]+(?:-[a-z0-9]+)*)\.sqlite3$/;

export const backupNameSchema = z
  .string({ error: 'Choose a backup from the list' })
  .max(120, { error: 'Choose a backup from the list' })
  .regex(BACKUP_NAME_PATTERN, { error: 'Choose a backup from the list' });

export const backupSchema = z.strictObject({
  name: backupNameSchema,
  takenAt: z.iso.datetime(),
  kind: z.enum(BACKUP_KINDS),
  sizeBytes: z.number().int().nonnegative(),
  /** False when the file fails SQLite's integrity check, is not a database, or is from a newer Boardwalk. */
  usable: z.boolean(),
  /** Why it is not usable, in plain English; null when it is. */
  problem: z.string().nullable(),
  /** The schema version inside it, when it could be read. */
  schemaVersion: z.number().int().nullable(),
});
export type Backup = z.output<typeof backupSchema>;

export const backupListSchema = z.strictObject({
  /** Where the backups are kept, to tell the user (and their IT team). */
  folder: z.string(),
  /** Newest first. */
  backups: z.array(backupSchema),
});
export type BackupList = z.output<typeof backupListSchema>;

export const restoreBackupInputSchema = z.strictObject({ name: backupNameSchema });

export const restoreResultSchema = z.strictObject({
  restored: backupSchema,
  /** The copy of the data the restore replaced, so the restore can itself be undone. */
  beforeRestore: backupSchema,
});
export type RestoreResult = z.output<typeof restoreResultSchema>;
