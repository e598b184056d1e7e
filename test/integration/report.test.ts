import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportKind } from '../../shared/export/export';
import { KEY_QUESTIONS } from '../../shared/framework/content';
import { buildReport } from '../../shared/report/build-report';
import { reportInputsSchema } from '../../shared/report/report-inputs';
import type { PdfPrinterPort, SaveFileChooserPort } from '../../src-main/core/export/export-service';
import { startWebServer } from '../../src-main/devweb/web-server';
import type { WebServer } from '../../src-main/devweb/web-server';
import { chromiumExecutable } from '../harness/chromium';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';
import { playwrightPdfPrinter } from '../harness/pdf-printer';
import { AGREED, CONSENSUS, PREVIOUS_CONSENSUS, seedCompleteWorkshop } from '../harness/report-data';
import type { CompleteWorkshop } from '../harness/report-data';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { NORTHSHIRE_2026, seedSnapshot } from '../harness/workforce-data';

const ORGANISATION = 'Northshire Hospitals NHS Trust';
const NOW = () => new Date('2026-11-21T10:00:00.000Z');

/** A save dialog that answers what the test says (null is a cancel) and remembers what it was asked. */
function scriptedChooser() {
  const answers: (string | null)[] = [];
  const asked: Array<{ suggestedName: string; kind: ExportKind }> = [];
  const port: SaveFileChooserPort = {
    chooseSavePath: (suggestedName, kind) => {
      asked.push({ suggestedName, kind });
      return Promise.resolve(answers.shift() ?? null);
    },
  };
  return { port, answers, asked };
}

/** A printer port whose behaviour each test sets, counting the routes it was asked to print. */
function scriptedPrinter() {
  const routes: string[] = [];
  const state: { print: (route: string) => Promise<Uint8Array> } = {
    print: () => Promise.reject(new Error('no printer behaviour set')),
  };
  const port: PdfPrinterPort = {
    printRoute: (route) => {
      routes.push(route);
      return state.print(route);
    },
  };
  return { port, routes, state };
}

