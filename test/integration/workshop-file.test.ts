import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportKind } from '../../shared/export/export';
import { WORKSHOP_FILE_MAX_BYTES } from '../../shared/workshop-file/format';
import type { WorkshopFile } from '../../shared/workshop-file/format';
import { NOT_A_WORKSHOP_FILE, TRUNCATED_FILE } from '../../shared/workshop-file/validate';
import { backupDirFor } from '../../src-main/core/app-core';
import { WORKSHOP_FILE_COVERAGE } from '../../src-main/core/workshop-file/coverage';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { canonicalDump, seedRichOrganisation, tickingClock } from '../harness/workshop-file-data';
import type { RichOrganisation } from '../harness/workshop-file-data';

const EXCLUDED = Object.entries(WORKSHOP_FILE_COVERAGE)
  .filter(([, coverage]) => 'excluded' in coverage)
  .map(([table]) => table);

type Desk = TestCore & {
  /** What the next save dialogs answer; null is a cancel. */
  readonly saveAnswers: (string | null)[];
  readonly saveAsked: Array<{ suggestedName: string; kind: ExportKind }>;
  /** What the next open dialogs answer. */
  readonly openAnswers: (string | null)[];
};

const cores: TestCore[] = [];
let outDir: string;

/** A core with both dialogs answered from queues, and a clock that ticks. */
function desk(start?: string): Desk {
  const saveAnswers: (string | null)[] = [];
  const saveAsked: Array<{ suggestedName: string; kind: ExportKind }> = [];
  const openAnswers: (string | null)[] = [];
  const core = createTestCore(tickingClock(start), {
    saveChooser: {
      chooseSavePath: (suggestedName, kind) => {
        saveAsked.push({ suggestedName, kind });
        return Promise.resolve(saveAnswers.shift() ?? null);
      },
    },
    workshopFileChooser: { chooseWorkshopFile: () => Promise.resolve(openAnswers.shift() ?? null) },
  });
  cores.push(core);
  return Object.assign(core, { saveAnswers, saveAsked, openAnswers });
}

beforeEach(() => {
  outDir = makeTempDir('boardwalk-workshop-file-');
});
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
  removeDir(outDir);
});

async function exportTo(core: Desk, organisationId: number, name = 'export.boardwalk'): Promise<string> {
  const target = path.join(outDir, name);
  core.saveAnswers.push(target);
  const result = await core.call('workshopFile.export', { organisationId });
  expect(result).toEqual({ ok: true, value: { saved: true, fileName: name, available: true } });
  return target;
}

