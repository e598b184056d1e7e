import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startsWithTrigger, UTF8_BOM } from '../../shared/export/csv';
import type { ExportKind } from '../../shared/export/export';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { parseCsv } from '../harness/csv-parse';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { seedCompleteWorkshop } from '../harness/report-data';
import { buildReport } from '../../shared/report/build-report';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';
import { LEVEL_IDS } from '../../shared/framework/levels';
import { PROFESSION_IDS } from '../../shared/framework/professions';

let core: TestCore;
let outDir: string;
let organisationId: number;
let memberIds: number[];
let workshopId: number;
/** What the next save dialogs answer; null is a cancel. */
let answers: (string | null)[];
let asked: Array<{ suggestedName: string; kind: ExportKind }>;

beforeEach(async () => {
  outDir = makeTempDir();
  answers = [];
  asked = [];
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'), {
    saveChooser: {
      chooseSavePath: (suggestedName, kind) => {
        asked.push({ suggestedName, kind });
        return Promise.resolve(answers.shift() ?? null);
      },
    },
  });
  ({ organisationId, memberIds } = await seedOrganisationWithBoard(core));
  const created = await core.call('workshop.create', {
    organisationId,
    title: 'Clinical leadership workshop',
    date: '2026-12-03',
    facilitator: '',
    participants: { boardMemberIds: memberIds.slice(0, 6), guests: [] },
  });
  if (!created.ok) throw new Error(created.error.message);
  workshopId = created.value.id;
});
afterEach(() => {
  core.dispose();
  removeDir(outDir);
});

async function addAction(questionId: string, description: string, dueDate: string, owner: number, notes = ''): Promise<void> {
  const result = await core.call('action.add', {
    workshopId,
    questionId,
    description,
    ownerId: memberIds[owner] ?? 0,
    dueDate,
    status: 'in-progress',
    notes,
    resourceId: null,
  });
  if (!result.ok) throw new Error(result.error.message);
}

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  return parseCsv(text);
}