describe('report.get and export.reportPdf through the dispatcher', () => {
  let core: TestCore;
  let seeded: CompleteWorkshop;
  let outDir: string;
  const chooser = scriptedChooser();
  const printer = scriptedPrinter();

  beforeAll(async () => {
    core = createTestCore(NOW, { saveChooser: chooser.port, pdfPrinter: printer.port });
    seeded = await seedCompleteWorkshop(core);
  });
  afterAll(() => {
    core.dispose();
  });
  beforeEach(() => {
    outDir = makeTempDir('boardwalk-report-out-');
    chooser.answers.length = 0;
    chooser.asked.length = 0;
    printer.routes.length = 0;
    printer.state.print = () => Promise.reject(new Error('no printer behaviour set'));
    return () => removeDir(outDir);
  });

  it('report.get of a past workshop takes only the snapshots dated on or before it, as the board saw them', async () => {
    // The previous workshop (20 November 2025) came before the 31 March 2026 snapshot was taken.
    const result = await core.call('report.get', { workshopId: seeded.previousWorkshopId });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.snapshots.map((s) => s.snapshot.snapshotDate)).toEqual(['2025-09-30', '2025-03-31']);
    const current = await core.call('report.get', { workshopId: seeded.workshopId });
    if (!current.ok) throw new Error(current.error.message);
    expect(current.value.snapshots.map((s) => s.snapshot.snapshotDate)).toEqual(['2026-03-31', '2025-09-30', '2025-03-31']);
  });

  it('report.get gathers everything the report is made from, and changes nothing', async () => {
    const before = contentHash(core.db);
    const result = await core.call('report.get', { workshopId: seeded.workshopId });
    if (!result.ok) throw new Error(result.error.message);
    const inputs = reportInputsSchema.parse(result.value);
    expect(contentHash(core.db)).toBe(before);

    expect(inputs.organisation).toMatchObject({ id: seeded.organisationId, name: ORGANISATION, odsCode: 'RXN', type: 'nhs-trust' });
    expect(inputs.board).toHaveLength(10);
    expect(inputs.session.workshop).toMatchObject({ id: seeded.workshopId, title: 'Board development: clinical leadership', date: '2026-11-19' });
    expect(inputs.session.workshop.participants).toHaveLength(12);
    // The 17 ratings, each with the 12 members' own ratings.
    expect(inputs.session.ratings).toHaveLength(17);
    const consensus = new Map(inputs.session.ratings.map((r) => [r.questionId, r.consensus]));
    expect(KEY_QUESTIONS.map((q) => consensus.get(q.id))).toEqual([...CONSENSUS]);
    expect(inputs.session.ratings.every((r) => r.individual.length === 12)).toBe(true);
    // 15 actions, all on the agreed priorities.
    expect(inputs.priorities.actions).toHaveLength(15);
    expect(new Set(inputs.priorities.actions.map((a) => a.questionId))).toEqual(new Set(AGREED));
    expect([...inputs.priorities.agreed].sort()).toEqual([...AGREED].sort());
    expect(inputs.priorities.order?.slice(0, 3)).toEqual([...AGREED]);
    expect(inputs.priorities.champions).toMatchObject({ executive: { name: 'Grace Adeyemi' }, nonExecutive: { name: 'Ian Fraser' } });
    // 3 snapshots, newest first.
    expect(inputs.snapshots.map((s) => s.snapshot.snapshotDate)).toEqual(['2026-03-31', '2025-09-30', '2025-03-31']);
    expect(inputs.snapshots.every((s) => s.counts.length > 0)).toBe(true);
    // The previous workshop's progress.
    expect(inputs.progress.previous).toEqual({ id: seeded.previousWorkshopId, title: 'Clinical leadership: first look', date: '2025-11-20' });
    const previous = new Map(inputs.progress.ratings.map((r) => [r.questionId, r.previous]));
    expect(KEY_QUESTIONS.map((q) => previous.get(q.id))).toEqual([...PREVIOUS_CONSENSUS]);
    expect(inputs.progress.actions.map((a) => [a.description, a.status])).toEqual([['Map the routes into senior roles for each profession', 'done']]);
    expect(inputs.resources.length).toBeGreaterThan(0);

    // …and the report built from it numbers the board's agreed priorities in the board's order.
    const model = buildReport(inputs, 'official');
    expect(model.priorities.map((p) => [p.rank, p.question.id, p.actions.length])).toEqual([
      [1, 'q9', 5],
      [2, 'q3', 5],
      [3, 'q16', 5],
    ]);
    expect(model.ceilings?.change?.from.snapshotDate).toBe('2025-03-31');
    expect(model.summary.headlines).toHaveLength(3);
  });

  it('report.get of a workshop that does not exist is NOT_FOUND, naming workshopId', async () => {
    const result = await core.call('report.get', { workshopId: 999_999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['workshopId'] } });
  });

  it('report.get refuses a request that is not a workshop id, naming the field', async () => {
    expect(await core.dispatch('report.get', { workshopId: 'seven' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['workshopId'] } });
    expect(await core.dispatch('report.get', { workshopId: seeded.workshopId, marking: 'none', measure: 'headcount', threshold: 0.5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['marking'] },
    });
  });

  it.each([
    ['a marking that does not exist', () => ({ workshopId: seeded.workshopId, marking: 'secret' }), ['marking'], 'Choose a protective marking: none, OFFICIAL or OFFICIAL-SENSITIVE'],
    ['no workshopId', () => ({ marking: 'official', measure: 'headcount', threshold: 0.5 }), ['workshopId'], null],
    ['a workshopId that is not an id', () => ({ workshopId: -3, marking: 'official', measure: 'headcount', threshold: 0.5 }), ['workshopId'], null],
    ['an extra key', () => ({ workshopId: seeded.workshopId, marking: 'official', measure: 'headcount', threshold: 0.5, path: '/etc/passwd' }), ['path'], 'Unexpected field "path"'],
    ['a measure that does not exist', () => ({ workshopId: seeded.workshopId, marking: 'official', measure: 'hours', threshold: 0.5 }), ['measure'], 'Choose headcount or FTE'],
    ['no threshold', () => ({ workshopId: seeded.workshopId, marking: 'official', measure: 'fte' }), ['threshold'], 'The ceiling threshold must be a number'],
    ['a threshold of 0', () => ({ workshopId: seeded.workshopId, marking: 'official', measure: 'fte', threshold: 0 }), ['threshold'], 'The ceiling threshold must be at least 0.05'],
    ['a threshold over 1', () => ({ workshopId: seeded.workshopId, marking: 'official', measure: 'fte', threshold: 1.5 }), ['threshold'], 'The ceiling threshold must be no more than 1'],
  ] as const)('export.reportPdf refuses %s, naming the field, asking nothing and writing nothing', async (_what, input, field, message) => {
    chooser.answers.push(path.join(outDir, 'report.pdf'));
    printer.state.print = () => Promise.resolve(new TextEncoder().encode('%PDF-1.7\n'));
    const before = contentHash(core.db);
    const result = await core.dispatch('export.reportPdf', input());
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: field } });
    if (message !== null && !result.ok) expect(result.error.message).toBe(message);
    expect(contentHash(core.db)).toBe(before);
    expect(chooser.asked).toEqual([]);
    expect(printer.routes).toEqual([]);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('export.reportPdf of a workshop that does not exist is NOT_FOUND, before any dialog', async () => {
    const result = await core.call('export.reportPdf', { workshopId: 999_999, marking: 'official', measure: 'headcount', threshold: 0.5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['workshopId'] } });
    expect(chooser.asked).toEqual([]);
    expect(printer.routes).toEqual([]);
  });

  it('does not print when the user cancels the save dialog', async () => {
    chooser.answers.push(null);
    const before = contentHash(core.db);
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'official', measure: 'headcount', threshold: 0.5 });
    expect(result).toEqual({ ok: true, value: { saved: false, fileName: null, available: true } });
    expect(chooser.asked).toEqual([{ suggestedName: 'priorities-report-2026-11-19.pdf', kind: 'pdf' }]);
    expect(printer.routes).toEqual([]);
    expect(contentHash(core.db)).toBe(before);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('prints the marked route, checks the bytes are a PDF and saves them where the user chose', async () => {
    const target = path.join(outDir, 'Board report.pdf');
    chooser.answers.push(target);
    const bytes = new TextEncoder().encode('%PDF-1.7\n% not a real PDF, but it starts like one\n');
    printer.state.print = () => Promise.resolve(bytes);
    const before = contentHash(core.db);
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'official-sensitive', measure: 'headcount', threshold: 0.5 });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'Board report.pdf', available: true } });
    expect(printer.routes).toEqual([`/workshops/${seeded.workshopId}/report/print/official-sensitive/headcount/0.5`]);
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(bytes);
    expect(fs.readdirSync(outDir)).toEqual(['Board report.pdf']);
    expect(contentHash(core.db)).toBe(before);
  });

  it('prints the measure and threshold the user chose, in the path the renderer reads them from', async () => {
    chooser.answers.push(path.join(outDir, 'fte.pdf'));
    printer.state.print = () => Promise.resolve(new TextEncoder().encode('%PDF-1.7\n'));
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'none', measure: 'fte', threshold: 0.35 });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect(printer.routes).toEqual([`/workshops/${seeded.workshopId}/report/print/none/fte/0.35`]);
  });

  it('saves nothing, and leaves a file already there alone, when the printer fails', async () => {
    const target = path.join(outDir, 'report.pdf');
    fs.writeFileSync(target, 'the old report');
    chooser.answers.push(target);
    printer.state.print = () => Promise.reject(new Error('the renderer crashed'));
    const before = contentHash(core.db);
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'official', measure: 'headcount', threshold: 0.5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.message).toContain('Nothing was saved');
    expect(result.error.message).toContain('the renderer crashed');
    expect(printer.routes).toHaveLength(1);
    // Neither the report nor a temporary file: only what was there before.
    expect(fs.readdirSync(outDir)).toEqual(['report.pdf']);
    expect(fs.readFileSync(target, 'utf8')).toBe('the old report');
    expect(contentHash(core.db)).toBe(before);
  });

  it.each([
    ['HTML', '<!doctype html><html>not a PDF</html>'],
    ['nothing at all', ''],
    ['almost a PDF', '%PDF'],
  ])('refuses what the printer returns when it is not a PDF (%s), saving nothing', async (_what, content) => {
    chooser.answers.push(path.join(outDir, 'report.pdf'));
    printer.state.print = () => Promise.resolve(new TextEncoder().encode(content));
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'official', measure: 'headcount', threshold: 0.5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toBe('Boardwalk could not make the report: the printer did not return a PDF. Nothing was saved.');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  // Last in this block: it adds a snapshot to the shared workshop.
  it('report.get gives only the 3 newest snapshots when there are more', async () => {
    seedSnapshot(core, seeded.organisationId, { snapshotDate: '2026-09-30', label: 'Half year', counts: NORTHSHIRE_2026 });
    const result = await core.call('report.get', { workshopId: seeded.workshopId });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.snapshots.map((s) => s.snapshot.snapshotDate)).toEqual(['2026-09-30', '2026-03-31', '2025-09-30']);
  });
});