async function inspect(core: Desk, file: string) {
  core.openAnswers.push(file);
  const result = await core.call('workshopFile.inspect', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function inspectReady(core: Desk, file: string) {
  const inspection = await inspect(core, file);
  if (inspection.state !== 'ready') throw new Error(`Not ready: ${JSON.stringify(inspection)}`);
  return inspection;
}

function readFile(file: string): WorkshopFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkshopFile;
}

/**
 * The file without what differs between two exports of the same content: the time of export,
 * the name and ODS code (when imported as a second copy), and a built-in library item's own
 * timestamps, which are those of the library it was found in.
 */
function comparable(file: WorkshopFile): unknown {
  return {
    ...file,
    exportedAt: 'x',
    organisation: { ...file.organisation, name: 'x', odsCode: 'x' },
    resources: file.resources.map((r) => (r.seedKey === null ? r : { ...r, createdAt: 'x', updatedAt: 'x' })),
  };
}

describe('workshopFile.export', () => {
  let a: Desk;
  let rich: RichOrganisation;
  beforeEach(async () => {
    a = desk();
    rich = await seedRichOrganisation(a);
  });

  it('writes one organisation as versioned JSON where the user chose, and changes nothing stored', async () => {
    const before = contentHash(a.db);
    const file = await exportTo(a, rich.organisationId, 'Northshire.boardwalk');
    expect(contentHash(a.db)).toBe(before);
    expect(a.saveAsked).toEqual([{ suggestedName: 'Northshire Hospitals NHS Trust 2026-11-01.boardwalk', kind: 'boardwalk' }]);
    expect(fs.readdirSync(outDir)).toEqual(['Northshire.boardwalk']);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('{\n  "format": "boardwalk-workshop-file",\n  "formatVersion": 1,\n  "appVersion": "test",')).toBe(true);
    const content = readFile(file);
    expect(content.organisation).toMatchObject({ name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN', type: 'nhs-trust' });
    // Local ids, numbered from 1: nothing of the database's own ids leaks into the file.
    expect(content.boardMembers.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(content.workshops.flatMap((w) => w.participants.map((p) => p.id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(content.workshops).toHaveLength(2);
    expect(content.workforceSnapshots.map((s) => s.snapshotDate)).toEqual(['2025-03-31', '2026-03-31']);
    // Only the offers actions suggest: the user's own one and a built-in one, not the unused item.
    expect(content.resources.map((r) => [r.title === 'Northshire shadow board for AHPs', r.seedKey === null])).toEqual(
      expect.arrayContaining([
        [true, true],
        [false, false],
      ]),
    );
    expect(content.resources).toHaveLength(2);
    expect(text).not.toContain('A resource no action suggests');
    // The member who left: the references are gone, the names stay.
    const second = content.workshops[1];
    expect(second?.champions.find((c) => c.kind === 'executive')).toEqual({ kind: 'executive', boardMemberId: null, name: 'Sam Patel' });
    expect(second?.actions.find((x) => x.questionId === 'q5')).toMatchObject({ ownerId: null, ownerName: 'Sam Patel' });
  });

  it('writes nothing when the user cancels, and says when there is no save dialog', async () => {
    a.saveAnswers.push(null);
    expect(await a.call('workshopFile.export', { organisationId: rich.organisationId })).toEqual({
      ok: true,
      value: { saved: false, fileName: null, available: true },
    });
    expect(fs.readdirSync(outDir)).toEqual([]);
    const bare = createTestCore();
    cores.push(bare);
    const created = await bare.call('organisation.create', { name: 'Somewhere', type: 'other' });
    if (!created.ok) throw new Error(created.error.message);
    expect(await bare.call('workshopFile.export', { organisationId: created.value.id })).toEqual({
      ok: true,
      value: { saved: false, fileName: null, available: false },
    });
  });

  it('refuses an organisation that does not exist before any dialog opens', async () => {
    expect(await a.call('workshopFile.export', { organisationId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['organisationId'] },
    });
    expect(a.saveAsked).toEqual([]);
  });

  it('says why a file cannot be saved, and leaves no temporary file', async () => {
    a.saveAnswers.push(path.join(outDir, 'no such folder', 'x.boardwalk'));
    const result = await a.call('workshopFile.export', { organisationId: rich.organisationId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(result.ok ? '' : result.error.message).toMatch(/^Boardwalk could not save x\.boardwalk \(ENOENT\)\. Check the folder still exists/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});

describe('import into a fresh database', () => {
  it('gives the same content, with new ids, and exports again to the same file', async () => {
    const a = desk();
    const rich = await seedRichOrganisation(a);
    const file = await exportTo(a, rich.organisationId);

    const b = desk('2026-11-21T10:00:00.000Z');
    // A second, unrelated organisation first, so the imported rows cannot keep their old ids.
    await b.call('organisation.create', { name: 'Another Trust', odsCode: 'RAA', type: 'nhs-trust' });
    const inspection = await inspectReady(b, file);
    expect(inspection.summary.exportedAt).toBe(readFile(file).exportedAt);
    expect({ ...inspection.summary, exportedAt: 'x' }).toEqual({
      organisation: { name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN', type: 'nhs-trust' },
      formatVersion: 1,
      appVersion: 'test',
      exportedAt: 'x',
      counts: { boardMembers: 9, workshops: 2, ratedQuestions: 10, agreedPriorities: 4, actions: 4, snapshots: 2, resources: 2 },
      matches: [],
      suggestedName: 'Northshire Hospitals NHS Trust',
      nameTaken: false,
      odsCodeTaken: false,
    });
    expect(inspection.fileName).toBe('export.boardwalk');
    expect(JSON.stringify(inspection)).not.toContain(outDir);

    const imported = await b.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new' });
    expect(imported).toMatchObject({ ok: true, value: { organisation: { name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN' }, replaced: null } });
    await b.call('organisation.delete', { id: 1 });

    const original = canonicalDump(a.db, EXCLUDED);
    // The seed puts something in every table the file covers, so every column is compared.
    for (const [table, rows] of Object.entries(original)) expect(rows.length, `rows of ${table}`).toBeGreaterThan(0);
    expect(canonicalDump(b.db, EXCLUDED)).toEqual(original);
    // The ids really are new.
    if (!imported.ok) throw new Error('not imported');
    expect(imported.value.organisation.id).not.toBe(rich.organisationId);

    const again = await exportTo(b, imported.value.organisation.id, 'again.boardwalk');
    expect(comparable(readFile(again))).toEqual(comparable(readFile(file)));
  });

  it('imports a file written by format 1 (the committed fixture), so old files keep opening', async () => {
    const b = desk();
    const inspection = await inspectReady(b, path.resolve('test/fixtures/workshop-file/northshire-format-1.boardwalk'));
    const imported = await b.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new' });
    expect(imported).toMatchObject({ ok: true, value: { organisation: { name: 'Northshire Hospitals NHS Trust' } } });
    const again = await exportTo(b, imported.ok ? imported.value.organisation.id : 0);
    expect(comparable(readFile(again))).toEqual(comparable(readFile(path.resolve('test/fixtures/workshop-file/northshire-format-1.boardwalk'))));
  });
});

describe('import into a database that already has the organisation', () => {
  let a: Desk;
  let rich: RichOrganisation;
  let file: string;
  beforeEach(async () => {
    a = desk('2026-11-21T08:00:00.000Z');
    rich = await seedRichOrganisation(a);
    file = await exportTo(a, rich.organisationId);
  });

  it('shows the organisation it matches, and imports a second one under another name without the ODS code', async () => {
    const inspection = await inspectReady(a, file);
    expect(inspection.summary).toMatchObject({
      matches: [{ id: rich.organisationId, name: 'Northshire Hospitals NHS Trust', sameOdsCode: true, sameName: true, boardMembers: 9, workshops: 2, snapshots: 2 }],
      suggestedName: 'Northshire Hospitals NHS Trust (imported 21 Nov 2026)',
      nameTaken: true,
      odsCodeTaken: true,
    });

    const before = contentHash(a.db);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', path: ['name'], message: 'An organisation called Northshire Hospitals NHS Trust already exists. Give the imported organisation another name.' },
    });
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['name'] },
    });
    expect(contentHash(a.db)).toBe(before);

    const imported = await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: inspection.summary.suggestedName });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.organisation).toMatchObject({ name: 'Northshire Hospitals NHS Trust (imported 21 Nov 2026)', odsCode: null });
    const list = await a.call('organisation.list', {});
    expect(list.ok && list.value.map((o) => o.name)).toEqual(['Northshire Hospitals NHS Trust', 'Northshire Hospitals NHS Trust (imported 21 Nov 2026)']);
    const copy = await exportTo(a, imported.value.organisation.id, 'copy.boardwalk');
    expect(comparable(readFile(copy))).toEqual(comparable(readFile(file)));
    // The user's own offer is the same item, not a second copy of it.
    expect(a.db.prepare("SELECT count(*) AS n FROM resource WHERE title = 'Northshire shadow board for AHPs'").get()).toEqual({ n: 1 });
    // The file is used up: importing it again needs choosing it again.
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: 'Third' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['fileId'] },
    });
  });

  it('the next suggested name along when the first is taken too', async () => {
    const first = await inspectReady(a, file);
    await a.call('workshopFile.import', { fileId: first.fileId, mode: 'new', name: first.summary.suggestedName });
    const second = await inspectReady(a, file);
    expect(second.summary.suggestedName).toBe('Northshire Hospitals NHS Trust (imported 21 Nov 2026, 2)');
    expect(second.summary.matches.map((m) => m.name)).toEqual(['Northshire Hospitals NHS Trust']);
  });

  it('replaces the organisation in place after a backup, keeping its id', async () => {
    const exported = canonicalDump(a.db, EXCLUDED);
    // Changes made after the export, which the replace must undo.
    await a.call('workshop.create', {
      organisationId: rich.organisationId,
      title: 'Made after the export',
      date: '2027-01-10',
      facilitator: '',
      participants: { boardMemberIds: [], guests: [] },
    });
    await a.call('board.remove', { id: rich.memberIds[0] ?? 0 });
    await a.call('organisation.rename', { id: rich.organisationId, name: 'Northshire Hospitals' });

    const inspection = await inspectReady(a, file);
    expect(inspection.summary.matches).toEqual([expect.objectContaining({ id: rich.organisationId, sameOdsCode: true, sameName: false, workshops: 3 })]);
    const imported = await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace', organisationId: rich.organisationId });
    expect(imported).toMatchObject({
      ok: true,
      value: { organisation: { id: rich.organisationId, name: 'Northshire Hospitals NHS Trust', odsCode: 'RXN' }, replaced: 'Northshire Hospitals' },
    });
    expect(canonicalDump(a.db, EXCLUDED)).toEqual(exported);
    const backups = fs.readdirSync(backupDirFor({ dataDir: a.dataDir }));
    expect(backups.filter((name) => name.endsWith('-before-replace.sqlite3'))).toHaveLength(1);
  });

  it('replaces only the same organisation, and nothing changes when it refuses', async () => {
    const other = await a.call('organisation.create', { name: 'Southshire Trust', odsCode: 'RSS', type: 'nhs-trust' });
    if (!other.ok) throw new Error(other.error.message);
    const inspection = await inspectReady(a, file);
    const before = contentHash(a.db);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace', organisationId: other.value.id })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        path: ['organisationId'],
        message: 'Southshire Trust is not the organisation in this file (Northshire Hospitals NHS Trust). Only an organisation with the same ODS code or name can be replaced.',
      },
    });
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace', organisationId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['organisationId'] },
    });
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace' } as never)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(contentHash(a.db)).toBe(before);
  });

  it('refuses to replace when the file’s name belongs to a third organisation, changing nothing', async () => {
    // The same ODS code matches; but the file's name is now another organisation's.
    await a.call('organisation.rename', { id: rich.organisationId, name: 'Northshire Hospitals' });
    await a.call('organisation.create', { name: 'Northshire Hospitals NHS Trust', type: 'other' });
    const inspection = await inspectReady(a, file);
    const before = contentHash(a.db);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace', organisationId: rich.organisationId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Another organisation is called Northshire Hospitals NHS Trust. Rename it first; nothing was replaced.' },
    });
    // The organisation's rows were deleted inside the transaction, and are back.
    expect(contentHash(a.db)).toBe(before);
  });

  it('lands whole or not at all: a fault on the last row leaves nothing of the import behind', async () => {
    const inspection = await inspectReady(a, file);
    // A fault the file cannot cause: the database refuses the very last kind of row written.
    a.db.exec("CREATE TRIGGER refuse_counts BEFORE INSERT ON workforce_count BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
    const before = contentHash(a.db);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: 'All or nothing' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(contentHash(a.db)).toBe(before);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'replace', organisationId: rich.organisationId })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(contentHash(a.db)).toBe(before);
  });

  it('refuses a file changed since it was inspected, changing nothing', async () => {
    const inspection = await inspectReady(a, file);
    const content = readFile(file);
    content.organisation.name = 'Changed behind our back';
    fs.writeFileSync(file, JSON.stringify(content));
    const before = contentHash(a.db);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: 'Fresh name' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', path: ['fileId'], message: 'export.boardwalk has changed since you chose it. Choose it again to see what it holds now; nothing was imported.' },
    });
    fs.rmSync(file);
    expect(await a.call('workshopFile.import', { fileId: inspection.fileId, mode: 'new', name: 'Fresh name' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['fileId'] },
    });
    expect(contentHash(a.db)).toBe(before);
  });

  it('refuses a file id it never gave out', async () => {
    expect(await a.call('workshopFile.import', { fileId: '00000000-0000-4000-8000-000000000000', mode: 'new' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['fileId'] },
    });
    expect(await a.call('workshopFile.import', { fileId: '../../etc/passwd', mode: 'new' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['fileId'] },
    });
  });

  it('a cancelled dialog, and no dialog at all', async () => {
    a.openAnswers.push(null);
    expect(await a.call('workshopFile.inspect', {})).toEqual({ ok: true, value: { state: 'cancelled' } });
    const bare = createTestCore();
    cores.push(bare);
    expect(await bare.call('workshopFile.inspect', {})).toEqual({ ok: true, value: { state: 'unavailable' } });
  });
});