describe('export.actionsCsv', () => {
  beforeEach(async () => {
    for (const q of ['q3', 'q9']) await core.call('priorities.setAgreed', { workshopId, questionId: q, agreed: true });
    await addAction('q9', '=HYPERLINK("http://evil.example","Click")', '2027-01-31', 1, '+44 notes, "quoted"');
    await addAction('q3', 'Set up a mentoring scheme for AHPs', '2027-03-31', 0);
  });

  it('writes the actions where the user chose, in the board’s order, guarded, and changes nothing stored', async () => {
    await core.call('priorities.setOrder', { workshopId, order: ['q9', 'q3', ...Array.from({ length: 17 }, (_, i) => `q${i + 1}`).filter((q) => q !== 'q9' && q !== 'q3')] });
    const target = path.join(outDir, 'board actions.csv');
    answers.push(target);
    const before = contentHash(core.db);
    const result = await core.call('export.actionsCsv', { workshopId });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'board actions.csv', available: true } });
    expect(contentHash(core.db)).toBe(before);
    expect(asked).toEqual([{ suggestedName: 'actions-2026-12-03.csv', kind: 'csv' }]);
    const rows = readCsv(target);
    expect(rows[0]).toEqual(['Priority', 'Question', 'Theme', 'Action', 'Owner', 'Due date', 'Status', 'Notes', 'Development offer']);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[0]).toBe('1');
    expect(rows[1]?.[1]).toMatch(/^9\. /);
    expect(rows[1]?.[3]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(rows[1]?.[5]).toBe('2027-01-31');
    expect(rows[1]?.[6]).toBe('In progress');
    expect(rows[1]?.[7]).toBe('\'+44 notes, "quoted"');
    expect(rows[2]?.slice(0, 1)).toEqual(['2']);
    expect(rows[2]?.[3]).toBe('Set up a mentoring scheme for AHPs');
    expect(rows.flat().some(startsWithTrigger)).toBe(false);
    // Written atomically: nothing but the file is left in the folder.
    expect(fs.readdirSync(outDir)).toEqual(['board actions.csv']);
  });

  it('replaces a file already there', async () => {
    const target = path.join(outDir, 'actions.csv');
    fs.writeFileSync(target, 'old');
    answers.push(target);
    expect(await core.call('export.actionsCsv', { workshopId })).toMatchObject({ ok: true, value: { saved: true } });
    expect(readCsv(target)).toHaveLength(3);
  });

  it('writes nothing when the user cancels', async () => {
    answers.push(null);
    expect(await core.call('export.actionsCsv', { workshopId })).toEqual({ ok: true, value: { saved: false, fileName: null, available: true } });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuses a workshop that does not exist, before any dialog', async () => {
    expect(await core.call('export.actionsCsv', { workshopId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['workshopId'] } });
    expect(asked).toEqual([]);
  });

  it('says so when the folder cannot be written, leaving no temporary file', async () => {
    answers.push(path.join(outDir, 'missing-folder', 'actions.csv'));
    const result = await core.call('export.actionsCsv', { workshopId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!result.ok && result.error.message).toMatch(/could not save actions\.csv/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('answers "not available" where there is no save dialog', async () => {
    const bare = createTestCore();
    try {
      const { organisationId: org, memberIds: members } = await seedOrganisationWithBoard(bare);
      const w = await bare.call('workshop.create', { organisationId: org, title: 'W', date: '2026-12-03', facilitator: '', participants: { boardMemberIds: members.slice(0, 2), guests: [] } });
      if (!w.ok) throw new Error(w.error.message);
      expect(await bare.call('export.actionsCsv', { workshopId: w.value.id })).toEqual({ ok: true, value: { saved: false, fileName: null, available: false } });
    } finally {
      bare.dispose();
    }
  });
});

describe('export.ceilingCsv', () => {
  let snapshotId: number;
  beforeEach(() => {
    snapshotId = seedSnapshot(core, organisationId, { snapshotDate: '2026-03-31', counts: NORTHSHIRE_2026 });
  });

  it('writes the ceiling table with no count from 1 to 4', async () => {
    const target = path.join(outDir, 'ceilings.csv');
    answers.push(target);
    const result = await core.call('export.ceilingCsv', { snapshotId, measure: 'headcount', threshold: 0.5 });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'ceilings.csv', available: true } });
    expect(asked).toEqual([{ suggestedName: 'ceiling-table-2026-03-31.csv', kind: 'csv' }]);
    const rows = readCsv(target);
    expect(rows[0]?.slice(0, 5)).toEqual(['Profession', 'Staff (headcount)', 'Share of clinical staff', 'Ceiling (threshold 0.5)', 'Low confidence']);
    expect(rows.find((r) => r[0] === 'Psychologists')?.slice(1, 3)).toEqual(['<5', '–']);
    expect(rows.find((r) => r[0] === 'Nurses')?.[1]).toBe('1952');
    for (const cell of rows.flat()) {
      expect(cell, 'a small count').not.toMatch(/^[1-4]$/);
      expect(startsWithTrigger(cell)).toBe(false);
    }
  });

  it('follows the measure and threshold asked for', async () => {
    const target = path.join(outDir, 'fte.csv');
    answers.push(target);
    await core.call('export.ceilingCsv', { snapshotId, measure: 'fte', threshold: 0.8 });
    const rows = readCsv(target);
    expect(rows[0]?.slice(1, 4)).toEqual(['Staff (FTE)', 'Share of clinical staff', 'Ceiling (threshold 0.8)']);
  });

  it('writes nothing when the user cancels', async () => {
    answers.push(null);
    expect(await core.call('export.ceilingCsv', { snapshotId, measure: 'headcount', threshold: 0.5 })).toMatchObject({ ok: true, value: { saved: false } });
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuses a snapshot that does not exist, and a threshold out of range', async () => {
    expect(await core.call('export.ceilingCsv', { snapshotId: 9999, measure: 'headcount', threshold: 0.5 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['snapshotId'] },
    });
    expect(await core.call('export.ceilingCsv', { snapshotId, measure: 'headcount', threshold: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['threshold'] },
    });
    expect(asked).toEqual([]);
  });
});

