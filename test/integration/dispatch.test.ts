import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { createDispatch } from '../../src-main/core/ipc/dispatch';
import type { Handlers } from '../../src-main/core/ipc/dispatch';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';

let core: TestCore;

beforeEach(async () => {
  core = createTestCore();
  const seeded = await core.dispatch('organisation.create', { name: 'Seeded NHS Trust', odsCode: 'RA1', type: 'nhs-trust' });
  expect(seeded.ok).toBe(true);
});
afterEach(() => core.dispose());

describe('dispatch', () => {
  it.each([
    ['a channel that does not exist', 'organisation.launch'],
    ['a prototype property', '__proto__'],
    ['a prototype method', 'toString'],
    ['an empty name', ''],
  ])('rejects %s as an unknown channel without touching the database', async (_label, channel) => {
    const before = contentHash(core.db);
    const result = await core.dispatch(channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(contentHash(core.db)).toBe(before);
  });

  it.each([null, 42, ['organisation.list'], { channel: 'organisation.list' }])(
    'rejects a channel name of the wrong type (%j)',
    async (channel) => {
      const result = await core.dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    },
  );

  it.each<[string, unknown, string, readonly (string | number)[]]>([
    ['no input at all', undefined, 'The request must be an object, not undefined', []],
    ['a string', 'Leeds', 'The request must be an object, not string', []],
    ['null', null, 'The request must be an object, not null', []],
    ['an empty name', { name: '   ', type: 'nhs-trust', odsCode: 'RR8' }, 'Enter the organisation name', ['name']],
    ['a name of the wrong type', { name: 7, type: 'nhs-trust', odsCode: 'RR8' }, 'Enter the organisation name', ['name']],
    ['a malformed ODS code', { name: 'Leeds', type: 'nhs-trust', odsCode: 'RR-8' }, 'Enter an ODS code of 3 to 6 letters and numbers, like RJ1', ['odsCode']],
    ['an ODS code too long', { name: 'Leeds', type: 'nhs-trust', odsCode: 'RR8ABCD' }, 'Enter an ODS code of 3 to 6 letters and numbers, like RJ1', ['odsCode']],
    ['a missing ODS code for a trust', { name: 'Leeds', type: 'nhs-trust' }, 'Enter the ODS code, for example RR8', ['odsCode']],
    ['an unknown type', { name: 'Leeds', type: 'hospice', odsCode: 'RR8' }, 'Select the type of organisation', ['type']],
    ['an unexpected field', { name: 'Leeds', type: 'nhs-trust', odsCode: 'RR8', admin: true }, 'Unexpected field "admin"', ['admin']],
    ['a name over 200 characters', { name: 'x'.repeat(201), type: 'other' }, 'Organisation name must be 200 characters or fewer', ['name']],
  ])('rejects organisation.create with %s, naming the field, and writes nothing', async (_label, input, message, path) => {
    const before = contentHash(core.db);
    const result = await core.dispatch('organisation.create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message, path } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('names a missing ODS code even while the name is also wrong', async () => {
    const result = await core.dispatch('organisation.create', { name: '', type: 'nhs-trust', odsCode: '' });
    expect(!result.ok && result.error.fields).toEqual([
      { path: ['name'], message: 'Enter the organisation name' },
      { path: ['odsCode'], message: 'Enter the ODS code, for example RR8' },
    ]);
  });

  it('lists every field problem at once', async () => {
    const result = await core.dispatch('organisation.create', { name: '', type: 'nope', odsCode: '??' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields.map((f) => f.path.join('.')).sort()).toEqual(['name', 'odsCode', 'type']);
  });

  it.each<[string, unknown]>([
    ['a negative id', { id: -1 }],
    ['a fractional id', { id: 1.5 }],
    ['an id as text', { id: '1' }],
    ['no id', {}],
  ])('rejects organisation.delete with %s and deletes nothing', async (_label, input) => {
    const before = contentHash(core.db);
    const result = await core.dispatch('organisation.delete', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['id'] } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('turns an unexpected fault into a plain message, and reports it without the input', async () => {
    const reported: Array<[string, unknown]> = [];
    const failing = Object.fromEntries(
      CHANNELS.map((channel) => [channel, () => { throw new Error('disk on fire'); }]),
    ) as unknown as Handlers;
    const dispatch = createDispatch(failing, { onInternalError: (channel, error) => reported.push([channel, error]) });
    const result = await dispatch('organisation.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).not.toContain('disk on fire');
    expect(reported).toHaveLength(1);
    expect(reported[0]?.[0]).toBe('organisation.list');
  });

  it('refuses to return output that breaks the contract', async () => {
    const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, () => ({ surprise: true })])) as unknown as Handlers;
    const dispatch = createDispatch(handlers);
    expect(await dispatch('organisation.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers app.info', async () => {
    expect(await core.dispatch('app.info', {})).toEqual({ ok: true, value: { name: 'Boardwalk', version: 'test', schemaVersion: LATEST_SCHEMA_VERSION } });
  });
});
