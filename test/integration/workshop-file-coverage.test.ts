import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { workshopFileSchema } from '../../shared/workshop-file/format';
import { ID, PARENT, WORKSHOP_FILE_COVERAGE } from '../../src-main/core/workshop-file/coverage';
import { createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';

let core: TestCore;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => {
  core.dispose();
});

function tables(): string[] {
  return (core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map(
    (t) => t.name,
  );
}

function columns(table: string): string[] {
  return (core.db.prepare(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** Follows `workshops[].actions[].ownerId (local)` through the file's schema; false where it leads nowhere. */
function schemaHas(fieldPath: string): boolean {
  let schema: z.ZodType = workshopFileSchema;
  const segments = fieldPath.replace(/\s*\(.*\)$/, '').split('.');
  for (const raw of segments) {
    const isList = raw.endsWith('[]');
    const key = isList ? raw.slice(0, -2) : raw;
    schema = unwrap(schema);
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
    const next = shape?.[key];
    if (!next) return false;
    schema = unwrap(next);
    if (isList) {
      const element = (schema as unknown as { element?: z.ZodType }).element;
      if (!element) return false;
      schema = element;
    }
  }
  return true;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current.def.type === 'nullable' || current.def.type === 'optional') {
    current = (current as unknown as { unwrap: () => z.ZodType }).unwrap();
  }
  return current;
}

describe('what the workshop file covers (src-main/core/workshop-file/coverage.ts)', () => {
  it('names every table of the database, and only those', () => {
    expect(Object.keys(WORKSHOP_FILE_COVERAGE).sort()).toEqual(tables());
  });

  it('names every column of every table it carries, and only those', () => {
    for (const [table, coverage] of Object.entries(WORKSHOP_FILE_COVERAGE)) {
      if ('excluded' in coverage) {
        expect(coverage.excluded.length, `the reason ${table} is left out`).toBeGreaterThan(40);
        continue;
      }
      expect(Object.keys(coverage.columns).sort(), `columns of ${table}`).toEqual(columns(table).sort());
    }
  });

  it('maps every carried column to a field the file’s schema really has', () => {
    for (const [table, coverage] of Object.entries(WORKSHOP_FILE_COVERAGE)) {
      if ('excluded' in coverage) continue;
      for (const [column, field] of Object.entries(coverage.columns)) {
        if (field === ID || field === PARENT) continue;
        expect(schemaHas(field), `${table}.${column} → ${field}`).toBe(true);
      }
    }
  });

  it('would notice a new column or table (the check itself can fail)', () => {
    core.db.exec('ALTER TABLE workshop ADD COLUMN mood TEXT');
    core.db.exec('CREATE TABLE sticky_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
    expect(Object.keys(WORKSHOP_FILE_COVERAGE).sort()).not.toEqual(tables());
    const workshop = WORKSHOP_FILE_COVERAGE['workshop'];
    expect(workshop && 'columns' in workshop ? Object.keys(workshop.columns).sort() : []).not.toEqual(columns('workshop').sort());
    expect(schemaHas('workshops[].mood')).toBe(false);
    expect(schemaHas('workshops[].actions[].ownerId (local)')).toBe(true);
  });
});
