import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePathFor } from '../../src-main/core/app-core';
import { OrganisationRepository } from '../../src-main/core/organisations/organisation-repository';
import { OrganisationService } from '../../src-main/core/organisations/organisation-service';
import { AppError } from '../../src-main/core/errors';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';

let core: TestCore;
let clock: Date;

beforeEach(() => {
  clock = new Date('2026-11-21T10:00:00.000Z');
  core = createTestCore(() => clock);
});
afterEach(() => core.dispose());

describe('OrganisationRepository', () => {
  it('stores, lists in name order regardless of case, renames and deletes', () => {
    const repo = new OrganisationRepository(core.db);
    const b = repo.insert({ name: 'barnsley Hospital NHS Foundation Trust', odsCode: 'RFF', type: 'nhs-foundation-trust' }, '2026-01-01T00:00:00.000Z');
    const a = repo.insert({ name: 'Airedale NHS Foundation Trust', odsCode: 'RCF', type: 'nhs-foundation-trust' }, '2026-01-01T00:00:00.000Z');
    const c = repo.insert({ name: 'A consultancy', odsCode: null, type: 'other' }, '2026-01-01T00:00:00.000Z');
    expect(repo.list().map((o) => o.id)).toEqual([c.id, a.id, b.id]);
    expect(repo.findByName('AIREDALE nhs foundation trust')?.id).toBe(a.id);
    expect(repo.findByOdsCode('RFF')?.id).toBe(b.id);
    expect(repo.rename(a.id, 'Airedale General', '2026-02-02T00:00:00.000Z')).toMatchObject({ name: 'Airedale General', updatedAt: '2026-02-02T00:00:00.000Z', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(repo.delete(a.id)).toBe(true);
    expect(repo.delete(a.id)).toBe(false);
    expect(repo.get(a.id)).toBeUndefined();
  });

  it('is backed by constraints that hold even if a caller skips the service', () => {
    const repo = new OrganisationRepository(core.db);
    repo.insert({ name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' }, 'now');
    expect(() => repo.insert({ name: 'LEEDS', odsCode: 'RX1', type: 'nhs-trust' }, 'now')).toThrow(/UNIQUE/);
    expect(() => repo.insert({ name: 'York', odsCode: 'RR8', type: 'nhs-trust' }, 'now')).toThrow(/UNIQUE/);
    expect(() => repo.insert({ name: 'York', odsCode: 'rcb', type: 'nhs-trust' }, 'now')).toThrow(/CHECK/);
    expect(() => repo.insert({ name: ' ', odsCode: null, type: 'other' }, 'now')).toThrow(/CHECK/);
    expect(() => repo.insert({ name: 'York', odsCode: null, type: 'hospice' as 'other' }, 'now')).toThrow(/CHECK/);
  });
});

describe('OrganisationService', () => {
  it('creates with a trimmed name and upper-case ODS code, timestamped', async () => {
    const result = await core.call('organisation.create', { name: '  Leeds Teaching Hospitals NHS Trust ', odsCode: ' rr8 ', type: 'nhs-trust' });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 1,
        name: 'Leeds Teaching Hospitals NHS Trust',
        odsCode: 'RR8',
        type: 'nhs-trust',
        createdAt: '2026-11-21T10:00:00.000Z',
        updatedAt: '2026-11-21T10:00:00.000Z',
      },
    });
  });

  it('lets an "other" organisation have no ODS code, stored as null', async () => {
    const result = await core.call('organisation.create', { name: 'NHS Leadership Academy partner', odsCode: '', type: 'other' });
    expect(result).toMatchObject({ ok: true, value: { odsCode: null } });
  });

  it('refuses a duplicate name in any case, and a duplicate ODS code, naming the field and writing nothing', async () => {
    await core.call('organisation.create', { name: 'Leeds Teaching Hospitals NHS Trust', odsCode: 'RR8', type: 'nhs-trust' });
    const before = contentHash(core.db);
    expect(await core.call('organisation.create', { name: 'LEEDS TEACHING HOSPITALS NHS TRUST', odsCode: 'RX1', type: 'nhs-trust' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', path: ['name'], message: 'An organisation called Leeds Teaching Hospitals NHS Trust already exists' },
    });
    expect(await core.call('organisation.create', { name: 'Somewhere else', odsCode: 'rr8', type: 'nhs-trust' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', path: ['odsCode'], message: 'ODS code RR8 is already used by Leeds Teaching Hospitals NHS Trust' },
    });
    expect(contentHash(core.db)).toBe(before);
  });

  it('renames, allowing a change of case of its own name but not another organisation\'s name', async () => {
    await core.call('organisation.create', { name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' });
    await core.call('organisation.create', { name: 'York', odsCode: 'RCB', type: 'nhs-trust' });
    clock = new Date('2026-11-22T08:00:00.000Z');
    expect(await core.call('organisation.rename', { id: 1, name: 'LEEDS' })).toMatchObject({
      ok: true,
      value: { name: 'LEEDS', updatedAt: '2026-11-22T08:00:00.000Z', createdAt: '2026-11-21T10:00:00.000Z' },
    });
    const before = contentHash(core.db);
    expect(await core.call('organisation.rename', { id: 1, name: 'york' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: ['name'] } });
    expect(await core.call('organisation.rename', { id: 99, name: 'Nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('deletes, and says so when the organisation is already gone', async () => {
    await core.call('organisation.create', { name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' });
    expect(await core.call('organisation.delete', { id: 1 })).toEqual({ ok: true, value: { id: 1 } });
    expect(await core.call('organisation.delete', { id: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('organisation.get', { id: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('organisation.list', {})).toEqual({ ok: true, value: [] });
  });

  it('has committed a write by the time it answers: a second connection sees it at once', async () => {
    await core.call('organisation.create', { name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' });
    const other = new BetterSqlite3(databasePathFor({ dataDir: core.dataDir }), { readonly: true });
    expect(other.prepare('SELECT name FROM organisation').all()).toEqual([{ name: 'Leeds' }]);
    other.close();
  });

  it('throws AppError, not a raw database error, for rule breaches', () => {
    const service = new OrganisationService(core.db, () => clock);
    service.create({ name: 'Leeds', odsCode: 'RR8', type: 'nhs-trust' });
    expect(() => service.create({ name: 'Leeds', odsCode: 'RX1', type: 'nhs-trust' })).toThrow(AppError);
  });
});
