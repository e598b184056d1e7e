import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createCore } from '../src-main/core/app-core';
import type { Core } from '../src-main/core/app-core';
import { startWebServer } from '../src-main/devweb/web-server';
import type { WebServer } from '../src-main/devweb/web-server';
import { chromiumExecutable } from '../test/harness/chromium';
import { playwrightPdfPrinter } from '../test/harness/pdf-printer';
import { seedCompleteWorkshop } from '../test/harness/report-data';
import { under } from './harness';
import type { Bench, BenchContext, BenchReport } from './harness';
import { summarise } from './stats';

const DESCRIPTION =
  'The priorities report saved as PDF through dispatch (export.reportPdf: save dialog stub, print route rendered and printed by Chromium, file written) for a completed workshop of 12 participants, 17 rated questions, 3 workforce snapshots and 15 actions, alternating with the same for a workshop with nothing recorded.';

const TARGET_FULL_MS = 3000;
const TARGET_RATIO = 4;
const RENDERER_DIR = path.resolve('out/renderer');

async function timedExport(core: Core, workshopId: number, file: string): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await core.call('export.reportPdf', { workshopId, marking: 'official-sensitive', measure: 'headcount', threshold: 0.5 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (!result.ok) throw new Error(`export.reportPdf failed: ${result.error.message}`);
  if (!result.value.saved || !fs.existsSync(file)) throw new Error('the report was not saved');
  return elapsed;
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
}

async function run(context: BenchContext): Promise<BenchReport> {
  const runs = context.option('runs', 7);
  const warmup = context.option('warmup', 1);
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('No built renderer in out/renderer: run "npm run build" first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boardwalk-bench-report-'));
  const outDir = path.join(dataDir, 'out');
  fs.mkdirSync(outDir);
  let target = '';
  let server: WebServer | null = null;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu'] });
  const core = createCore({
    paths: { dataDir },
    version: 'bench',
    saveChooser: { chooseSavePath: () => Promise.resolve(target) },
    pdfPrinter: playwrightPdfPrinter(browser, () => {
      if (!server) throw new Error('not served');
      return server.url;
    }),
  });
  try {
    server = await startWebServer({ rendererDir: RENDERER_DIR, dispatch: core.dispatch });
    context.log('seeding a completed workshop');
    const full = await seedCompleteWorkshop(core, { actionCount: 15 });
    const blankOrg = await core.call('organisation.create', { name: 'Blank Trust', odsCode: 'RBL', type: 'nhs-trust' });
    if (!blankOrg.ok) throw new Error(blankOrg.error.message);
    const blank = await core.call('workshop.create', {
      organisationId: blankOrg.value.id,
      title: 'Nothing recorded',
      date: '2026-11-21',
      facilitator: '',
      participants: { boardMemberIds: [], guests: [] },
    });
    if (!blank.ok) throw new Error(blank.error.message);

    const fullTimes: number[] = [];
    const blankTimes: number[] = [];
    let fullPages = 0;
    let blankPages = 0;
    for (let i = 0; i < warmup + runs; i += 1) {
      // Alternating, so both see the same machine.
      target = path.join(outDir, `full-${i}.pdf`);
      const f = await timedExport(core, full.workshopId, target);
      fullPages = pageCount(target);
      target = path.join(outDir, `blank-${i}.pdf`);
      const b = await timedExport(core, blank.value.id, target);
      blankPages = pageCount(target);
      // The baseline is a one-page blank report; anything else would flatter the ratio.
      if (blankPages !== 1) throw new Error(`the blank report has ${blankPages} pages, not 1`);
      if (i >= warmup) {
        fullTimes.push(f);
        blankTimes.push(b);
      }
      context.log(`run ${i + 1}/${warmup + runs}: full ${f.toFixed(0)} ms, blank ${b.toFixed(0)} ms`);
    }
    const fullSummary = summarise(fullTimes);
    const blankSummary = summarise(blankTimes);
    const ratio = fullSummary.p50 / blankSummary.p50;
    return {
      name: 'report-pdf',
      description: DESCRIPTION,
      parameters: { runs, warmup, fullPages, blankPages },
      series: {
        full: { label: `full report (${fullPages} pages)`, unit: 'ms', summary: fullSummary },
        blank: { label: `blank report (${blankPages} page${blankPages === 1 ? '' : 's'})`, unit: 'ms', summary: blankSummary },
      },
      derived: { 'median ratio full / blank': ratio },
      targets: [
        under('full', 'issue 6', 'median time to save the full report as PDF', fullSummary.p50, TARGET_FULL_MS, 'ms'),
        under('ratio', 'issue 6', 'median full / median blank', ratio, TARGET_RATIO, '×'),
      ],
      notes: [
        'Each export opens a fresh browser context, loads the app, waits for the report to say it is ready (data, charts, fonts), prints with page.pdf() and writes the file atomically: what the desktop app does with a hidden window and printToPDF.',
        `The "blank" report is a workshop with nothing recorded: the report route prints its cover, a line saying nothing is recorded and the framework's source on one page (${blankPages} here).`,
      ],
    };
  } finally {
    await server?.close();
    core.close();
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const bench: Bench = { name: 'report-pdf', description: DESCRIPTION, run };
