import { EventEmitter } from 'node:events';
import type { ScanWorker, ScanWorkerFactory } from '../../src-main/core/workforce/import-jobs';
import { runWorkerRequest } from '../../src-main/core/workforce/scan-worker-body';

/**
 * The scan worker's own code (reading, counting) run on this thread instead of a new one. A
 * worker thread started from source loads tsx first, a third of a second each; tests that import
 * hundreds of times use this. The thread itself is tested in workforce-scan.test.ts.
 */
export function inProcessScanWorkerFactory(): ScanWorkerFactory {
  return (request) => {
    const events = new EventEmitter();
    let terminated = false;
    setImmediate(() => {
      void runWorkerRequest(request, (reply) => {
        if (!terminated) events.emit('message', reply);
      });
    });
    const worker: ScanWorker = {
      on: (event: string, listener: (value: never) => void) => events.on(event, listener as (value: unknown) => void),
      terminate: () => {
        terminated = true;
        return Promise.resolve(0);
      },
    };
    return worker;
  };
}
