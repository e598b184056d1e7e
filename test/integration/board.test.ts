import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { BOARD_OF_TEN, BOARD_OF_TEN_IN_BOARD_ORDER, seedOrganisationWithBoard } from '../harness/fixtures-data';

let core: TestCore;
beforeEach(() => {
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'));
});
afterEach(() => core.dispose());

const ned = { name: 'Jo Bloggs', role: 'non-executive-director', voting: true, executive: false, independent: true, background: 'midwives', registered: true } as const;

describe('board members', () => {
  it('adds a board of ten and lists them chair first, then executives, then non-executives', async () => {
    const { organisationId } = await seedOrganisationWithBoard(core);
    const list = await core.call('board.list', { organisationId });
    expect(list.ok && list.value.map((m) => m.name)).toEqual(BOARD_OF_TEN_IN_BOARD_ORDER);
    expect(list.ok && list.value[3]).toMatchObject({ role: 'medical-director', background: 'doctors', registered: true, executive: true, independent: null });
    expect(BOARD_OF_TEN).toHaveLength(10);
  });

  it('updates and removes a member, and keeps boards of different organisations apart', async () => {
    const a = await seedOrganisationWithBoard(core, 'A trust', 'RA1');
    const b = await core.call('organisation.create', { name: 'B trust', odsCode: 'RB1', type: 'nhs-trust' });
    if (!b.ok) throw new Error('setup');
    const added = await core.call('board.add', { organisationId: b.value.id, ...ned });
    if (!added.ok) throw new Error('setup');
    const updated = await core.call('board.update', { id: added.value.id, ...ned, name: 'Jo Bloggs-Smith', independent: false });
    expect(updated).toMatchObject({ ok: true, value: { name: 'Jo Bloggs-Smith', independent: false, organisationId: b.value.id } });
    const listB = await core.call('board.list', { organisationId: b.value.id });
    expect(listB.ok && listB.value).toHaveLength(1);
    expect(await core.call('board.remove', { id: added.value.id })).toEqual({ ok: true, value: { id: added.value.id } });
    expect(await core.call('board.remove', { id: added.value.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
    const listA = await core.call('board.list', { organisationId: a.organisationId });
    expect(listA.ok && listA.value).toHaveLength(10);
  });

  it.each([
    [{ ...ned, name: '  ' }, ['name'], 'Enter the name'],
    [{ ...ned, name: 'x'.repeat(201) }, ['name'], 'Name must be 200 characters or fewer'],
    [{ ...ned, role: 'treasurer' }, ['role'], 'Select the role on the board'],
    [{ ...ned, voting: 'yes' }, ['voting'], 'Say whether this member votes'],
    [{ ...ned, background: 'dentists' }, ['background'], 'Select the professional background'],
    [{ ...ned, executive: true }, ['executive'], 'A non-executive director is not an executive'],
    [{ ...ned, role: 'chief-executive', independent: null }, ['executive'], 'A chief executive is an executive'],
    [{ ...ned, role: 'associate-non-voting' }, ['voting'], 'An associate or non-voting member cannot vote'],
    [{ ...ned, independent: null }, ['independent'], 'Say whether this non-executive is independent'],
    [{ ...ned, role: 'finance-director', executive: true }, ['independent'], 'Independence applies only to the chair and non-executive members'],
    [{ ...ned, background: 'non-clinical' }, ['registered'], 'Only a member with a clinical background can be registered with a professional regulator'],
    [{ ...ned, salary: 1 }, ['salary'], 'Unexpected field "salary"'],
  ])('refuses %j naming the field, and writes nothing', async (fields, path, message) => {
    const { organisationId } = await seedOrganisationWithBoard(core);
    const before = contentHash(core.db);
    const result = await core.dispatch('board.add', { organisationId, ...fields });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path, message } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses a member for an organisation that does not exist', async () => {
    const before = contentHash(core.db);
    expect(await core.call('board.add', { organisationId: 99, ...ned })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['organisationId'] },
    });
    expect(contentHash(core.db)).toBe(before);
  });

  it('goes when its organisation is deleted', async () => {
    const { organisationId } = await seedOrganisationWithBoard(core);
    await core.call('organisation.delete', { id: organisationId });
    expect(core.db.prepare('SELECT count(*) AS n FROM board_member').get()).toEqual({ n: 0 });
  });
});
