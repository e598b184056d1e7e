import path from 'node:path';

/** Names a throw-away data folder for a development run or the Electron end-to-end suite. */
export const DATA_DIR_ENV = 'BOARDWALK_DATA_DIR';

/**
 * The data folder to use instead of Electron's userData, or null for userData.
 *
 * Honoured only when the app is not packaged (run from the source tree: `npm start`, the
 * Electron end-to-end suite). An installed Boardwalk always keeps its database where the
 * operating system puts per-user data: an environment variable left by a login script or
 * another program must not be able to point it at a network share or someone else's folder.
 * The path must be absolute, so it never depends on the folder the app was started from.
 */
export function dataDirOverride(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const value = env[DATA_DIR_ENV];
  if (value === undefined || value.trim() === '') return null;
  if (!path.isAbsolute(value) || value.includes('\0')) {
    throw new Error(`${DATA_DIR_ENV} must be an absolute path to a folder (it is "${value}")`);
  }
  return path.resolve(value);
}
