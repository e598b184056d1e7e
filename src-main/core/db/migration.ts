import type { Database } from 'better-sqlite3';

/** One step of the schema. `version` is what `user_version` reads once `up` has run. */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
};
