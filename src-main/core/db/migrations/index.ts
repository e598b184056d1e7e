import type { Migration } from '../migration';
import { migration001 } from './001-organisations';
import { migration002 } from './002-board-and-workshops';
import { migration003 } from './003-workforce';
import { migration004 } from './004-priorities';
import { migration005 } from './005-resources';

/** In order; each version one more than the last (checked when the database opens). */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
