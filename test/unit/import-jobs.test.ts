import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/core/errors';
import { ImportJobs } from '../../src-main/core/workforce/import-jobs';
import type { ScanWorker } from '../../src-main/core/workforce/import-jobs';
import type { WorkerReply, WorkerRequest } from '../../src-main/core/workforce/scan-protocol';
import { faultOf } from '../../src-main/core/workforce/scan-worker-body';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * A stand-in for the worker thread, so a test can make it crash, exit early or answer late:
 * faults the real thread cannot be made to show on demand. The real thread is exercised in
 * test/integration/workforce-import.test.ts.
 */
class FakeWorker extends EventEmitter implements ScanWorker {
  terminated = 0;
  constructor(readonly request: WorkerRequest) {
    super();
  }
  terminate(): Promise<number> {
    this.terminated += 1;
    return Promise.resolve(1);
  }
  reply(message: WorkerReply): void {
    this.emit('message', message);
  }
}

const COLUMNS = { shape: 'person', staffGroup: 'Staff Group', occupation: null, level: 'Pay Band', fte: null } as const;
const DONE: WorkerReply = { type: 'scanned', result: { rowsRead: 1, groups: [{ group: 'Medical and Dental', occupation: '', level: 'Consultant', rows: 1, headcount: 1, fte: null }] } };

let dir: string;
let file: string;
beforeAll(() => {
  dir = makeTempDir('boardwalk-jobs-');
  file = path.join(dir, 'staff.csv');
  fs.writeFileSync(file, 'Staff Group,Pay Band\nMedical and Dental,Consultant\n');
});
afterAll(() => removeDir(dir));

function setup() {
  const workers: FakeWorker[] = [];
  const faults: Array<[string, unknown]> = [];
  const jobs = new ImportJobs(
    (request) => {
      const worker = new FakeWorker(request);
      workers.push(worker);
      return worker;
    },
    (channel, error) => faults.push([channel, error]),
  );
  const { fileId } = jobs.registerFile(file);
  const last = () => {
    const worker = workers.at(-1);
    if (!worker) throw new Error('no worker');
    return worker;
  };
  return { jobs, workers, faults, fileId, last };
}

describe('import jobs', () => {
  it('a worker that exits before answering fails the scan with Boardwalk\'s own message, and is logged', () => {
    const { jobs, fileId, last } = setup();
    const { jobId } = jobs.startScan(fileId, null, COLUMNS);
    last().emit('exit', 1);
    expect(jobs.status(jobId)).toMatchObject({ state: 'failed', problem: { message: expect.stringMatching(/fault of its own/) as unknown } });
    expect(() => jobs.completed(jobId)).toThrow(AppError);
  });

  it('an error in the thread fails the scan and is reported to the log under its channel', () => {
    const { jobs, fileId, last, faults } = setup();
    const { jobId } = jobs.startScan(fileId, null, COLUMNS);
    last().emit('error', new Error('out of memory'));
    expect(jobs.status(jobId).state).toBe('failed');
    expect(faults).toHaveLength(1);
    expect(faults[0]?.[0]).toBe('workforce.startScan');
  });

  it('an answer that arrives after a cancel is ignored, and the cancelled scan cannot be committed', () => {
    const { jobs, fileId, last } = setup();
    const { jobId } = jobs.startScan(fileId, null, COLUMNS);
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true });
    expect(last().terminated).toBe(1);
    last().reply(DONE);
    expect(jobs.status(jobId)).toEqual({ state: 'cancelled' });
    expect(() => jobs.completed(jobId)).toThrow(/not been read to the end/);
    expect(jobs.cancel(jobId)).toEqual({ cancelled: false });
  });

  it('a finished scan ends its thread and can be committed once; cancelling it then does nothing', () => {
    const { jobs, fileId, last } = setup();
    const { jobId } = jobs.startScan(fileId, null, COLUMNS);
    last().reply({ type: 'progress', bytesRead: 10, totalBytes: 40, rowsRead: 1 });
    expect(jobs.status(jobId)).toEqual({ state: 'running', bytesRead: 10, totalBytes: 40, rowsRead: 1 });
    last().reply(DONE);
    expect(last().terminated).toBe(1);
    last().emit('exit', 1);
    expect(jobs.status(jobId).state).toBe('done');
    expect(jobs.cancel(jobId)).toEqual({ cancelled: false });
    expect(jobs.completed(jobId).result.rowsRead).toBe(1);
    jobs.release(jobId);
    expect(() => jobs.status(jobId)).toThrow(/no longer open/);
    expect(() => jobs.startScan(fileId, null, COLUMNS)).toThrow(/Choose the file again/);
  });

  it('runs one scan at a time: a new scan stops the one still running', () => {
    const { jobs, fileId, workers } = setup();
    const first = jobs.startScan(fileId, null, COLUMNS);
    const second = jobs.startScan(fileId, null, COLUMNS);
    expect(jobs.status(first.jobId)).toEqual({ state: 'cancelled' });
    expect(workers[0]?.terminated).toBe(1);
    expect(jobs.status(second.jobId).state).toBe('running');
  });

  it('keeps a few finished scans and forgets the oldest', () => {
    const { jobs, fileId, last } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      ids.push(jobs.startScan(fileId, null, COLUMNS).jobId);
      last().reply(DONE);
    }
    jobs.startScan(fileId, null, COLUMNS);
    expect(() => jobs.status(ids[0] ?? '')).toThrow(/no longer open/);
    expect(jobs.status(ids[5] ?? '').state).toBe('done');
  });

  it('stops every running thread when disposed (on quit)', () => {
    const { jobs, fileId, workers } = setup();
    jobs.startScan(fileId, null, COLUMNS);
    jobs.dispose();
    expect(workers[0]?.terminated).toBe(1);
  });

  it('an inspection that fails unexpectedly is refused with a message and logged without the error\'s text', async () => {
    const { jobs, fileId, last, faults } = setup();
    const inspected = jobs.inspect(fileId, undefined);
    last().reply({ type: 'failed', problem: { message: 'Boardwalk could not read the file', row: null, column: null }, expected: false, fault: 'TypeError\n    at x (scan.ts:1:1)' });
    await expect(inspected).rejects.toThrow('Boardwalk could not read the file');
    expect(faults).toEqual([['workforce.inspect', 'TypeError\n    at x (scan.ts:1:1)']]);
  });

  it('describes a fault by its name and stack frames only, never its message', () => {
    const error = new TypeError('cannot read "Jane Smith"');
    const fault = faultOf(error);
    expect(fault.startsWith('TypeError\n')).toBe(true);
    expect(fault).not.toContain('Jane Smith');
  });
});