describe('the actions CSV and the report number the priorities alike', () => {
  it('follows the proposed order (no board order) as the priorities screen and the report do', async () => {
    const seeded = await seedCompleteWorkshop(core, { actionCount: 6, organisationName: 'Southcoast Partnership NHS Trust' });
    // Back to the proposed order: votes, gaps and ceiling evidence decide, not the framework's numbers.
    const reset = await core.call('priorities.setOrder', { workshopId: seeded.workshopId, order: null });
    expect(reset.ok).toBe(true);
    // Question 9 rated exemplary has no maturity gap left (and its theme's barriers were not
    // scored), so it falls behind question 16: 9 votes + gap 0 against 8 votes + gap 4.
    expect((await core.call('session.setConsensus', { workshopId: seeded.workshopId, questionId: 'q9', rating: 5 })).ok).toBe(true);
    const inputs = await core.call('report.get', { workshopId: seeded.workshopId });
    if (!inputs.ok) throw new Error(inputs.error.message);
    const report = buildReport(inputs.value, 'none');
    const rankOf = new Map(report.priorities.map((p) => [`${p.question.number}. ${p.question.text}`, String(p.rank)]));
    // Not the framework's numbers (3, 9, 16), so the test can tell the two orders apart.
    expect(report.priorities.map((p) => p.question.id)).not.toEqual(['q3', 'q9', 'q16']);

    const file = path.join(outDir, 'actions.csv');
    answers.push(file);
    const saved = await core.call('export.actionsCsv', { workshopId: seeded.workshopId });
    expect(saved.ok && saved.value.saved).toBe(true);
    const rows = parseCsv(fs.readFileSync(file, 'utf8')).slice(1);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row[0], row[1]).toBe(rankOf.get(row[1] ?? ''));
  });

  it('ignores a snapshot dated after the workshop, as the screen and the report do', async () => {
    const seeded = await seedCompleteWorkshop(core, { actionCount: 6, organisationName: 'Westmoor Health NHS Trust' });
    expect((await core.call('priorities.setOrder', { workshopId: seeded.workshopId, order: null })).ok).toBe(true);
    // Question 3 rated 4 (gap 1): 9 votes + 1 + ceiling evidence 5 = 15 leads question 9's 9 + 4 = 13,
    // but only while its theme's barriers weigh on professions with a ceiling.
    expect((await core.call('session.setConsensus', { workshopId: seeded.workshopId, questionId: 'q3', rating: 4 })).ok).toBe(true);
    // Taken after the workshop (19 November 2026): every profession at parity at every level, so no ceilings.
    const balanced = PROFESSION_IDS.flatMap((professionId) => LEVEL_IDS.map((levelId) => ({ professionId, levelId, headcount: 20, fte: null })));
    const laterId = seedSnapshot(core, seeded.organisationId, { snapshotDate: '2026-12-31', label: 'After the workshop', counts: balanced });
    const inputs = await core.call('report.get', { workshopId: seeded.workshopId });
    const later = await core.call('workforce.getSnapshot', { id: laterId });
    if (!inputs.ok || !later.ok) throw new Error('could not read the report or the later snapshot');
    expect(inputs.value.snapshots.map((s) => s.snapshot.snapshotDate)[0]).toBe('2026-03-31');
    const order = buildReport(inputs.value, 'none').priorities.map((p) => p.question.id);
    // The later snapshot would have changed the order, so the test can tell which was used.
    expect(buildReport({ ...inputs.value, snapshots: [later.value] }, 'none').priorities.map((p) => p.question.id)).not.toEqual(order);

    const file = path.join(outDir, 'actions-as-at.csv');
    answers.push(file);
    const saved = await core.call('export.actionsCsv', { workshopId: seeded.workshopId });
    expect(saved.ok && saved.value.saved).toBe(true);
    const rows = parseCsv(fs.readFileSync(file, 'utf8')).slice(1);
    const numberOf = new Map(buildReport(inputs.value, 'none').priorities.map((p) => [`${p.question.number}. ${p.question.text}`, String(p.rank)]));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row[0], row[1]).toBe(numberOf.get(row[1] ?? ''));
  });
});
