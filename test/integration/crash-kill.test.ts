import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { createCore, databasePathFor } from '../../src-main/core/app-core';
import { checkAcknowledged, parseLog } from '../harness/crash-protocol';
import type { CrashBase } from '../harness/crash-protocol';
import { createPrng, seedFromEnv } from '../harness/prng';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/*
 * Crash: a child process writes through the real core without pause and logs each write it
 * has been told is committed; it is killed with SIGKILL at random moments, again and again on
 * the same database file (so each start recovers the previous crash's WAL). After every kill
 * the file must pass integrity_check and hold every acknowledged write, exactly.
 *
 * Replay a failure with the seed it prints: CRASH_SEED=<seed> npx vitest run test/integration/crash-kill.test.ts
 * (the kill moments are replayed; how many writes fit before each kill depends on the machine).
 */

const WRITER = path.resolve('test/harness/crash-writer.ts');
const KILLS = Math.max(30, Number(process.env['CRASH_KILLS'] ?? 30));
/** Each run's writes are numbered from (run + 1) × this, so every value written is unique. */
const SEQ_PER_RUN = 100_000;
if (KILLS > 500) throw new Error('CRASH_KILLS above 500 would run out of unique ODS codes');
const SEED = seedFromEnv('CRASH_SEED');
/** A writer that has not started and been killed by then is stuck, not slow. */
const RUN_TIMEOUT_MS = 20_000;

type RunOutcome = {
  readonly base: CrashBase | null;
  readonly signal: NodeJS.Signals | null;
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly walBytesAtKill: number;
};

/**
 * Starts the writer; kills it `delayMs` after it says it is ready, or (early) `delayMs` after it
 * was started, when it may still be opening the database and recovering the last crash.
 */
function runAndKill(args: readonly string[], walFile: string, delayMs: number, early: boolean): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let base: CrashBase | null = null;
    let stdout = '';
    let stderr = '';
    let walBytesAtKill = 0;
    const kill = (): void => {
      walBytesAtKill = fs.existsSync(walFile) ? fs.statSync(walFile).size : 0;
      child.kill('SIGKILL');
    };
    const guard = setTimeout(() => {
      kill();
      reject(new Error(`the writer neither started nor was killed within ${RUN_TIMEOUT_MS} ms: ${stderr}`));
    }, RUN_TIMEOUT_MS);
    if (early) setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^ready (.*)$/m.exec(stdout);
      if (match && base === null) {
        base = JSON.parse(match[1] ?? '') as CrashBase;
        if (!early) setTimeout(kill, delayMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => {
      clearTimeout(guard);
      resolve({ base, signal, exitCode, stderr, walBytesAtKill });
    });
  });
}

const dataDir = makeTempDir('boardwalk-crash-');
afterAll(() => removeDir(dataDir));

