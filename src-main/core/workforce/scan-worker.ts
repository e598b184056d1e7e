import { parentPort, workerData } from 'node:worker_threads';
import { runWorkerRequest } from './scan-worker-body';
import type { WorkerReply, WorkerRequest } from './scan-protocol';

/** Entry of the thread that reads a workforce file, so the main process stays responsive. */
const port = parentPort;
if (port) {
  void runWorkerRequest(workerData as WorkerRequest, (reply: WorkerReply) => port.postMessage(reply));
}