describe('export.reportPdf where there is no printer or no save dialog (the dev view)', () => {
  async function withWorkshop(core: TestCore): Promise<number> {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const created = await core.call('workshop.create', {
      organisationId,
      title: 'Clinical leadership workshop',
      date: '2026-12-03',
      facilitator: '',
      participants: { boardMemberIds: memberIds.slice(0, 3), guests: [] },
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  }

  it('says the export is not available without a printer, asking nothing', async () => {
    const chooser = scriptedChooser();
    const core = createTestCore(NOW, { saveChooser: chooser.port });
    try {
      const workshopId = await withWorkshop(core);
      const before = contentHash(core.db);
      expect(await core.call('export.reportPdf', { workshopId, marking: 'official', measure: 'headcount', threshold: 0.5 })).toEqual({
        ok: true,
        value: { saved: false, fileName: null, available: false },
      });
      expect(chooser.asked).toEqual([]);
      expect(contentHash(core.db)).toBe(before);
    } finally {
      core.dispose();
    }
  });

  it('says the export is not available without a save dialog, printing nothing', async () => {
    const printer = scriptedPrinter();
    printer.state.print = () => Promise.resolve(new TextEncoder().encode('%PDF-1.7\n'));
    const core = createTestCore(NOW, { pdfPrinter: printer.port });
    try {
      const workshopId = await withWorkshop(core);
      expect(await core.call('export.reportPdf', { workshopId, marking: 'none', measure: 'headcount', threshold: 0.5 })).toEqual({
        ok: true,
        value: { saved: false, fileName: null, available: false },
      });
      expect(printer.routes).toEqual([]);
    } finally {
      core.dispose();
    }
  });
});

type PdfInfo = Readonly<Record<string, string>>;

function pdfinfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

describe('a real print of the report, through Chromium', () => {
  const RENDERER_DIR = 'out/renderer';
  let browser: Browser | undefined;
  let server: WebServer | undefined;
  let core: TestCore | undefined;
  let outDir: string;
  const chooser = scriptedChooser();

  beforeAll(async () => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` before this test (it prints the built renderer).`);
    }
    outDir = makeTempDir('boardwalk-report-pdf-');
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
    const launched = browser;
    // The printer reaches the server that is started below, once it knows its address.
    core = createTestCore(NOW, {
      saveChooser: chooser.port,
      pdfPrinter: playwrightPdfPrinter(launched, () => {
        if (!server) throw new Error('the web server is not started');
        return server.url;
      }),
    });
    server = await startWebServer({ rendererDir: RENDERER_DIR, dispatch: core.dispatch });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    core?.dispose();
    removeDir(outDir);
  });

  it('is an A4, tagged PDF with the report’s title, the organisation and the marking on every page, numbered “Page N of M”', async () => {
    if (!core) throw new Error('no core');
    const seeded = await seedCompleteWorkshop(core);
    const target = path.join(outDir, 'priorities report.pdf');
    chooser.answers.push(target);
    const before = contentHash(core.db);
    const result = await core.call('export.reportPdf', { workshopId: seeded.workshopId, marking: 'official-sensitive', measure: 'headcount', threshold: 0.5 });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'priorities report.pdf', available: true } });
    expect(contentHash(core.db)).toBe(before);
    expect(fs.readdirSync(outDir)).toEqual(['priorities report.pdf']);

    const bytes = fs.readFileSync(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const info = pdfinfo(target);
    const [width, height] = (/^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '') ?? []).slice(1).map(Number);
    expect(Math.abs((width ?? 0) - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs((height ?? 0) - 842)).toBeLessThanOrEqual(1);
    expect(info['Tagged']).toBe('yes');
    expect(info['Title']).toBe('Clinical leadership priorities: Northshire Hospitals NHS Trust, Board development: clinical leadership, 19 November 2026');
    const pageCount = Number(info['Pages']);
    expect(pageCount).toBeGreaterThan(1);

    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    const pages = text.split('\f').slice(0, pageCount);
    expect(pages).toHaveLength(pageCount);
    for (const [index, page] of pages.entries()) {
      const where = `page ${index + 1} of ${pageCount}`;
      expect(page, where).toContain(ORGANISATION);
      // At the top and at the bottom of every page.
      expect(page.split('OFFICIAL-SENSITIVE').length - 1, where).toBeGreaterThanOrEqual(2);
      expect(page, where).toContain(`Page ${index + 1} of ${pageCount}`);
    }
  }, 60_000);
});
