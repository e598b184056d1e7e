import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChosenFile, FileInspection, ImportProblem, ScanStatus } from '../../../shared/workforce/snapshot';
import type { ColumnMapping, ScanResult } from '../../../shared/workforce/types';
import { AppError } from '../errors';
import type { WorkerReply, WorkerRequest } from './scan-protocol';

/** The part of a worker thread the jobs use, so tests can count and kill workers. */
export type ScanWorker = {
  on(event: 'message', listener: (reply: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
};

export type ScanWorkerFactory = (request: WorkerRequest) => ScanWorker;

type ChosenFileRecord = ChosenFile & { readonly path: string };

type Job = {
  readonly id: string;
  readonly file: ChosenFileRecord;
  readonly columns: ColumnMapping;
  readonly worker: ScanWorker | null;
  status: ScanStatus;
};

export type CompletedScan = {
  readonly file: ChosenFile;
  readonly columns: ColumnMapping;
  readonly result: ScanResult;
};

const INTERNAL_PROBLEM: ImportProblem = {
  message: 'Boardwalk could not read the file because of a fault of its own. Nothing was imported; try again.',
  row: null,
  column: null,
};

/** Finished scans kept for a commit; older ones are dropped (the user reads the file again). */
const MAX_KEPT_JOBS = 4;
/** Files chosen and not yet imported; the oldest is forgotten first. */
const MAX_KEPT_FILES = 8;

/** Told of faults that are Boardwalk's, never the file's: which call, and the error. */
export type FaultReporter = (channel: 'workforce.inspect' | 'workforce.startScan', error: unknown) => void;

/**
 * Files the user chose and the reads running on them. Paths stay in the main process: the
 * renderer holds opaque ids, so a compromised page cannot ask for any other file. Scan results
 * (category values and counts, no rows) live only in memory until they are committed.
 */
export class ImportJobs {
  private readonly files = new Map<string, ChosenFileRecord>();
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly createWorker: ScanWorkerFactory,
    private readonly onFault: FaultReporter = () => undefined,
  ) {}

  registerFile(filePath: string): ChosenFile {
    const stat = fs.statSync(filePath);
    const file: ChosenFileRecord = {
      fileId: crypto.randomUUID(),
      name: path.basename(filePath),
      sizeBytes: stat.size,
      path: filePath,
    };
    this.files.set(file.fileId, file);
    const inUse = new Set([...this.jobs.values()].map((job) => job.file.fileId));
    for (const id of this.files.keys()) {
      if (this.files.size <= MAX_KEPT_FILES) break;
      if (!inUse.has(id)) this.files.delete(id);
    }
    return { fileId: file.fileId, name: file.name, sizeBytes: file.sizeBytes };
  }

  /** Headers, sheets and suggested columns: a short read, but still off the main thread. */
  inspect(fileId: string, sheet: string | undefined): Promise<FileInspection> {
    const file = this.requireFile(fileId);
    return new Promise((resolve, reject) => {
      const worker = this.createWorker({ kind: 'inspect', path: file.path, ...(sheet !== undefined ? { sheet } : {}) });
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        fn();
      };
      worker.on('message', (reply) => {
        if (reply.type === 'inspected') {
          settle(() => resolve({ fileId: file.fileId, name: file.name, sizeBytes: file.sizeBytes, ...reply.inspection }));
        } else if (reply.type === 'failed') {
          if (!reply.expected) this.onFault('workforce.inspect', reply.fault ?? reply.problem.message);
          settle(() => reject(problemError(reply.problem)));
        }
      });
      worker.on('error', (error) => {
        this.onFault('workforce.inspect', error);
        settle(() => reject(problemError(INTERNAL_PROBLEM)));
      });
      worker.on('exit', () => settle(() => reject(problemError(INTERNAL_PROBLEM))));
    });
  }

  /** One read at a time: a new one stops any still running (the user changed their mind). */
  startScan(fileId: string, sheet: string | null, columns: ColumnMapping): { jobId: string } {
    const file = this.requireFile(fileId);
    for (const running of this.jobs.values()) {
      if (running.status.state === 'running') this.cancel(running.id);
    }
    const id = crypto.randomUUID();
    const worker = this.createWorker({ kind: 'scan', path: file.path, sheet, columns });
    const job: Job = {
      id,
      file,
      columns,
      worker,
      status: { state: 'running', bytesRead: 0, totalBytes: file.sizeBytes, rowsRead: 0 },
    };
    const finish = (status: ScanStatus) => {
      if (job.status.state !== 'running') return;
      job.status = status;
      void worker.terminate();
    };
    worker.on('message', (reply) => {
      if (reply.type === 'progress' && job.status.state === 'running') {
        job.status = { state: 'running', bytesRead: reply.bytesRead, totalBytes: reply.totalBytes, rowsRead: reply.rowsRead };
      } else if (reply.type === 'scanned') {
        finish({ state: 'done', result: { rowsRead: reply.result.rowsRead, groups: [...reply.result.groups] } });
      } else if (reply.type === 'failed') {
        if (!reply.expected) this.onFault('workforce.startScan', reply.fault ?? reply.problem.message);
        finish({ state: 'failed', problem: reply.problem });
      }
    });
    worker.on('error', (error) => {
      this.onFault('workforce.startScan', error);
      finish({ state: 'failed', problem: INTERNAL_PROBLEM });
    });
    worker.on('exit', () => finish({ state: 'failed', problem: INTERNAL_PROBLEM }));
    this.jobs.set(id, job);
    this.evictOldJobs();
    return { jobId: id };
  }

  status(jobId: string): ScanStatus {
    return this.requireJob(jobId).status;
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.requireJob(jobId);
    if (job.status.state !== 'running') return { cancelled: false };
    job.status = { state: 'cancelled' };
    void job.worker?.terminate();
    return { cancelled: true };
  }

  completed(jobId: string): CompletedScan {
    const job = this.requireJob(jobId);
    if (job.status.state !== 'done') {
      throw new AppError('CONFLICT', 'This file has not been read to the end, so there is nothing to import yet.', ['jobId']);
    }
    return {
      file: { fileId: job.file.fileId, name: job.file.name, sizeBytes: job.file.sizeBytes },
      columns: job.columns,
      result: job.status.result,
    };
  }

  /** After a commit: the counts are in the database, so the copy in memory can go. */
  release(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    this.jobs.delete(jobId);
    this.files.delete(job.file.fileId);
  }

  /** Stops every read (on quit, and after each test). */
  dispose(): void {
    for (const job of this.jobs.values()) {
      if (job.status.state === 'running') {
        job.status = { state: 'cancelled' };
        void job.worker?.terminate();
      }
    }
    this.jobs.clear();
    this.files.clear();
  }

  private evictOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    const excess = this.jobs.size - MAX_KEPT_JOBS;
    for (const job of finished.slice(0, Math.max(0, excess))) this.jobs.delete(job.id);
  }

  private requireFile(fileId: string): ChosenFileRecord {
    const file = this.files.get(fileId);
    if (!file) {
      throw new AppError('NOT_FOUND', 'That file is no longer open in Boardwalk. Choose the file again.', ['fileId']);
    }
    return file;
  }

  private requireJob(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) {
      throw new AppError('NOT_FOUND', 'That import is no longer open in Boardwalk. Choose the file again.', ['jobId']);
    }
    return job;
  }
}

function problemError(problem: ImportProblem): AppError {
  return new AppError('INVALID_INPUT', problem.message, ['fileId']);
}
