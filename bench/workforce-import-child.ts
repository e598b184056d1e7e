/**
 * One workforce import, alone in its own process, for bench/workforce-import.bench.ts: the
 * parent spawns this with `node --import tsx`, so the memory measured is the import's (and
 * the process it needs), not the benchmark runner's.
 *
 *   node --import tsx bench/workforce-import-child.ts <csv file> <empty data folder>
 *
 * It opens a real core on the data folder, chooses the file through the FileChooser port,
 * starts the scan (a worker thread, as in the app), polls workforce.scanStatus as the import
 * screen does, maps the values (defaultMapping, with anything it leaves unmapped sent to
 * 'exclude'), commits, and prints one JSON line (ChildResult) on stdout.
 */
import { createCore } from '../src-main/core/app-core';
import type { Core } from '../src-main/core/app-core';
import { defaultMapping } from '../shared/workforce/recognise';
import type { ColumnMapping, ScanResult, ValueMapping } from '../shared/workforce/types';
import type { Result } from '../shared/ipc/result';

export const PERSON_COLUMNS: ColumnMapping = {
  shape: 'person',
  staffGroup: 'Staff Group',
  occupation: 'Occupation',
  level: 'Pay Band',
  fte: 'FTE',
};

/** How often the status is asked for while the file is read. */
export const POLL_MS = 20;

export type ChildResult = {
  /** workforce.startScan called → workforce.commitImport answered. */
  readonly elapsedMs: number;
  /** workforce.startScan called → the first status that says done. */
  readonly scanMs: number;
  /** workforce.startScan called → the first status with rows read: about the worker's start. */
  readonly firstProgressMs: number | null;
  /** defaultMapping and workforce.commitImport. */
  readonly commitMs: number;
  /** CPU time of the whole process (every thread) from startScan to the commit answered. */
  readonly cpuMs: number;
  readonly rowsRead: number;
  readonly rowsCommitted: number;
  readonly groups: number;
  /** Values defaultMapping left unmapped, sent to 'exclude'. */
  readonly excludedValues: number;
  /** process.resourceUsage().maxRSS: the whole process, worker thread included. */
  readonly peakRssMB: number;
  /** The largest process.memoryUsage.rss() seen while polling. */
  readonly sampledRssMB: number;
  /** RSS when the scan started (the core open, before the worker). */
  readonly startRssMB: number;
  /** Rows per "Staff Group" and "Pay Band", keyed `${group}\t${band}`, to check against sqlite3. */
  readonly pairs: Readonly<Record<string, number>>;
};

const MB = 1024 * 1024;

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The suggestions, with every value they leave unmapped excluded (a user would map them). */
function completeMapping(scan: ScanResult): { mapping: ValueMapping; excluded: number } {
  const { mapping, sources } = defaultMapping(scan, PERSON_COLUMNS);
  const unmapped = (record: Readonly<Record<string, string>>) =>
    Object.entries(record)
      .filter(([, source]) => source === 'unmapped')
      .map(([name]) => [name, 'exclude'] as const);
  const groups = unmapped(sources.groups);
  const occupations = unmapped(sources.occupations);
  const levels = unmapped(sources.levels);
  return {
    mapping: {
      groups: { ...mapping.groups, ...Object.fromEntries(groups) },
      occupations: { ...mapping.occupations, ...Object.fromEntries(occupations) },
      levels: { ...mapping.levels, ...Object.fromEntries(levels) },
    },
    excluded: groups.length + occupations.length + levels.length,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function importOnce(core: Core): Promise<ChildResult> {
  const organisation = value(
    await core.call('organisation.create', { name: 'Benchmark Hospitals NHS Foundation Trust', odsCode: 'RXX', type: 'nhs-trust' }),
    'organisation.create',
  );
  const chosen = value(await core.call('workforce.chooseFile', {}), 'workforce.chooseFile');
  if (!chosen.file) throw new Error('workforce.chooseFile chose no file');

  const startRss = process.memoryUsage.rss();
  let sampledRss = startRss;
  const usage0 = process.resourceUsage();
  const t0 = process.hrtime.bigint();
  const { jobId } = value(await core.call('workforce.startScan', { fileId: chosen.file.fileId, sheet: null, columns: PERSON_COLUMNS }), 'workforce.startScan');
  let firstProgressMs: number | null = null;
  let scan: ScanResult;
  for (;;) {
    const status = value(await core.call('workforce.scanStatus', { jobId }), 'workforce.scanStatus');
    sampledRss = Math.max(sampledRss, process.memoryUsage.rss());
    if (status.state === 'done') {
      scan = status.result;
      break;
    }
    if (status.state !== 'running') throw new Error(`the scan ended ${JSON.stringify(status)}`);
    if (firstProgressMs === null && status.rowsRead > 0) firstProgressMs = msSince(t0);
    await sleep(POLL_MS);
  }
  const scanMs = msSince(t0);
  const { mapping, excluded } = completeMapping(scan);
  const committed = value(
    await core.call('workforce.commitImport', {
      organisationId: organisation.id,
      jobId,
      snapshotDate: '2026-03-31',
      label: 'Benchmark',
      values: mapping,
      saveProfileAs: null,
    }),
    'workforce.commitImport',
  );
  const elapsedMs = msSince(t0);
  const usage1 = process.resourceUsage();
  sampledRss = Math.max(sampledRss, process.memoryUsage.rss());

  const pairs: Record<string, number> = {};
  for (const g of scan.groups) {
    const key = `${g.group}\t${g.level}`;
    pairs[key] = (pairs[key] ?? 0) + g.rows;
  }
  return {
    elapsedMs,
    scanMs,
    firstProgressMs,
    commitMs: elapsedMs - scanMs,
    // resourceUsage gives microseconds.
    cpuMs: (usage1.userCPUTime + usage1.systemCPUTime - usage0.userCPUTime - usage0.systemCPUTime) / 1000,
    rowsRead: scan.rowsRead,
    rowsCommitted: committed.rowsRead,
    groups: scan.groups.length,
    excludedValues: excluded,
    // Linux reports maxRSS in KiB.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    sampledRssMB: sampledRss / MB,
    startRssMB: startRss / MB,
    pairs,
  };
}

async function main(): Promise<void> {
  const [file, dataDir] = process.argv.slice(2);
  if (file === undefined || dataDir === undefined) throw new Error('usage: workforce-import-child.ts <csv file> <data folder>');
  const core = createCore({
    paths: { dataDir },
    version: 'bench',
    fileChooser: { chooseWorkforceFile: () => Promise.resolve(file) },
  });
  try {
    const result = await importOnce(core);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
