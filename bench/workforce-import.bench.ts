/**
 * Issue 4: importing a person-level workforce file the size of the whole NHS in England
 * (1.5 million rows), against the Debian sqlite3 CLI doing the same job in the same run.
 *
 * Ours: bench/workforce-import-child.ts, a process of its own (node --import tsx) holding a real
 * core, runs workforce.startScan → polls workforce.scanStatus → workforce.commitImport, and
 * says how long that took and how much memory the process ever held (the scan's worker thread
 * lives in the same process, so it is counted).
 *
 * The baseline: `sqlite3` with `.mode csv`, `.import FILE staff` and
 * `SELECT "Staff Group", "Pay Band", count(*) FROM staff GROUP BY 1, 2`, timed as the whole CLI
 * invocation. Its in-memory database (what `sqlite3` does when given no file) carries the
 * target; a run on a fresh database file is reported beside it, without a target.
 *
 * The sides take turns (sqlite3, ours, sqlite3 file; then the other way round) so a busy spell
 * of the shared machine falls on both rather than on one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atMost, under } from './harness';
import type { Bench, BenchContext, BenchReport, Series } from './harness';
import { summarise } from './stats';
import type { ChildResult } from './workforce-import-child';
import { CSV_HEADERS, writeWorkforceCsv } from './workforce-csv';
import type { GeneratedCsv } from './workforce-csv';

const DESCRIPTION = 'import of a person-level CSV (1.5 million rows by default): scan in a worker and commit, against the sqlite3 CLI .import + GROUP BY';
/** Issue 4. */
const TARGET_PEAK_MB = 200;

const BENCH_DIR = import.meta.dirname;
const REPO_DIR = path.resolve(BENCH_DIR, '..');
const CHILD = path.join(BENCH_DIR, 'workforce-import-child.ts');
const TIME = '/usr/bin/time';
const MB = 1024 * 1024;

const GROUP_BY = 'SELECT "Staff Group", "Pay Band", count(*) FROM staff GROUP BY 1, 2;';

function findSqlite(): string {
  const found = spawnSync('/bin/sh', ['-c', 'command -v sqlite3'], { encoding: 'utf8' });
  const file = found.status === 0 ? found.stdout.trim() : '';
  if (file === '') {
    throw new Error('The sqlite3 command-line shell is not on the PATH, and it is the baseline of this benchmark. Install it: sudo apt-get install sqlite3');
  }
  return file;
}

/** GNU time gives the peak RSS and CPU time of sqlite3; without it those figures are left out. */
function hasGnuTime(): boolean {
  if (!fs.existsSync(TIME)) return false;
  return spawnSync(TIME, ['-f', '%M %U %S', 'true'], { encoding: 'utf8' }).status === 0;
}

const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

type SqliteRun = { readonly ms: number; readonly peakMB: number | null; readonly cpuMs: number | null };

/** One sqlite3 invocation on `database`; its GROUP BY output is checked against the generator's counts. */
function runSqlite(sqlite: string, database: string, file: string, expected: GeneratedCsv, timeFile: string | null): SqliteRun {
  // .mode tabs after the import: the GROUP BY output is then split on tabs, not parsed as CSV.
  const script = `.bail on\n.mode csv\n.import "${file.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}" staff\n.mode tabs\n${GROUP_BY}\n`;
  const [command, args] = timeFile === null ? [sqlite, [database]] : [TIME, ['-f', '%M %U %S', '-o', timeFile, sqlite, database]];
  const t0 = process.hrtime.bigint();
  const run = spawnSync(command, args, { input: script, encoding: 'utf8', maxBuffer: 16 * MB });
  const ms = msSince(t0);
  if (run.error) throw run.error;
  if (run.status !== 0 || run.stderr.trim() !== '') {
    throw new Error(`sqlite3 ${database} exited ${String(run.status)}: ${run.stderr.trim()}`);
  }
  const counts = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    if (line === '') continue;
    const [group, band, count] = line.split('\t');
    counts.set(`${group ?? ''}\t${band ?? ''}`, Number(count));
  }
  checkPairs(`sqlite3 ${database}`, counts, expected);
  if (timeFile === null) return { ms, peakMB: null, cpuMs: null };
  // "maxRSS-KiB user-s system-s" on the last line (a line before it would be a signal report).
  const [peakKiB, user, system] = (fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
  const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
  return {
    ms,
    peakMB: known(peakKiB) ? peakKiB / 1024 : null,
    cpuMs: known(user) && known(system) ? (user + system) * 1000 : null,
  };
}

