import type { FileInspection, ImportProblem } from '../../../shared/workforce/snapshot';
import type { ColumnMapping, ScanResult } from '../../../shared/workforce/types';
import type { TableLimits } from './reader';

/** What the main thread asks of a scan worker (its `workerData`). */
export type WorkerRequest =
  | { readonly kind: 'inspect'; readonly path: string; readonly sheet?: string; readonly limits?: Partial<TableLimits> }
  | {
      readonly kind: 'scan';
      readonly path: string;
      readonly sheet: string | null;
      readonly columns: ColumnMapping;
      readonly limits?: Partial<TableLimits>;
    };

/** The file as the worker describes it: headers and suggestions, never a data row. */
export type Inspection = Omit<FileInspection, 'fileId' | 'name' | 'sizeBytes'>;

/** What a scan worker posts back. `expected` failures are the file's fault and shown as they are. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly totalBytes: number; readonly rowsRead: number }
  | { readonly type: 'inspected'; readonly inspection: Inspection }
  | { readonly type: 'scanned'; readonly result: ScanResult }
  | {
      readonly type: 'failed';
      readonly problem: ImportProblem;
      readonly expected: boolean;
      /** For the log, when the fault is Boardwalk's: the error's name and call stack, never its message (it may hold a cell). */
      readonly fault?: string;
    };
