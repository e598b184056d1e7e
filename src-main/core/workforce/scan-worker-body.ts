import { suggestColumns } from '../../../shared/workforce/columns';
import type { ImportProblem } from '../../../shared/workforce/snapshot';
import { ImportFileError, inspectTable } from './reader';
import { scanFile } from './scan';
import type { WorkerReply, WorkerRequest } from './scan-protocol';

/** Progress is posted at most this often: the renderer polls, so finer gains nothing. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * The work of one scan thread, apart from the thread plumbing so tests can run it directly.
 * Sample rows are used here to suggest columns and go no further: the reply carries headers.
 */
export async function runWorkerRequest(request: WorkerRequest, post: (reply: WorkerReply) => void): Promise<void> {
  try {
    if (request.kind === 'inspect') {
      const head = await inspectTable(request.path, {
        ...(request.sheet !== undefined ? { sheet: request.sheet } : {}),
        ...(request.limits ? { limits: request.limits } : {}),
      });
      const s = suggestColumns(head.headers, head.sampleRows);
      const suggested = { shape: s.shape, confident: s.confident, reasons: [...s.reasons], person: s.person, aggregated: s.aggregated };
      post({
        type: 'inspected',
        inspection: {
          format: head.format,
          sheets: [...head.sheets],
          sheet: head.sheet,
          encoding: head.dialect?.encoding ?? null,
          delimiter: head.dialect?.delimiter ?? null,
          headers: [...head.headers],
          suggested,
        },
      });
      return;
    }
    let last = 0;
    const result = await scanFile(request.path, {
      sheet: request.sheet,
      columns: request.columns,
      ...(request.limits ? { limits: request.limits } : {}),
      onProgress: (bytesRead, totalBytes, rowsRead) => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS && bytesRead < totalBytes) return;
        last = now;
        post({ type: 'progress', bytesRead, totalBytes, rowsRead });
      },
    });
    post({ type: 'scanned', result });
  } catch (error) {
    const expected = error instanceof ImportFileError;
    post({ type: 'failed', problem: toProblem(error), expected, ...(expected ? {} : { fault: faultOf(error) }) });
  }
}

/** A file's fault is told as it is; anything else is ours, and said without the detail. */
export function toProblem(error: unknown): ImportProblem {
  if (error instanceof ImportFileError) {
    return { message: error.message, row: error.row, column: error.column };
  }
  return {
    message: 'Boardwalk could not read the file because of a fault of its own. Nothing was imported; try again.',
    row: null,
    column: null,
  };
}

/** The name and the stack frames of an error, without its message, which may quote a cell. */
export function faultOf(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return [error.name, ...frames].join('\n');
}
