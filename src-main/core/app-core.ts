import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from './db/open-database';
import { DEFAULT_DATABASE_FILE, resolveDatabasePath } from './db/database-location';
import { BackupFolder } from './backups/backup-folder';
import { BackupService } from './backups/backup-service';
import { removeQuietly } from './backups/backup-file';
import type { LiveDatabase } from './backups/backup-service';
import { systemTimeZone } from './backups/retention';
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
import type { PdfPrinterPort, SaveFileChooserPort } from './export/export-service';
import { ReportService } from './report/report-service';
import type { ExternalLinkPort } from './links/external-links';
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
  /** Prints the report route to PDF: a hidden window in Electron, Playwright in tests. Absent in the dev view. */
  readonly pdfPrinter?: PdfPrinterPort;
  /** The system browser for links out (Electron); absent in the dev view and tests, which only report. */
  readonly externalLinks?: ExternalLinkPort;
  /** The open dialog for a .boardwalk workshop file. Absent in the dev view. */
  readonly workshopFileChooser?: WorkshopFileChooserPort;
  /** Tests may swap the thread that reads files; by default a real worker thread. */
  readonly scanWorkerFactory?: ScanWorkerFactory;
  /** Whose days the daily backup and the retention rules count (IANA name); the computer's by default. */
  readonly timeZone?: string;
};

export type Core = {
  /** For transports: channel and input arrive untrusted. */
  readonly dispatch: Dispatch;
  /** The same path, typed, for code inside the main process and for tests. */
  readonly call: TypedCall;
  /** The connection in use now: a restore replaces it (read it again after one). */
  readonly db: Database;
  readonly databasePath: string;
  /**
   * The automatic daily backup, if today's is not yet taken (the user's day). Taken at start;
   * the desktop shell asks again every hour, so an app left open for days keeps its dailies. A
   * failure is reported to `onInternalError`, never thrown: it must not stop the user's work.
   */
  readonly takeDailyBackupIfDue: () => void;
  readonly close: () => void;
};

/** The database file used when no other has been chosen (see db/database-location.ts). */
export const DATABASE_FILE_NAME = DEFAULT_DATABASE_FILE;

/** The default database file; `resolveDatabasePath` gives the one actually in use. */
export function databasePathFor(paths: AppPaths): string {
  return path.join(paths.dataDir, DATABASE_FILE_NAME);
}

export function backupDirFor(paths: AppPaths): string {
  return path.join(paths.dataDir, 'backups');
}

/** One open connection and the services built on it; a restore closes it and builds another. */
type Session = { readonly db: Database; readonly dispatch: Dispatch };

/** Everything the main process needs, wired once, for whichever transport sits in front. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? systemTimeZone();
  const databasePath = resolveDatabasePath(options.paths.dataDir);
  const backupDir = backupDirFor(options.paths);
  const open = () => openDatabase(databasePath, { migrations: MIGRATIONS, backupDir, now });
  // Opened first: a database that cannot be opened stops everything before a worker starts.
  const first = open();
  const importJobs = new ImportJobs(options.scanWorkerFactory ?? createScanWorkerFactory(), (channel, error) =>
    options.onInternalError?.(channel, error),
  );
  const appInfo = { name: 'Boardwalk', version: options.version, schemaVersion: LATEST_SCHEMA_VERSION };

  let session: Session;
  const live: LiveDatabase = {
    path: databasePath,
    db: () => session.db,
    reopenAfter: (replace) => {
      if (session.db.open) session.db.close();
      try {
        replace();
      } finally {
        session = buildSession(open().db);
      }
    },
  };
  const backups = new BackupService(new BackupFolder(backupDir, LATEST_SCHEMA_VERSION), live, now, timeZone);

  function buildSession(db: Database): Session {
    const workshops = new WorkshopService(db, now);
    const workforce = new WorkforceService(db, now, importJobs, options.fileChooser);
    const priorities = new PrioritiesService(db, now, workshops);
    const organisations = new OrganisationService(db, now);
    const board = new BoardService(db, now);
    const session = new SessionService(db, now, workshops);
    const resources = new ResourceService(db, now);
    const report = new ReportService({ organisations, board, session, priorities, workforce, resources });
    const handlers = createHandlers({
      organisations,
      board,
      workshops,
      session,
      workforce,
      priorities,
      resources,
      exports: new ExportService(workshops, workforce, options.saveChooser, options.pdfPrinter, report),
      report,
      backups,
      workshopFiles: new WorkshopFileService(db, now, {
        appVersion: options.version,
        backupDir: backupDirFor(options.paths),
        saveChooser: options.saveChooser,
        fileChooser: options.workshopFileChooser,
      }),
      ...(options.presenter ? { presenter: options.presenter } : {}),
      ...(options.externalLinks ? { externalLinks: options.externalLinks } : {}),
      appInfo,
    });
    return { db, dispatch: createDispatch(handlers, options) };
  }

  session = buildSession(first.db);
  // A restore interrupted by a crash leaves its staged copy; the database itself is whole.
  removeQuietly(`${databasePath}.restoring`);
  // A failed automatic backup must not keep the user from their data; it is reported, and the
  // next check tries again.
  const takeDailyBackupIfDue = () => {
    try {
      backups.takeDailyIfDue();
    } catch (error) {
      options.onInternalError?.('backup.create', error);
    }
  };
  // Not for a brand-new database: there is nothing in it to keep.
  if (first.foundVersion > 0) takeDailyBackupIfDue();

  // Transports hold this one function; it always reaches the services of the current connection.
  const dispatch: Dispatch = (channel, rawInput) => session.dispatch(channel, rawInput);
  return {
    dispatch,
    call: typedCall(dispatch),
    get db() {
      return session.db;
    },
    databasePath,
    takeDailyBackupIfDue,
    close: () => {
      importJobs.dispose();
      if (session.db.open) session.db.close();
    },
  };
}
