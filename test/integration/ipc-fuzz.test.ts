import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import type { Channel } from '../../shared/ipc/contract';
import { ipcErrorSchema } from '../../shared/ipc/result';
import { createCore, databasePathFor } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { contentHash } from '../harness/core';
import { payloadArbitrary } from '../harness/payload-arbitraries';
import { seedFromEnv } from '../harness/prng';
import { seedRichData } from '../harness/rich-seed';
import type { RichSeed } from '../harness/rich-seed';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { validInputs } from '../harness/valid-inputs';

/*
 * Every channel of the contract, taken from the contract itself, gets FUZZ_RUNS (default 1,000)
 * arbitrary payloads through the real dispatcher on a real, seeded database. For each one:
 * dispatch answers (never throws) with a well-formed envelope; a payload the channel's schema
 * refuses is never accepted; no payload causes an internal fault; and a rejected call changes
 * nothing. That last is proved with SQLite's total_changes() after every call (rows inserted,
 * updated or deleted on the connection, rolled back or not) and the full content hash whenever
 * that moved, and also every 50 calls regardless.
 *
 * Replay: FUZZ_SEED=<seed printed below> npx vitest run test/integration/ipc-fuzz.test.ts
 */

const RUNS = Math.max(1000, Number(process.env['FUZZ_RUNS'] ?? 1000));
const SEED = seedFromEnv('FUZZ_SEED');
const HASH_EVERY = 50;

const envelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ipcErrorSchema.refine((e) => e.message.trim() !== '', 'an empty message') }),
]);

const prototypeKeysBefore = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
};

let templateDir: string;
let seed: RichSeed;
const figures: Array<{ channel: Channel; runs: number; rejected: number; accepted: number; ms: number }> = [];

beforeAll(async () => {
  console.log(`ipc-fuzz: seed ${SEED}, ${RUNS} runs per channel; replay with FUZZ_SEED=${SEED}`);
  templateDir = makeTempDir('boardwalk-fuzz-template-');
  const core = createCore({ paths: { dataDir: templateDir }, version: 'test' });
  try {
    seed = await seedRichData(core);
  } finally {
    core.close();
  }
});

afterAll(() => {
  removeDir(templateDir);
  const total = figures.reduce((sum, f) => sum + f.runs, 0);
  const ms = figures.reduce((sum, f) => sum + f.ms, 0);
  const accepted = figures.reduce((sum, f) => sum + f.accepted, 0);
  console.log(`ipc-fuzz: ${figures.length} channels, ${total} payloads (${accepted} accepted as valid), ${(ms / 1000).toFixed(1)} s (seed ${SEED})`);
});

/** A fresh copy of the seeded database, with ports that behave as a user who cancels every dialog. */
function freshCore(faults: unknown[]): { core: Core; dir: string } {
  const dir = makeTempDir('boardwalk-fuzz-');
  fs.copyFileSync(databasePathFor({ dataDir: templateDir }), path.join(dir, path.basename(databasePathFor({ dataDir: dir }))));
  const core = createCore({
    paths: { dataDir: dir },
    version: 'test',
    fileChooser: { chooseWorkforceFile: () => Promise.resolve(null) },
    saveChooser: { chooseSavePath: () => Promise.resolve(null) },
    presenter: { open: () => false },
    onInternalError: (channel, error) => faults.push({ channel, error }),
  });
  return { core, dir };
}

describe('every IPC channel under arbitrary payloads', () => {
  it('covers every channel of the contract', () => {
    expect(CHANNELS.length).toBeGreaterThan(40);
    expect(Object.keys(validInputs(seed)).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    it(channel, { timeout: 120_000 }, async () => {
      const faults: unknown[] = [];
      const { core, dir } = freshCore(faults);
      const valid: unknown = validInputs(seed)[channel];
      const ids = [...new Set([...seed.memberIds, ...seed.participantIds, seed.actionId, seed.resourceId, seed.snapshotId, seed.profileId, seed.otherOrganisationId])];
      const spec = contract[channel];
      const totalChanges = core.db.prepare<[], number>('SELECT total_changes()').pluck();
      let expectedHash = contentHash(core.db);
      let runs = 0;
      let rejected = 0;
      let accepted = 0;
      const started = performance.now();
      try {
        expect(spec.input.safeParse(valid).success, `the valid example for ${channel}`).toBe(true);
        await fc.assert(
          fc.asyncProperty(payloadArbitrary(valid, ids), async (payload) => {
            const schemaAccepts = spec.input.safeParse(payload).success;
            const changesBefore = totalChanges.get();
            const result = await core.dispatch(channel, payload);
            const envelope = envelopeSchema.safeParse(result);
            if (!envelope.success) {
              const shown = JSON.stringify(result) as string | undefined;
              throw new Error(`not a well-formed result: ${(shown ?? 'undefined').slice(0, 300)}`);
            }
            const answer = envelope.data;
            const wrote = totalChanges.get() !== changesBefore;
            if (answer.ok) {
              if (!schemaAccepts) throw new Error('accepted a payload the schema refuses');
              accepted += 1;
              if (wrote) expectedHash = contentHash(core.db);
            } else {
              if (!schemaAccepts && answer.error.code !== 'INVALID_INPUT') throw new Error(`an invalid payload got ${answer.error.code}`);
              if (answer.error.code === 'INTERNAL') throw new Error(`an internal fault: ${String((faults.at(-1) as { error?: unknown } | undefined)?.error)}`);
              rejected += 1;
              if (wrote && contentHash(core.db) !== expectedHash) throw new Error(`a rejected call (${answer.error.code}: ${answer.error.message}) changed the database`);
            }
            runs += 1;
            if (runs % HASH_EVERY === 0 && contentHash(core.db) !== expectedHash) {
              throw new Error(`the database changed without a row count, within the last ${HASH_EVERY} calls`);
            }
          }),
          { numRuns: RUNS, seed: SEED },
        );
        expect(contentHash(core.db)).toBe(expectedHash);
        expect(faults).toEqual([]);
        expect(runs).toBeGreaterThanOrEqual(RUNS);
      } finally {
        core.close();
        removeDir(dir);
      }
      figures.push({ channel, runs, rejected, accepted, ms: performance.now() - started });
    });
  }

  it('left no prototype polluted', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore.object);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(prototypeKeysBefore.array);
    expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(prototypeKeysBefore.function);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
