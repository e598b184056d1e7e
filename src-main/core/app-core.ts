import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from './db/open-database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './db/migrations';
import { createDispatch, typedCall } from './ipc/dispatch';
import type { Dispatch, DispatchOptions, TypedCall } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import type { PresenterPort } from './ipc/handlers';
import { BoardService } from './board/board-service';
import { OrganisationService } from './organisations/organisation-service';
import { SessionService } from './workshops/session-service';
import { WorkshopService } from './workshops/workshop-service';
import { ImportJobs } from './workforce/import-jobs';
import type { ScanWorkerFactory } from './workforce/import-jobs';
import { createScanWorkerFactory } from './workforce/scan-worker-launcher';
import { WorkforceService } from './workforce/workforce-service';
import { PrioritiesService } from './priorities/priorities-service';
import { ResourceService } from './resources/resource-service';
import type { FileChooserPort } from './workforce/workforce-service';
import { ExportService } from './export/export-service';
import type { SaveFileChooserPort } from './export/export-service';
import { WorkshopFileService } from './workshop-file/workshop-file-service';
import type { WorkshopFileChooserPort } from './workshop-file/workshop-file-service';

/** The AppPaths port: where data lives. Electron gives userData; tests give a temporary folder. */
export type AppPaths = {
  readonly dataDir: string;
};

export type CoreOptions = DispatchOptions & {
  readonly paths: AppPaths;
  readonly version: string;
  readonly now?: () => Date;
  readonly presenter?: PresenterPort;
  /** Absent where there is no way to pick a file (the dev view); the import screen says so. */
  readonly fileChooser?: FileChooserPort;
  /** Where an export is saved: the save dialog, or a path a test chose. Absent in the dev view. */
  readonly saveChooser?: SaveFileChooserPort;
  /** The open dialog for a .boardwalk workshop file. Absent in the dev view. */
  readonly workshopFileChooser?: WorkshopFileChooserPort;
  /** Tests may swap the thread that reads files; by default a real worker thread. */
  readonly scanWorkerFactory?: ScanWorkerFactory;
};

export type Core = {
  /** For transports: channel and input arrive untrusted. */
  readonly dispatch: Dispatch;
  /** The same path, typed, for code inside the main process and for tests. */
  readonly call: TypedCall;
  readonly db: Database;
  readonly databasePath: string;
  readonly close: () => void;
};

export const DATABASE_FILE_NAME = 'boardwalk.sqlite3';

export function databasePathFor(paths: AppPaths): string {
  return path.join(paths.dataDir, DATABASE_FILE_NAME);
}

export function backupDirFor(paths: AppPaths): string {
  return path.join(paths.dataDir, 'backups');
}

/** Everything the main process needs, wired once, for whichever transport sits in front. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const databasePath = databasePathFor(options.paths);
  const { db } = openDatabase(databasePath, {
    migrations: MIGRATIONS,
    backupDir: backupDirFor(options.paths),
    now,
  });
  const workshops = new WorkshopService(db, now);
  const importJobs = new ImportJobs(options.scanWorkerFactory ?? createScanWorkerFactory(), (channel, error) =>
    options.onInternalError?.(channel, error),
  );
  const workforce = new WorkforceService(db, now, importJobs, options.fileChooser);
  const priorities = new PrioritiesService(db, now, workshops);
  const handlers = createHandlers({
    organisations: new OrganisationService(db, now),
    board: new BoardService(db, now),
    workshops,
    session: new SessionService(db, now, workshops),
    workforce,
    priorities,
    resources: new ResourceService(db, now),
    exports: new ExportService(workshops, priorities, workforce, options.saveChooser),
    workshopFiles: new WorkshopFileService(db, now, {
      appVersion: options.version,
      backupDir: backupDirFor(options.paths),
      saveChooser: options.saveChooser,
      fileChooser: options.workshopFileChooser,
    }),
    ...(options.presenter ? { presenter: options.presenter } : {}),
    appInfo: { name: 'Boardwalk', version: options.version, schemaVersion: LATEST_SCHEMA_VERSION },
  });
  const dispatch = createDispatch(handlers, options);
  return {
    dispatch,
    call: typedCall(dispatch),
    db,
    databasePath,
    close: () => {
      importJobs.dispose();
      if (db.open) db.close();
    },
  };
}