/** Ours: the child process on a fresh data folder, whose one JSON line is the result. */
function runOurs(file: string, expected: GeneratedCsv | null): ChildResult & { processMs: number } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'boardwalk-bench-import-'));
  try {
    const t0 = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file, dataDir], { cwd: REPO_DIR, encoding: 'utf8', maxBuffer: 16 * MB });
    const processMs = msSince(t0);
    if (run.error) throw run.error;
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      throw new Error(`the import child exited ${String(run.status)}:\n${run.stderr.trim()}\n${run.stdout.trim()}`);
    }
    const result = JSON.parse(line) as ChildResult;
    if (expected !== null) {
      if (result.rowsRead !== expected.rows || result.rowsCommitted !== expected.rows) {
        throw new Error(`the import read ${result.rowsRead} rows and committed ${result.rowsCommitted}, the file has ${expected.rows}`);
      }
      if (result.groups !== expected.combinations) {
        throw new Error(`the scan found ${result.groups} combinations, the file has ${expected.combinations}`);
      }
      checkPairs('the import', new Map(Object.entries(result.pairs)), expected);
    }
    return { ...result, processMs };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Both sides must have read every row into the right group, or their times mean nothing. */
function checkPairs(who: string, counts: ReadonlyMap<string, number>, expected: GeneratedCsv): void {
  const wrong = [...expected.pairs].filter(([key, n]) => counts.get(key) !== n);
  if (wrong.length > 0 || counts.size !== expected.pairs.size) {
    const [key, n] = wrong[0] ?? ['(extra keys)', 0];
    throw new Error(`${who} counted ${String(counts.get(key))} rows for ${key.replace('\t', ' / ')}, expected ${n} (${counts.size} pairs, expected ${expected.pairs.size})`);
  }
}

const series = (label: string, unit: string, samples: readonly number[]): Series => ({ label, unit, summary: summarise(samples) });
const median = (samples: readonly number[]) => summarise(samples).p50;

