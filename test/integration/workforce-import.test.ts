import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultMapping } from '../../shared/workforce/recognise';
import type { ScanResult, ValueMapping } from '../../shared/workforce/types';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/** A small ESR-like extract with names and employee numbers that must never be stored. */
const PERSON_CSV = [
  'Employee Number,Full Name,Staff Group,Occupation,Pay Band,FTE',
  '10000001,Zebedee Quartermaine,Nursing and Midwifery Registered,Staff Nurse,Band 5,1',
  '10000002,Ophelia Strangeways,Nursing and Midwifery Registered,Midwife,Band 6,0.8',
  '10000003,Barnaby Fothergill,Nursing and Midwifery Registered,Matron,Band 8 - Range A,1',
  '10000004,Clementine Ashdown,Medical and Dental,Consultant,Consultant,1',
  '10000005,Peregrine Whitlock,Allied Health Professionals,Physiotherapist,Band 6,0.6',
  '10000006,Wilhelmina Gaskell,Administrative and Clerical,Medical Secretary,Band 4,1',
  '10000007,Thaddeus Marchbanks,Administrative and Clerical,Director of Finance,VSM,1',
  '10000008,Persephone Odell,Estates and Ancillary,Porter,Band 2,1',
  '10000009,Hieronymus Bellweather,Nursing and Midwifery Registered,Staff Nurse,Band 5,1',
  '10000010,Gwendolyn Pettigrew,Research Oddities,Dream Analyst,Band 7,1',
].join('\r\n');

const NAMES = ['Zebedee Quartermaine', 'Ophelia Strangeways', 'Hieronymus Bellweather', '10000004'];

let core: TestCore;
let filesDir: string;
let chosen: (string | null)[];
let organisationId: number;

beforeEach(async () => {
  chosen = [];
  filesDir = makeTempDir('boardwalk-files-');
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'), {
    fileChooser: { chooseWorkforceFile: () => Promise.resolve(chosen.shift() ?? null) },
  });
  const created = await core.call('organisation.create', { name: 'Northshire Hospitals NHS Trust', odsCode: 'RNS', type: 'nhs-trust' });
  if (!created.ok) throw new Error('setup');
  organisationId = created.value.id;
});

