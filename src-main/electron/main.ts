import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session } from 'electron';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core';
import { DatabaseOpenError } from '../core/db/database-open-error';
import { chooseSavePath, chooseWorkforceFile, chooseWorkshopFile } from './file-chooser';
import { registerIpc } from './ipc';
import { serveAppRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  buildMainWindowOptions,
  hardenSession,
  hardenWebContents,
} from './security';
import { buildMenuTemplate } from './menu';
import { buildPresenterWindowOptions, choosePresenterDisplay, presenterUrl } from './presenter-window';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererDir = path.join(here, '../renderer');

// Must precede `ready`: a standard, secure scheme gets a real origin and fetch support.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let presenterWindow: BrowserWindow | null = null;

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
  app.on('will-quit', () => core?.close());
  app.whenReady().then(start).catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  // Electron's default menu links to websites and offers developer tools; ours offers neither.
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged })));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));

  try {
    core = createCore({
      paths: { dataDir: app.getPath('userData') },
      version: app.getVersion(),
      onInternalError: (channel, error) => console.error(`Boardwalk: ${channel} failed`, error),
      presenter: { open: openPresenterWindow },
      fileChooser: { chooseWorkforceFile: () => chooseWorkforceFile(mainWindow) },
      saveChooser: { chooseSavePath: (suggestedName, kind) => chooseSavePath(mainWindow, suggestedName, kind) },
      workshopFileChooser: { chooseWorkshopFile: () => chooseWorkshopFile(mainWindow) },
    });
  } catch (error) {
    fail(error);
    return;
  }
  registerIpc(core.dispatch);

  mainWindow = new BrowserWindow(buildMainWindowOptions(preloadPath, { devTools: !app.isPackaged }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
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
  presenterWindow = new BrowserWindow(
    buildPresenterWindowOptions(preloadPath, display, { devTools: !app.isPackaged, ownDisplay: display.id !== facilitatorDisplay.id }),
  );
  presenterWindow.once('ready-to-show', () => presenterWindow?.show());
  presenterWindow.on('closed', () => {
    presenterWindow = null;
  });
  void presenterWindow.loadURL(url);
  return true;
}

function fail(error: unknown): void {
  const message =
    error instanceof DatabaseOpenError
      ? `${error.message}\n\nDatabase: ${error.file}`
      : `Boardwalk could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Boardwalk cannot open its data', message);
  app.exit(1);
}