/** Synchronous throughout: each side runs alone (spawnSync) while this process waits. */
function measure(context: BenchContext): BenchReport {
  const rows = context.option('rows', 1_500_000);
  const runs = context.option('runs', 3);
  const withFileDatabase = context.option('sqlite-file', 1) !== 0;
  if (rows < 1 || runs < 1) throw new Error('--rows and --runs must be at least 1');

  const sqlite = findSqlite();
  const sqliteVersion = spawnSync(sqlite, ['-version'], { encoding: 'utf8' }).stdout.trim().split(' ')[0] ?? 'unknown';
  const gnuTime = hasGnuTime();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'boardwalk-bench-csv-'));
  try {
    const file = path.join(dir, 'esr-extract.csv');
    const warmFile = path.join(dir, 'warm-up.csv');
    const timeFile = gnuTime ? path.join(dir, 'time.txt') : null;
    context.log(`writing ${rows.toLocaleString('en-GB')} rows to ${file}…`);
    const t0 = process.hrtime.bigint();
    const csv = writeWorkforceCsv(file, rows);
    context.log(`${(csv.bytes / MB).toFixed(0)} MB in ${(msSince(t0) / 1000).toFixed(1)} s; ${csv.combinations} combinations of staff group, occupation and band`);

    // Unrecorded: tsx's transform cache and the database's first open, on a small file.
    writeWorkforceCsv(warmFile, 2_000);
    runOurs(warmFile, null);

    const ours: (ChildResult & { processMs: number })[] = [];
    const memory: SqliteRun[] = [];
    const onDisk: SqliteRun[] = [];
    const sqliteInMemory = () => memory.push(runSqlite(sqlite, ':memory:', file, csv, timeFile));
    const sqliteOnDisk = () => {
      if (!withFileDatabase) return;
      const database = path.join(dir, `baseline-${onDisk.length}.sqlite3`);
      try {
        onDisk.push(runSqlite(sqlite, database, file, csv, timeFile));
      } finally {
        fs.rmSync(database, { force: true });
        fs.rmSync(`${database}-journal`, { force: true });
      }
    };
    for (let round = 0; round < runs; round += 1) {
      const order = round % 2 === 0 ? [sqliteInMemory, () => ours.push(runOurs(file, csv)), sqliteOnDisk] : [sqliteOnDisk, () => ours.push(runOurs(file, csv)), sqliteInMemory];
      for (const step of order) step();
      const last = ours[ours.length - 1];
      context.log(
        `run ${round + 1}/${runs}: ours ${last?.elapsedMs.toFixed(0) ?? '?'} ms (peak ${last?.peakRssMB.toFixed(0) ?? '?'} MB), ` +
          `sqlite3 :memory: ${memory[memory.length - 1]?.ms.toFixed(0) ?? '?'} ms` +
          (withFileDatabase ? `, sqlite3 file ${onDisk[onDisk.length - 1]?.ms.toFixed(0) ?? '?'} ms` : ''),
      );
    }

    const oursMs = ours.map((r) => r.elapsedMs);
    const oursMedian = median(oursMs);
    const memoryMedian = median(memory.map((r) => r.ms));
    const peak = Math.max(...ours.map((r) => r.peakRssMB));
    const sampled = Math.max(...ours.map((r) => r.sampledRssMB));
    const first = ours[0];

    const derived: Record<string, number> = {
      'import rows/s (rows / median import time)': Math.round(rows / (oursMedian / 1000)),
      'sqlite3 :memory: rows/s (rows / median)': Math.round(rows / (memoryMedian / 1000)),
      'median import / median sqlite3 :memory:': oursMedian / memoryMedian,
      'import file MB/s (median)': csv.bytes / MB / (oursMedian / 1000),
      'import peak RSS, max over runs (maxRSS), MB': peak,
      'import RSS sampled while polling, max, MB': sampled,
      'import RSS at startScan (core open, before the worker), max, MB': Math.max(...ours.map((r) => r.startRssMB)),
    };
    if (onDisk.length > 0) {
      const onDiskMedian = median(onDisk.map((r) => r.ms));
      derived['sqlite3 file database rows/s (rows / median)'] = Math.round(rows / (onDiskMedian / 1000));
      derived['median import / median sqlite3 file database'] = oursMedian / onDiskMedian;
    }
    const memoryPeaks = memory.map((r) => r.peakMB).filter((p): p is number => p !== null);
    if (memoryPeaks.length > 0) derived['sqlite3 :memory: peak RSS, max, MB'] = Math.max(...memoryPeaks);
    const diskPeaks = onDisk.map((r) => r.peakMB).filter((p): p is number => p !== null);
    if (diskPeaks.length > 0) derived['sqlite3 file database peak RSS, max, MB'] = Math.max(...diskPeaks);
    const memoryCpu = memory.map((r) => r.cpuMs).filter((ms): ms is number => ms !== null);
    if (memoryCpu.length > 0) derived['median import CPU / median sqlite3 :memory: CPU'] = median(ours.map((r) => r.cpuMs)) / median(memoryCpu);
    derived['combinations found by the scan'] = first?.groups ?? 0;
    derived['values left unmapped by defaultMapping, sent to exclude'] = first?.excludedValues ?? 0;

    const firstProgress = ours.map((r) => r.firstProgressMs).filter((ms): ms is number => ms !== null);
    return {
      name: 'workforce-import',
      description: DESCRIPTION,
      parameters: {
        rows,
        fileMB: Math.round((csv.bytes / MB) * 10) / 10,
        columns: CSV_HEADERS.length,
        runs,
        interleaved: true,
        sqlite: `${sqlite} ${sqliteVersion}`,
        sqliteTargetDatabase: ':memory:',
        sqliteFileDatabase: withFileDatabase,
        node: process.version,
        tmpdir: os.tmpdir(),
      },
      series: {
        import: series('import: startScan → commit answered', 'ms', oursMs),
        sqliteMemory: series('sqlite3 :memory: .import + GROUP BY (whole CLI)', 'ms', memory.map((r) => r.ms)),
        ...(onDisk.length > 0 ? { sqliteFile: series('sqlite3 file db .import + GROUP BY (whole CLI)', 'ms', onDisk.map((r) => r.ms)) } : {}),
        importPeak: series('import process peak RSS (maxRSS)', 'MB', ours.map((r) => r.peakRssMB)),
        scan: series('diag: import: startScan → scan done', 'ms', ours.map((r) => r.scanMs)),
        commit: series('diag: import: mapping + commitImport', 'ms', ours.map((r) => r.commitMs)),
        ...(firstProgress.length > 0 ? { firstProgress: series('diag: import: startScan → first rows read (≈ worker start)', 'ms', firstProgress) } : {}),
        process: series('diag: import child process, whole wall clock', 'ms', ours.map((r) => r.processMs)),
        importCpu: series('diag: import CPU time, all threads', 'ms', ours.map((r) => r.cpuMs)),
        ...(memoryCpu.length > 0 ? { sqliteMemoryCpu: series('diag: sqlite3 :memory: CPU time (user + sys)', 'ms', memoryCpu) } : {}),
      },
      derived,
      targets: [
        // The speed target is the issue's, for a file the size of the NHS in England; a smoke run
        // of a few thousand rows measures the worker's fixed start-up instead, so it is not judged.
        ...(rows >= SPEED_TARGET_MIN_ROWS
          ? [atMost('import-vs-sqlite', 'issue 4', 'median import time within the sqlite3 CLI .import + GROUP BY (:memory:)', oursMedian, memoryMedian, 'ms')]
          : []),
        under('import-peak-memory', 'issue 4', 'peak memory of the importing process under 200 MB', peak, TARGET_PEAK_MB, 'MB'),
      ],
      notes: [
        ...(rows < SPEED_TARGET_MIN_ROWS
          ? [`Speed target not judged: ${rows.toLocaleString('en-GB')} rows is below ${SPEED_TARGET_MIN_ROWS.toLocaleString('en-GB')}, where the worker's fixed start-up (about 150 ms from source) outweighs the reading. The issue's target is for 1.5 million rows.`]
          : []),
        `The file: ${rows.toLocaleString('en-GB')} ESR-like rows (bench/workforce-csv.ts, seeded), CRLF, UTF-8 with non-ASCII names, most names quoted with a comma inside, a few with doubled quotes. Both sides' counts per staff group and pay band are checked against the generator's before any time is kept.`,
        'Ours is timed from workforce.startScan to workforce.commitImport answered, in a child process of its own: the worker thread starting (from source, through the tsx loader; the built app loads plain JS), reading the file, counting staff group × occupation × pay band with FTE parsed and summed, polling every 20 ms (up to 20 ms late), defaultMapping and the commit transaction. Process start and opening the core are not in it (the "whole wall clock" row has them).',
        `defaultMapping leaves ${first?.excludedValues ?? 0} values unmapped (with this generator: the mixed "Additional Professional Scientific and Technical" group, "Non AfC Grade", an ESR grade code); the child maps them to exclude, as a user would have to decide something before committing.`,
        `sqlite3 is timed as the whole CLI invocation: start, .import of every column of every row into a table, the GROUP BY of two columns, and its ${csv.pairs.size}-line output (read, counted and checked). The target is against an in-memory database: that is what sqlite3 uses when given no file, it is the faster of the two, and our import stores no rows either (only the counts). The file-database run pays for writing the table to disk, so it is shown without a target.`,
        `The machine is shared: wall-clock times swing with its load (in this run sqlite3 :memory: took from ${Math.round(Math.min(...memory.map((r) => r.ms)))} to ${Math.round(Math.max(...memory.map((r) => r.ms)))} ms on the same file, ours from ${Math.round(Math.min(...oursMs))} to ${Math.round(Math.max(...oursMs))} ms). The CPU-time rows are steadier; they have no target.`,
        'Peak memory is process.resourceUsage().maxRSS of the importing process (main thread and scan worker), after the core opened the database and tsx compiled the sources; the sampled RSS is a cross-check at each poll.',
        ...(gnuTime ? [] : [`${TIME} is missing, so sqlite3's peak memory and CPU time are not measured.`]),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The file is 1.5 million rows; below a million the comparison measures start-up. */
const SPEED_TARGET_MIN_ROWS = 1_000_000;

export const bench: Bench = {
  name: 'workforce-import',
  description: DESCRIPTION,
  // The executor turns a throw into a rejection, as an async function would.
  run: (context) => new Promise<BenchReport>((resolve) => resolve(measure(context))),
};
