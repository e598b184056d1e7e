import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell } from 'electron';
import { startAppHost } from '../core/recovery/app-host';
import type { AppHost } from '../core/recovery/app-host';
import { chooseSavePath, chooseWorkforceFile, chooseWorkshopFile } from './file-chooser';
import { registerIpc, sendEvent } from './ipc';
import { createPdfPrinter } from './pdf-printer';
import { createCloseGuard, SAVE_BEFORE_CLOSE_TIMEOUT_MS } from './close-guard';
import { serveAppRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  buildMainWindowOptions,
  createHardenedWindow,
  hardenSession,
  hardenWebContents,
} from './security';
import { buildMenuTemplate } from './menu';
import type { MenuAction } from './menu';
import { dataDirOverride } from './data-dir';
import { openLinkInBrowser } from './external-links';
import { readWindowState, restoreWindowPlacement, windowStateFrom, writeWindowState } from './window-state';
import { buildPresenterWindowOptions, choosePresenterDisplay, presenterUrl } from './presenter-window';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');

// Must precede `ready`: a standard, secure scheme gets a real origin and fetch support.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
]);
app.enableSandbox();

// Before anything reads userData (the single-instance lock lives there too): a throw-away
// folder for development runs and the Electron end-to-end suite, never for an installed app.
const dataDir = dataDirOverride(process.env, app.isPackaged);
if (dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
}

let mainWindow: BrowserWindow | null = null;
let host: AppHost | null = null;
let presenterWindow: BrowserWindow | null = null;
/** How often the shell asks the core whether today's automatic backup is due. */
const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;
let dailyBackupTimer: ReturnType<typeof setInterval> | undefined;

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database is how edits get lost: the first instance keeps it.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    clearInterval(dailyBackupTimer);
    host?.close();
  });
  app.whenReady().then(start).catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  // Electron's default menu links to websites and offers developer tools; ours offers neither.
  const menuOptions = { isMac: process.platform === 'darwin', isWindows: process.platform === 'win32', isPackaged: app.isPackaged };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(menuOptions, (action) => void runMenuAction(action))));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));

  // A database that cannot be opened (damaged, from a newer version, not a database) starts the
  // recovery core instead: the window shows the recovery screen, and the file is left untouched.
  try {
    host = startAppHost({
      paths: { dataDir: app.getPath('userData') },
      version: app.getVersion(),
      onInternalError: (channel, error) => console.error(`Boardwalk: ${channel} failed`, error),
      onOpenFailure: (error) => console.error('Boardwalk: the database could not be opened', error),
      // After the answer has gone back to the window, which then says Boardwalk is closing.
      quit: () => {
        setImmediate(() => app.quit());
        return true;
      },
      presenter: { open: openPresenterWindow },
      fileChooser: { chooseWorkforceFile: () => chooseWorkforceFile(mainWindow) },
      saveChooser: { chooseSavePath: (suggestedName, kind) => chooseSavePath(mainWindow, suggestedName, kind) },
      pdfPrinter: createPdfPrinter(preloadPath),
      externalLinks: { open: (link) => openLinkInBrowser(link, mainWindow) },
      workshopFileChooser: { chooseWorkshopFile: () => chooseWorkshopFile(mainWindow) },
    });
  } catch (error) {
    fail(error);
    return;
  }
  registerIpc(host.dispatch);
  // The daily backup is taken at start; an app left open past midnight takes the next one within the hour.
  const started = host;
  dailyBackupTimer = setInterval(() => started.takeDailyBackupIfDue(), DAILY_BACKUP_CHECK_MS);

  const windowOptions = buildMainWindowOptions(preloadPath, { devTools: !app.isPackaged });
  const userData = app.getPath('userData');
  const placement = restoreWindowPlacement(readWindowState(userData), screen.getAllDisplays(), {
    width: windowOptions.minWidth ?? 0,
    height: windowOptions.minHeight ?? 0,
  });
  const window = createHardenedWindow(BrowserWindow, { ...windowOptions, ...placement.bounds });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      writeWindowState(userData, windowStateFrom(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      // Losing the window's place is no reason to stop the app closing.
      console.error('Boardwalk: the window position could not be saved', error);
    }
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  guardClose(window);
  await window.loadURL(APP_ENTRY_URL);
}

/**
 * The menu's commands go to the facilitator's window (not the projector's, even when that has
 * focus), which is brought forward; opening the data folder is done here.
 */
async function runMenuAction(action: MenuAction): Promise<void> {
  if (action.kind === 'open-data-folder') {
    const problem = await shell.openPath(app.getPath('userData'));
    if (problem !== '') dialog.showErrorBox('The data folder could not be opened', `${problem}\n\n${app.getPath('userData')}`);
    return;
  }
  const window = mainWindow;
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
  if (action.kind === 'navigate') sendEvent(window.webContents, 'app.navigate', { path: action.path });
  else sendEvent(window.webContents, 'app.command', { command: action.command });
}

/** The page saves what it holds before the window goes (see close-guard.ts). */
function guardClose(window: BrowserWindow): void {
  const contents = window.webContents;
  const guard = createCloseGuard({
    askPageToSave: () => {
      if (contents.isDestroyed() || contents.isCrashed() || contents.isLoadingMainFrame()) return false;
      sendEvent(contents, 'app.closing', {});
      return true;
    },
    closeWindow: () => {
      if (!window.isDestroyed()) window.close();
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    timeoutMs: SAVE_BEFORE_CLOSE_TIMEOUT_MS,
  });
  window.on('close', guard.onClose);
}

/**
 * The projector's window, on a second display when there is one. One at a time: asking again
 * points the existing window at the workshop and brings it forward.
 */
function openPresenterWindow(workshopId: number): boolean {
  const url = presenterUrl(workshopId);
  if (presenterWindow && !presenterWindow.isDestroyed()) {
    void presenterWindow.loadURL(url);
    presenterWindow.show();
    return true;
  }
  const facilitatorDisplay = mainWindow ? screen.getDisplayMatching(mainWindow.getBounds()) : screen.getPrimaryDisplay();
  const display = choosePresenterDisplay(screen.getAllDisplays(), facilitatorDisplay.id) ?? facilitatorDisplay;
  presenterWindow = createHardenedWindow(
    BrowserWindow,
    buildPresenterWindowOptions(preloadPath, display, { devTools: !app.isPackaged, ownDisplay: display.id !== facilitatorDisplay.id }),
  );
  presenterWindow.once('ready-to-show', () => presenterWindow?.show());
  presenterWindow.on('closed', () => {
    presenterWindow = null;
  });
  void presenterWindow.loadURL(url);
  return true;
}

/** Only for what even the recovery screen cannot show (a database that cannot be opened shows that screen). */
function fail(error: unknown): void {
  dialog.showErrorBox('Boardwalk could not start', `Boardwalk could not start: ${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}
