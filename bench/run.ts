/**
 * Runs the benchmarks: every bench/*.bench.ts, one after another, in this process.
 *
 *   npm run bench                                  all of them
 *   npm run bench -- commit-latency                those whose name contains a word given
 *   npm run bench -- --writes=2000 --warmup=200    override a benchmark's option (a smoke run)
 *
 * Prints a table per benchmark and writes bench/results/latest.json. Exit status: 0 when every
 * target is met, 1 when any target is missed (each one is named), 2 when a benchmark failed to run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatReport, isBench } from './harness';
import type { Bench, BenchContext, BenchReport } from './harness';

const BENCH_DIR = import.meta.dirname;
const RESULTS_FILE = path.join(BENCH_DIR, 'results', 'latest.json');

type Arguments = { readonly filters: readonly string[]; readonly options: ReadonlyMap<string, number> };

function parseArguments(argv: readonly string[]): Arguments {
  const filters: string[] = [];
  const options = new Map<string, number>();
  for (const arg of argv) {
    const option = /^--([a-z][a-z0-9-]*)=(\d+)$/.exec(arg);
    if (option?.[1] !== undefined && option[2] !== undefined) {
      options.set(option[1], Number(option[2]));
    } else if (arg.startsWith('-')) {
      throw new Error(`Unrecognised argument ${arg}: options are --name=<whole number>`);
    } else {
      filters.push(arg);
    }
  }
  return { filters, options };
}

async function loadBenches(filters: readonly string[]): Promise<Bench[]> {
  const files = fs
    .readdirSync(BENCH_DIR)
    .filter((name) => name.endsWith('.bench.ts'))
    .sort();
  const benches: Bench[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(path.join(BENCH_DIR, file)).href);
    const bench = typeof module === 'object' && module !== null ? (module as { bench?: unknown }).bench : undefined;
    if (!isBench(bench)) throw new Error(`${file} must export \`bench\` (name, description, run)`);
    if (filters.length === 0 || filters.some((f) => bench.name.includes(f))) benches.push(bench);
  }
  return benches;
}

function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: BENCH_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: run('rev-parse', 'HEAD'), dirty: run('status', '--porcelain').length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

function environment() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
    tmpdir: os.tmpdir(),
    ...gitState(),
  };
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const benches = await loadBenches(args.filters);
  if (benches.length === 0) {
    console.error(`No benchmark matches ${args.filters.join(', ')}`);
    return 2;
  }
  const usedOptions = new Set<string>();
  const context: BenchContext = {
    option: (name, fallback) => {
      usedOptions.add(name);
      return args.options.get(name) ?? fallback;
    },
    log: (message) => console.log(`  ${message}`),
  };

  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  const reports: BenchReport[] = [];
  const failures: { name: string; error: string }[] = [];
  for (const bench of benches) {
    console.log(`Running ${bench.name}…`);
    try {
      const report = await bench.run(context);
      reports.push(report);
      console.log(`\n${formatReport(report)}\n`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ name: bench.name, error: message });
      console.error(`${bench.name} failed to run:\n${message}\n`);
    }
  }
  const unused = [...args.options.keys()].filter((name) => !usedOptions.has(name));
  if (unused.length > 0) console.warn(`warning: no benchmark reads ${unused.map((n) => `--${n}`).join(', ')}`);

  const missed = reports.flatMap((r) => r.targets.filter((t) => !t.met).map((t) => ({ bench: r.name, ...t })));
  const result = {
    startedAt,
    finishedAt: new Date().toISOString(),
    environment: { ...environment(), loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    options: Object.fromEntries(args.options),
    ok: failures.length === 0 && missed.length === 0,
    benches: reports,
    failures,
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);

  if (failures.length > 0) {
    console.error(`FAILED to run: ${failures.map((f) => f.name).join(', ')}`);
    return 2;
  }
  if (missed.length > 0) {
    for (const t of missed) {
      console.error(`TARGET MISSED (${t.bench}, ${t.source}): ${t.description}: measured ${t.actual.toFixed(2)} ${t.unit}, limit ${t.limit} ${t.unit}`);
    }
    return 1;
  }
  console.log('Every target met.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