afterEach(() => {
  core.dispose();
  removeDir(filesDir);
});

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(filesDir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function choose(file: string): Promise<string> {
  chosen.push(file);
  const result = await core.call('workforce.chooseFile', {});
  if (!result.ok || !result.value.file) throw new Error(`choose failed: ${JSON.stringify(result)}`);
  return result.value.file.fileId;
}

async function waitForScan(jobId: string): Promise<ChannelOutput<'workforce.scanStatus'>> {
  for (let i = 0; i < 400; i += 1) {
    const status = await core.call('workforce.scanStatus', { jobId });
    if (!status.ok) throw new Error(status.error.message);
    if (status.value.state !== 'running') return status.value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the scan did not finish');
}

const PERSON_COLUMNS = { shape: 'person', staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' } as const;

async function scanPerson(file: string): Promise<{ jobId: string; result: ScanResult }> {
  const fileId = await choose(file);
  const started = await core.call('workforce.startScan', { fileId, sheet: null, columns: PERSON_COLUMNS });
  if (!started.ok) throw new Error(started.error.message);
  const status = await waitForScan(started.value.jobId);
  if (status.state !== 'done') throw new Error(`scan ended ${JSON.stringify(status)}`);
  return { jobId: started.value.jobId, result: status.result };
}

/** The suggestions, with the one value no default knows mapped by hand (as a user would). */
function completeMapping(result: ScanResult): ValueMapping {
  const { mapping } = defaultMapping(result, PERSON_COLUMNS);
  return { ...mapping, groups: { ...mapping.groups, 'Research Oddities': 'exclude' } };
}

describe('importing a workforce file', () => {
  it('inspects the file: headers, dialect and suggested columns, without any data row', async () => {
    const fileId = await choose(writeFile('esr.csv', PERSON_CSV));
    const inspected = await core.call('workforce.inspect', { fileId });
    if (!inspected.ok) throw new Error(inspected.error.message);
    expect(inspected.value).toMatchObject({
      name: 'esr.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Employee Number', 'Full Name', 'Staff Group', 'Occupation', 'Pay Band', 'FTE'],
      suggested: { shape: 'person', person: { staffGroup: 'Staff Group', occupation: 'Occupation', level: 'Pay Band', fte: 'FTE' } },
    });
    expect(JSON.stringify(inspected.value)).not.toContain('Zebedee');
  });

  it('reads a person-level file in a worker and stores only counts per profession and level', async () => {
    const { jobId, result } = await scanPerson(writeFile('esr.csv', PERSON_CSV));
    expect(result.rowsRead).toBe(10);
    expect(JSON.stringify(result)).not.toMatch(/Zebedee|10000001/);

    const committed = await core.call('workforce.commitImport', {
      organisationId,
      jobId,
      snapshotDate: '2026-03-31',
      label: 'Year end',
      values: completeMapping(result),
      saveProfileAs: 'ESR monthly',
    });
    if (!committed.ok) throw new Error(committed.error.message);
    expect(committed.value).toMatchObject({
      organisationId,
      snapshotDate: '2026-03-31',
      label: 'Year end',
      sourceName: 'esr.csv',
      shape: 'person',
      hasFte: true,
      rowsRead: 10,
      // nurses x3 (two Band 5, one Matron 8a), a midwife, a consultant, a physio
      rowsMapped: 6,
      // Director of Finance (VSM): the only non-clinical row on the ladder
      rowsNonClinical: 1,
      // secretary and porter below the ladder, and the excluded staff group
      rowsExcluded: 3,
      clinicalHeadcount: 6,
    });

    const read = await core.call('workforce.getSnapshot', { id: committed.value.id });
    if (!read.ok) throw new Error(read.error.message);
    const cells = read.value.counts.map((c) => `${c.professionId}/${c.levelId}=${c.headcount}/${c.fte}`).sort();
    expect(cells).toEqual([
      'ahp/band-6=1/0.6',
      'doctors/band-8d=1/1',
      'midwives/band-6=1/0.8',
      'non-clinical/vsm=1/1',
      'nurses/band-5=2/2',
      'nurses/band-8a=1/1',
    ]);

    const profiles = await core.call('workforce.listProfiles', {});
    expect(profiles).toMatchObject({ ok: true, value: [{ name: 'ESR monthly', columns: PERSON_COLUMNS }] });
  });

  it('leaves no name or employee number in the database, its folder or the temporary folder', async () => {
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const { jobId, result } = await scanPerson(writeFile('esr.csv', PERSON_CSV));
    await core.call('workforce.commitImport', { organisationId, jobId, snapshotDate: '2026-03-31', label: '', values: completeMapping(result), saveProfileAs: null });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(core.dataDir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const bytes = fs.readFileSync(path.join(file.parentPath, file.name)).toString('latin1');
      for (const name of NAMES) expect(bytes, `${file.name} holds "${name}"`).not.toContain(name);
    }
    const created = fs.readdirSync(os.tmpdir()).filter((name) => !tmpBefore.has(name));
    for (const name of created) {
      const full = path.join(os.tmpdir(), name);
      if (!fs.statSync(full).isFile()) continue;
      const bytes = fs.readFileSync(full).toString('latin1');
      for (const secret of NAMES) expect(bytes, `${name} holds "${secret}"`).not.toContain(secret);
    }
  });

  it('refuses to commit while a value is unmapped, naming it, and changes nothing', async () => {
    const { jobId, result } = await scanPerson(writeFile('esr.csv', PERSON_CSV));
    const before = contentHash(core.db);
    const { mapping } = defaultMapping(result, PERSON_COLUMNS);
    const refused = await core.call('workforce.commitImport', { organisationId, jobId, snapshotDate: '2026-03-31', label: '', values: mapping, saveProfileAs: 'Never saved' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('INVALID_INPUT');
    expect(refused.error.message).toContain('Research Oddities');
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses a second snapshot on the same date, and changes nothing', async () => {
    const first = await scanPerson(writeFile('esr.csv', PERSON_CSV));
    await core.call('workforce.commitImport', { organisationId, jobId: first.jobId, snapshotDate: '2026-03-31', label: '', values: completeMapping(first.result), saveProfileAs: null });
    const second = await scanPerson(writeFile('esr2.csv', PERSON_CSV));
    const before = contentHash(core.db);
    const refused = await core.call('workforce.commitImport', { organisationId, jobId: second.jobId, snapshotDate: '2026-03-31', label: '', values: completeMapping(second.result), saveProfileAs: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: ['snapshotDate'] } });
    if (!refused.ok) expect(refused.error.message).toContain('31 March 2026');
    expect(contentHash(core.db)).toBe(before);
  });

  it('lands a snapshot whole or not at all when a write fails half way', async () => {
    const { jobId, result } = await scanPerson(writeFile('esr.csv', PERSON_CSV));
    // A fault injected beneath the service: the fourth count written fails.
    core.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON workforce_count
      WHEN (SELECT count(*) FROM workforce_count WHERE snapshot_id = NEW.snapshot_id) >= 3
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = contentHash(core.db);
    const failed = await core.call('workforce.commitImport', { organisationId, jobId, snapshotDate: '2026-03-31', label: '', values: completeMapping(result), saveProfileAs: 'Half' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(contentHash(core.db)).toBe(before);
    expect(core.db.prepare('SELECT count(*) AS n FROM workforce_snapshot').get()).toEqual({ n: 0 });
  });

  it('reports a bad value with the file, row and column, and stores nothing', async () => {
    const bad = PERSON_CSV.replace('Physiotherapist,Band 6,0.6', 'Physiotherapist,Band 6,lots');
    const fileId = await choose(writeFile('bad.csv', bad));
    const before = contentHash(core.db);
    const started = await core.call('workforce.startScan', { fileId, sheet: null, columns: PERSON_COLUMNS });
    if (!started.ok) throw new Error(started.error.message);
    const status = await waitForScan(started.value.jobId);
    expect(status).toMatchObject({ state: 'failed', problem: { row: 6, column: 'FTE' } });
    if (status.state === 'failed') expect(status.problem.message).toMatch(/^bad\.csv, row 6, column "FTE" \(F\): the value is not a number/);
    const commit = await core.call('workforce.commitImport', { organisationId, jobId: started.value.jobId, snapshotDate: '2026-03-31', label: '', values: { groups: {}, occupations: {}, levels: {} }, saveProfileAs: null });
    expect(commit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('cancels a scan that is running', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `${i},Person ${i},Medical and Dental,Consultant,Consultant,1`);
    const fileId = await choose(writeFile('big.csv', [PERSON_CSV.split('\r\n')[0], ...rows].join('\n')));
    const started = await core.call('workforce.startScan', { fileId, sheet: null, columns: PERSON_COLUMNS });
    if (!started.ok) throw new Error(started.error.message);
    expect(await core.call('workforce.cancelScan', { jobId: started.value.jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await core.call('workforce.scanStatus', { jobId: started.value.jobId })).toEqual({ ok: true, value: { state: 'cancelled' } });
  });

  it('refuses ids it never gave out and says the chooser is unavailable where there is none', async () => {
    const fileId = '00000000-0000-4000-8000-000000000000';
    expect(await core.call('workforce.inspect', { fileId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['fileId'] } });
    expect(await core.call('workforce.inspect', { fileId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['fileId'] } });
    const bare = createTestCore();
    try {
      expect(await bare.call('workforce.chooseFile', {})).toEqual({ ok: true, value: { file: null, available: false } });
    } finally {
      bare.dispose();
    }
  });

  it('lists snapshots newest first and deletes one with its counts', async () => {
    const a = await scanPerson(writeFile('a.csv', PERSON_CSV));
    await core.call('workforce.commitImport', { organisationId, jobId: a.jobId, snapshotDate: '2025-03-31', label: '', values: completeMapping(a.result), saveProfileAs: null });
    const b = await scanPerson(writeFile('b.csv', PERSON_CSV));
    const newer = await core.call('workforce.commitImport', { organisationId, jobId: b.jobId, snapshotDate: '2026-03-31', label: '', values: completeMapping(b.result), saveProfileAs: null });
    if (!newer.ok) throw new Error(newer.error.message);
    const listed = await core.call('workforce.listSnapshots', { organisationId });
    expect(listed.ok && listed.value.map((s) => s.snapshotDate)).toEqual(['2026-03-31', '2025-03-31']);
    expect(await core.call('workforce.deleteSnapshot', { id: newer.value.id })).toEqual({ ok: true, value: { id: newer.value.id } });
    expect(core.db.prepare('SELECT count(*) AS n FROM workforce_count WHERE snapshot_id = ?').get(newer.value.id)).toEqual({ n: 0 });
    expect(await core.call('workforce.getSnapshot', { id: newer.value.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the values of earlier files in a profile saved again under the same name', async () => {
    const first = await scanPerson(writeFile('a.csv', PERSON_CSV));
    await core.call('workforce.commitImport', { organisationId, jobId: first.jobId, snapshotDate: '2025-03-31', label: '', values: completeMapping(first.result), saveProfileAs: 'ESR monthly' });
    const smaller = PERSON_CSV.split('\r\n').slice(0, 3).join('\r\n');
    const second = await scanPerson(writeFile('b.csv', smaller));
    const values = defaultMapping(second.result, PERSON_COLUMNS).mapping;
    await core.call('workforce.commitImport', { organisationId, jobId: second.jobId, snapshotDate: '2026-03-31', label: '', values, saveProfileAs: ' esr MONTHLY ' });
    const profiles = await core.call('workforce.listProfiles', {});
    if (!profiles.ok) throw new Error(profiles.error.message);
    expect(profiles.value).toHaveLength(1);
    expect(profiles.value[0]?.values.groups['Research Oddities']).toBe('exclude');
    expect(profiles.value[0]?.values.levels['Band 5']).toBe('band-5');
  });

  it('answers other requests at once while a large file is read in the worker', async () => {
    const rows = Array.from({ length: 400_000 }, (_, i) => `${i},Person ${i},Medical and Dental,Consultant,Consultant,1`);
    const fileId = await choose(writeFile('big.csv', [PERSON_CSV.split('\r\n')[0], ...rows].join('\n')));
    const started = await core.call('workforce.startScan', { fileId, sheet: null, columns: PERSON_COLUMNS });
    if (!started.ok) throw new Error(started.error.message);
    let answeredWhileRunning = 0;
    for (let i = 0; i < 20; i += 1) {
      const info = await core.call('app.info', {});
      const status = await core.call('workforce.scanStatus', { jobId: started.value.jobId });
      if (info.ok && status.ok && status.value.state === 'running') answeredWhileRunning += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(answeredWhileRunning).toBeGreaterThan(5);
    const done = await waitForScan(started.value.jobId);
    expect(done).toMatchObject({ state: 'done', result: { rowsRead: 400_000, groups: [{ rows: 400_000 }] } });
  });

  it('deletes a saved mapping, and refuses one that does not exist, changing nothing', async () => {
    const { jobId, result } = await scanPerson(writeFile('a.csv', PERSON_CSV));
    await core.call('workforce.commitImport', { organisationId, jobId, snapshotDate: '2025-03-31', label: '', values: completeMapping(result), saveProfileAs: 'ESR monthly' });
    const listed = await core.call('workforce.listProfiles', {});
    const id = listed.ok ? (listed.value[0]?.id ?? 0) : 0;
    const before = contentHash(core.db);
    expect(await core.call('workforce.deleteProfile', { id: id + 100 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
    expect(contentHash(core.db)).toBe(before);
    expect(await core.call('workforce.deleteProfile', { id })).toEqual({ ok: true, value: { id } });
    expect(await core.call('workforce.listProfiles', {})).toEqual({ ok: true, value: [] });
  });

  it('skips a saved mapping whose stored JSON no longer passes its schema', async () => {
    core.db
      .prepare("INSERT INTO import_profile (name, name_key, columns, value_map, updated_at) VALUES ('Broken', 'broken', '{\"shape\":\"person\"}', '{}', '2026-01-01T00:00:00.000Z')")
      .run();
    expect(await core.call('workforce.listProfiles', {})).toEqual({ ok: true, value: [] });
  });
});