/**
 * Bad files, each made from a good export by one change, each refused with the message that
 * names its problem, with nothing stored changed (the file is only read).
 */
describe('bad files', () => {
  let a: Desk;
  let good: WorkshopFile;
  let goodText: string;
  beforeEach(async () => {
    a = desk();
    const rich = await seedRichOrganisation(a);
    const file = await exportTo(a, rich.organisationId, 'good.boardwalk');
    goodText = fs.readFileSync(file, 'utf8');
    good = JSON.parse(goodText) as WorkshopFile;
  });

  function edited(change: (file: WorkshopFile & Record<string, unknown>) => void): string {
    const copy = structuredClone(good) as WorkshopFile & Record<string, unknown>;
    change(copy);
    return JSON.stringify(copy, null, 2);
  }

  const w = (file: WorkshopFile, i: number) => {
    const workshop = file.workshops[i];
    if (!workshop) throw new Error(`no workshop ${i}`);
    return workshop;
  };

  const cases: Array<[string, () => string | Buffer, string]> = [
    ['an empty file', () => '', `${NOT_A_WORKSHOP_FILE} It is not JSON text, which workshop files are.`],
    ['text that is not JSON', () => 'Minutes of the board, 3 December', `${NOT_A_WORKSHOP_FILE} It is not JSON text, which workshop files are.`],
    ['JSON that is another kind of file', () => '{ "name": "package", "version": "1.0.0" }', `${NOT_A_WORKSHOP_FILE} It does not say "format": "boardwalk-workshop-file".`],
    ['a JSON list', () => '[1, 2, 3]', NOT_A_WORKSHOP_FILE],
    ['a file cut short', () => goodText.slice(0, Math.floor(goodText.length / 2)), TRUNCATED_FILE],
    ['a file cut short inside a character', () => Buffer.from(goodText, 'utf8').subarray(0, Buffer.from(goodText, 'utf8').indexOf(Buffer.from('👍')) + 2), TRUNCATED_FILE],
    ['a damaged file', () => goodText.replace('"formatVersion": 1,', '"formatVersion": 1,,'), 'The file is damaged: it is not valid JSON text at line 3, column 22.'],
    ['a gzipped file', () => zlib.gzipSync(goodText), 'This file is compressed (gzip). Workshop files are plain text: decompress it first, or ask for the .boardwalk file itself.'],
    ['a zip archive', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'This is a zip archive (or a Word or Excel document), not a workshop file. If it is a zip, extract the .boardwalk file from it first.'],
    ['text that is not UTF-8', () => Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x20, 0x20]), `${NOT_A_WORKSHOP_FILE} It is not UTF-8 text, which workshop files are.`],
    ['a newer format', () => edited((f) => Object.assign(f, { formatVersion: 2 })), 'This file was made by a newer version of Boardwalk (format 2). Update Boardwalk to open it.'],
    ['a format version that is not a number', () => edited((f) => Object.assign(f, { formatVersion: '1' })), 'formatVersion: must be a whole number of 1 or more'],
    ['a rating out of range', () => edited((f) => Object.assign(w(f, 1).individualRatings[2] ?? {}, { rating: 7 })), 'workshops[1].individualRatings[2].rating: must be 1 to 5'],
    ['a consensus rating of 0', () => edited((f) => Object.assign(w(f, 0).questionRatings[0] ?? {}, { consensus: 0 })), 'workshops[0].questionRatings[0].consensus: must be 1 to 5'],
    ['a fractional severity', () => edited((f) => Object.assign(w(f, 0).severities[0] ?? {}, { severity: 1.5 })), 'workshops[0].severities[0].severity: must be a whole number'],
    ['a missing field', () => edited((f) => { delete (f.organisation as Partial<WorkshopFile['organisation']>).name; }), 'organisation.name: is missing'],
    ['a field this format does not have', () => edited((f) => Object.assign(w(f, 0), { secret: 'x' })), 'workshops[0].secret: is not part of a workshop file of this format'],
    ['a value of the wrong type', () => edited((f) => Object.assign(f.boardMembers[0] ?? {}, { voting: 'yes' })), 'boardMembers[0].voting: must be true or false'],
    ['a role that does not exist', () => edited((f) => Object.assign(f.boardMembers[0] ?? {}, { role: 'king' })), 'boardMembers[0].role: must be one of "chair", "chief-executive", "finance-director", "medical-director", "nurse-director", "other-executive-director", "non-executive-director", "associate-non-voting"'],
    ['a question that does not exist', () => edited((f) => Object.assign(w(f, 0).votes[0] ?? {}, { questionId: 'q18' })), 'workshops[0].votes[0].questionId: must be a key question, q1 to q17'],
    ['a date that does not exist', () => edited((f) => Object.assign(w(f, 1), { date: '2026-02-30' })), 'workshops[1].date: must be a real date written YYYY-MM-DD, like 2026-03-27'],
    ['an ODS code in lower case', () => edited((f) => Object.assign(f.organisation, { odsCode: 'rxn' })), 'organisation.odsCode: must be 3 to 6 capital letters and numbers, like RJ1'],
    ['notes that are too long', () => edited((f) => Object.assign(w(f, 0).questionRatings[1] ?? {}, { notes: 'x'.repeat(10_001) })), 'workshops[0].questionRatings[1].notes: must be 10000 characters or fewer'],
    ['a negative headcount', () => edited((f) => Object.assign(f.workforceSnapshots[0]?.counts[0] ?? {}, { headcount: -1 })), 'workforceSnapshots[0].counts[0].headcount: must be 0 or more'],
    ['an owner who is not on the board of the file', () => edited((f) => Object.assign(w(f, 1).actions[1] ?? {}, { ownerId: 999 })), 'workshops[1].actions[1].ownerId: there is no board member with id 999 in the file'],
    ['a vote by someone not in the workshop', () => edited((f) => Object.assign(w(f, 1).votes[0] ?? {}, { participantId: 1 })), 'workshops[1].votes[0].participantId: there is no participant with id 1 in this workshop'],
    ['a participant who is not on the board of the file', () => edited((f) => Object.assign(w(f, 0).participants[0] ?? {}, { boardMemberId: 42 })), 'workshops[0].participants[0].boardMemberId: there is no board member with id 42 in the file'],
    ['an offer that is not in the file', () => edited((f) => Object.assign(w(f, 0).actions[0] ?? {}, { resourceId: 7 })), 'workshops[0].actions[0].resourceId: there is no resource with id 7 in the file'],
    ['two board members with one id', () => edited((f) => Object.assign(f.boardMembers[3] ?? {}, { id: 1 })), 'boardMembers[3].id: 1 is already the id of boardMembers[0]'],
    ['an action on a question that is not an agreed priority', () => edited((f) => Object.assign(w(f, 0).actions[0] ?? {}, { questionId: 'q1' })), 'workshops[0].actions[0].questionId: q1 is not an agreed priority of this workshop'],
    ['more dots than a participant has', () => edited((f) => Object.assign(w(f, 0), { dotsPerParticipant: 2 })), 'workshops[0].votes: Helen Marsh has placed 4 dots, more than the 2 each participant has'],
    ['a board member the form would refuse', () => edited((f) => Object.assign(f.boardMembers[1] ?? {}, { executive: false })), 'boardMembers[1].executive: a chief executive is an executive'],
    ['two snapshots of one date', () => edited((f) => Object.assign(f.workforceSnapshots[1] ?? {}, { snapshotDate: '2025-03-31' })), 'workforceSnapshots[1].snapshotDate: 2025-03-31 is already the date of workforceSnapshots[0]'],
  ];

  for (const [name, make, message] of cases) {
    it(`refuses ${name}`, async () => {
      const bad = path.join(outDir, 'bad.boardwalk');
      fs.writeFileSync(bad, make());
      const before = contentHash(a.db);
      const inspection = await inspect(a, bad);
      expect(inspection).toMatchObject({ state: 'refused', fileName: 'bad.boardwalk' });
      expect(inspection.state === 'refused' ? inspection.problems[0] : null).toBe(message);
      expect(contentHash(a.db)).toBe(before);
    });
  }

  it('refuses a file over the size limit before reading it', async () => {
    const big = path.join(outDir, 'big.boardwalk');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, WORKSHOP_FILE_MAX_BYTES + 1);
    const before = contentHash(a.db);
    expect(await inspect(a, big)).toEqual({
      state: 'refused',
      fileName: 'big.boardwalk',
      problems: ['The file is too large to be a workshop file (64 MB; the largest Boardwalk opens is 64 MB).'],
    });
    expect(contentHash(a.db)).toBe(before);
  });

  it('refuses a file that is not there, and a folder', async () => {
    expect(await inspect(a, path.join(outDir, 'missing.boardwalk'))).toMatchObject({ state: 'refused', problems: [expect.stringContaining('cannot open that file')] });
    expect(await inspect(a, outDir)).toMatchObject({ state: 'refused', problems: [expect.stringContaining('cannot open that file')] });
  });

  it('lists every problem found, up to twenty', async () => {
    const bad = path.join(outDir, 'many.boardwalk');
    fs.writeFileSync(
      bad,
      edited((f) => {
        for (const member of f.boardMembers) member.voting = 'no' as unknown as boolean;
      }),
    );
    const inspection = await inspect(a, bad);
    expect(inspection.state === 'refused' && inspection.problems).toEqual(good.boardMembers.map((_, i) => `boardMembers[${i}].voting: must be true or false`));
  });
});
