import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, databasePathFor } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/*
 * Quit, at the core: what the shell does when the app quits is `core.close()`. A write that was
 * answered is durable through it, and so is a write whose answer was still on its way (every
 * handler commits before dispatch yields); a request that comes after the close is answered
 * with an error, not a crash, and writes nothing.
 */

let dataDir: string;
beforeEach(() => {
  dataDir = makeTempDir('boardwalk-close-');
});
afterEach(() => removeDir(dataDir));

const open = (): Core => createCore({ paths: { dataDir }, version: 'test' });

async function seed(core: Core): Promise<number> {
  const org = await core.call('organisation.create', { name: 'Close test trust', odsCode: 'RCT', type: 'nhs-trust' });
  if (!org.ok) throw new Error(org.error.message);
  const member = await core.call('board.add', {
    organisationId: org.value.id,
    name: 'Helen Marsh',
    role: 'chair',
    voting: true,
    executive: false,
    independent: true,
    background: 'non-clinical',
    registered: false,
  });
  if (!member.ok) throw new Error(member.error.message);
  const workshop = await core.call('workshop.create', {
    organisationId: org.value.id,
    title: 'Close test workshop',
    date: '2026-12-03',
    facilitator: '',
    participants: { boardMemberIds: [member.value.id], guests: [] },
  });
  if (!workshop.ok) throw new Error(workshop.error.message);
  return workshop.value.id;
}

async function notesAfterReopen(workshopId: number, questionId: string): Promise<string | undefined> {
  const core = open();
  try {
    const session = await core.call('session.get', { workshopId });
    if (!session.ok) throw new Error(session.error.message);
    return session.value.ratings.find((r) => r.questionId === questionId)?.notes;
  } finally {
    core.close();
  }
}

describe('closing the core', () => {
  it('keeps an answered write, in the database file itself (the WAL is folded in at close)', async () => {
    const core = open();
    const workshopId = await seed(core);
    const written = await core.call('session.setNotes', { workshopId, questionId: 'q7', notes: 'Written, answered, then quit.' });
    expect(written.ok).toBe(true);
    core.close();

    const file = databasePathFor({ dataDir });
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    // The file alone, copied without any -wal or -shm beside it, holds the write.
    const copy = path.join(dataDir, 'copy.sqlite3');
    fs.copyFileSync(file, copy);
    const db = new BetterSqlite3(copy, { readonly: true });
    try {
      expect(db.prepare('SELECT notes FROM question_rating WHERE workshop_id = ? AND question_id = ?').pluck().get(workshopId, 'q7')).toBe(
        'Written, answered, then quit.',
      );
    } finally {
      db.close();
    }
    expect(await notesAfterReopen(workshopId, 'q7')).toBe('Written, answered, then quit.');
  });

  it('keeps a write whose answer had not yet arrived when the core closed', async () => {
    const core = open();
    const workshopId = await seed(core);
    const pending = core.call('session.setNotes', { workshopId, questionId: 'q8', notes: 'Still on its way at the close.' });
    core.close();
    expect(await pending).toMatchObject({ ok: true, value: { notes: 'Still on its way at the close.' } });
    expect(await notesAfterReopen(workshopId, 'q8')).toBe('Still on its way at the close.');
  });

  it('answers a request that comes after the close with an error, and writes nothing', async () => {
    const core = open();
    const workshopId = await seed(core);
    core.close();
    const late = await core.dispatch('session.setNotes', { workshopId, questionId: 'q9', notes: 'Too late.' });
    expect(late).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await notesAfterReopen(workshopId, 'q9')).toBeUndefined();
  });

  it('may be closed twice (the shell can be asked to quit more than once)', () => {
    const core = open();
    core.close();
    expect(() => core.close()).not.toThrow();
  });
});
