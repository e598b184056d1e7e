import { z } from 'zod';

/** Why the database could not be opened (src-main/core/db/database-open-error.ts raises them). */
export const DATABASE_OPEN_ERROR_CODES = [
  /** Written by a newer Boardwalk: opening it could damage what the newer version wrote. */
  'DB_TOO_NEW',
  /** Not an SQLite database at all (a wrong file: an image, a text file). */
  'DB_NOT_A_DATABASE',
  /** An SQLite database that is damaged: a wiped header, a cut-off file, a failed integrity check. */
  'DB_CORRUPT',
  /** The file could not be read at all: permissions, a disk error, another program holding it. */
  'DB_UNREADABLE',
  /** The note of which database file to open (written when the user started a new one) is damaged. */
  'DB_SETTINGS_DAMAGED',
] as const;
export type DatabaseOpenErrorCode = (typeof DATABASE_OPEN_ERROR_CODES)[number];

/** Anything else that stopped the database opening (a failed update of its shape, say). */
export const RECOVERY_CODES = [...DATABASE_OPEN_ERROR_CODES, 'DB_OPEN_FAILED'] as const;
export type RecoveryCode = (typeof RECOVERY_CODES)[number];

export const recoveryStatusSchema = z.discriminatedUnion('needed', [
  z.strictObject({ needed: z.literal(false) }),
  z.strictObject({
    needed: z.literal(true),
    code: z.enum(RECOVERY_CODES),
    /** Plain English: what is wrong, and that the file has not been changed. */
    message: z.string(),
    /** The file that could not be opened, left exactly where and as it is. */
    file: z.string(),
  }),
]);
export type RecoveryStatus = z.output<typeof recoveryStatusSchema>;

/** After a restore or a fresh start from the recovery screen: the database Boardwalk now uses. */
export const recoveredSchema = z.strictObject({ databaseFile: z.string() });
export type Recovered = z.output<typeof recoveredSchema>;

/** Electron quits; where there is no process to end (the browser dev view), `closing` is false. */
export const quitResultSchema = z.strictObject({ closing: z.boolean() });
