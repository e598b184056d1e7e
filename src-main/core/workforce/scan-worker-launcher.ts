import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScanWorker, ScanWorkerFactory } from './import-jobs';
import type { WorkerRequest } from './scan-protocol';

/**
 * Where the worker's script is. Built, it sits beside the bundled main (electron-vite builds it as
 * its own entry, `scan-worker.js`). From source (tests, the dev view), it is the TypeScript file
 * beside this one, run through tsx's loader.
 */
export function scanWorkerScript(moduleUrl: string = import.meta.url): { file: string; execArgv: string[] } {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.ts')) {
    return { file: path.join(path.dirname(here), 'scan-worker.ts'), execArgv: ['--import', 'tsx'] };
  }
  return { file: path.join(path.dirname(here), 'scan-worker.js'), execArgv: [] };
}

export function createScanWorkerFactory(): ScanWorkerFactory {
  const script = scanWorkerScript();
  return (request: WorkerRequest): ScanWorker =>
    new Worker(script.file, {
      workerData: request,
      execArgv: script.execArgv,
    });
}