it(`keeps every acknowledged write through ${KILLS} SIGKILLs (seed ${SEED})`, { timeout: 180_000 }, async () => {
  console.log(`crash-kill: seed ${SEED}; replay with CRASH_SEED=${SEED} npx vitest run test/integration/crash-kill.test.ts`);
  const prng = createPrng(SEED);
  const databaseFile = databasePathFor({ dataDir });
  const logFile = path.join(dataDir, 'writes.log');
  const started = performance.now();
  let base: CrashBase | null = null;
  let killedBeforeReady = 0;
  let killedMidWrite = 0;
  let maxWalBytes = 0;
  let acknowledged = 0;
  let intentsSoFar = 0;

  for (let run = 0; run < KILLS; run += 1) {
    // Now and then the kill lands while the writer is still starting: opening the file,
    // recovering the previous crash's WAL, checking it.
    const early = run > 0 && prng.next() < 0.2;
    const delayMs = early ? prng.int(0, 700) : prng.int(5, 300);
    const childSeed = (SEED + Math.imul(run + 1, 0x9e3779b9)) >>> 0;
    const firstSeq = (run + 1) * SEQ_PER_RUN;
    const outcome = await runAndKill([dataDir, logFile, String(childSeed), String(firstSeq)], `${databaseFile}-wal`, delayMs, early);
    const refused = fs.existsSync(logFile) ? parseLog(fs.readFileSync(logFile, 'utf8')).errors : [];
    expect(outcome.stderr, `run ${run}: the writer reported a failure`).toBe('');
    expect({ run, signal: outcome.signal, exitCode: outcome.exitCode, refused }).toEqual({ run, signal: 'SIGKILL', exitCode: null, refused: [] });
    base ??= outcome.base;
    if (outcome.base === null) killedBeforeReady += 1;
    maxWalBytes = Math.max(maxWalBytes, outcome.walBytesAtKill);
    if (base === null) continue;

    // Read-only, so the check does not checkpoint the WAL: the next writer recovers it as left.
    const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true }), `run ${run}: integrity_check`).toBe('ok');
      const log = parseLog(fs.readFileSync(logFile, 'utf8'));
      expect(log.errors, `run ${run}: the writer had a write refused`).toEqual([]);
      const report = checkAcknowledged(db, base, log.intents, log.acks);
      expect(report.problems, `run ${run} (seed ${SEED})`).toEqual([]);
      const ackedSeqs = new Set(log.acks.map((a) => a.seq));
      const thisRun = log.intents.slice(intentsSoFar);
      const last = thisRun.at(-1);
      if (last && !ackedSeqs.has(last.seq)) killedMidWrite += 1;
      intentsSoFar = log.intents.length;
      acknowledged = log.acks.length;
    } finally {
      db.close();
    }
  }
  if (base === null) throw new Error('the writer never started');

  // Last, the way the app opens it: quick_check at open, then reads through the channels.
  const core = createCore({ paths: { dataDir }, version: 'crash-test' });
  try {
    const log = parseLog(fs.readFileSync(logFile, 'utf8'));
    expect(checkAcknowledged(core.db, base, log.intents, log.acks).problems).toEqual([]);
    const session = await core.call('session.get', { workshopId: base.workshopId });
    expect(session.ok).toBe(true);
    const organisation = await core.call('organisation.get', { id: base.organisationId });
    expect(organisation.ok).toBe(true);
  } finally {
    core.close();
  }

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `crash-kill: ${KILLS} kills (${killedBeforeReady} before the writer was ready, ${killedMidWrite} with a write begun and not acknowledged), ` +
      `${acknowledged} writes acknowledged and all present, largest WAL at a kill ${Math.round(maxWalBytes / 1024)} KiB, ${seconds.toFixed(1)} s (seed ${SEED})`,
  );
  expect(acknowledged).toBeGreaterThan(KILLS);
});

it('the check itself finds a lost or altered write', async () => {
  const dir = makeTempDir('boardwalk-crash-check-');
  const core = createCore({ paths: { dataDir: dir }, version: 'crash-test' });
  try {
    const org = await core.call('organisation.create', { name: 'Check trust', odsCode: 'CHK', type: 'nhs-trust' });
    if (!org.ok) throw new Error(org.error.message);
    const base: CrashBase = { organisationId: org.value.id, memberId: 0, workshopId: 0 };
    const intents = [
      { seq: 1, kind: 'slot', slot: 'organisation-name', value: 'Renamed trust' },
      { seq: 2, kind: 'row', table: 'organisation', columns: { name: 'Check trust', ods_code: 'CHK' } },
      { seq: 3, kind: 'row', table: 'organisation', columns: { name: 'Check trust', ods_code: 'XXX' } },
      { seq: 4, kind: 'row', table: 'organisation', columns: { name: 'Gone trust' } },
    ] as const;
    const acks = [
      { seq: 1, id: null },
      { seq: 2, id: org.value.id },
      { seq: 3, id: org.value.id },
      { seq: 4, id: 999 },
    ];
    expect(checkAcknowledged(core.db, base, intents, acks).problems).toEqual([
      `organisation id ${org.value.id} (write 3): ods_code is "CHK", acknowledged "XXX"`,
      'organisation id 999 (write 4) was acknowledged and is missing',
      'organisation-name: stored "Check trust", expected write 1 or later',
    ]);
  } finally {
    core.close();
    removeDir(dir);
  }
});
