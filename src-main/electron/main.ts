import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { createCore } from '../core/app-core';
import type { Core } from '../core/app-core';
import { DatabaseOpenError } from '../core/db/database-open-error';
import { registerIpc } from './ipc';
import { serveAppRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  buildMainWindowOptions,
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  windowOpenDecision,
} from './security';

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
    contents.on('will-navigate', (navigation) => {
      if (!isNavigationAllowed(navigation.url)) navigation.preventDefault();
    });
    contents.on('will-redirect', (navigation) => {
      if (!isNavigationAllowed(navigation.url)) navigation.preventDefault();
    });
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(windowOpenDecision);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  app.whenReady().then(start).catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));

  try {
    core = createCore({
      paths: { dataDir: app.getPath('userData') },
      version: app.getVersion(),
      onInternalError: (channel, error) => console.error(`Boardwalk: ${channel} failed`, error),
    });
  } catch (error) {
    fail(error);
    return;
  }
  registerIpc(core.dispatch);

  mainWindow = new BrowserWindow(buildMainWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}

function fail(error: unknown): void {
  const message =
    error instanceof DatabaseOpenError
      ? `${error.message}\n\nDatabase: ${error.file}`
      : `Boardwalk could not start: ${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Boardwalk cannot open its data', message);
  app.exit(1);
}
