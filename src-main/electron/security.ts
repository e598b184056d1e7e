import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The security baseline as plain data and pure decisions, so a unit test can hold them to
 * ARCHITECTURE.md without an Electron binary. main.ts only wires these into Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'boardwalk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard + secure give the page a real origin and a secure context; corsEnabled is needed
 * because module scripts are fetched in CORS mode, which Chromium refuses for unknown schemes.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

export function buildMainWindowOptions(preloadPath: string, options: { readonly devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Boardwalk',
    backgroundColor: '#f0f4f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium fetches spelling dictionaries from the internet on Linux and some Windows
      // set-ups; Boardwalk sends nothing anywhere.
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}

/** Electron's BrowserWindow class, or a stand-in that records its options in a test. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Every window of the app is made here. The web preferences that the baseline depends on are
 * written out at the constructor call and applied last, so no caller's options can weaken them,
 * and Electronegativity (which reads only the literal options of a `new BrowserWindow`, not what
 * a function returns) checks the real settings rather than guessing Electron's defaults.
 */
export function createHardenedWindow<W>(BrowserWindow: WindowConstructor<W>, options: BrowserWindowConstructorOptions): W {
  // Electronegativity's Auxclick check asks for disableBlinkFeatures: 'Auxclick', a Blink flag
  // that no longer exists (electron/electron#10315); a middle click on a link asks the window
  // open handler, which denies every new window (windowOpenDecision). See docs/SECURITY.md.
  return new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
}

/** True only for a URL of our own protocol and host: the one origin the app is served from. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Navigation away from the app is never allowed (routes change the hash, which is not a
 * navigation); a reload of our own page is.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** New windows are never opened by the renderer; links out go through app.openExternal and its allow-list. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, notifications, geolocation…: Boardwalk needs none of them. */
export function isPermissionGranted(_permission: string): false {
  return false;
}

/** Just what the sender check needs of Electron's WebFrameMain. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

/**
 * An IPC message is served only if it comes from the main frame of a page of our own origin:
 * not from a sub-frame, not from any page that a bug might have let load.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/**
 * The window may fetch only from our own origin (and inline data: images, such as those
 * generated for charts). Anything else, remote or local file, is cancelled before it leaves.
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('devtools:');
}

/** Just the parts of Electron's Session that the baseline configures (so a test can pass a fake). */
export type SessionLike = {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
};

/** Just the parts of Electron's WebContents that the baseline configures. */
export type WebContentsLike = {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: { url: string; preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
};

/** Permissions denied, requests limited to our origin: applied to the session before any window opens. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
}

/** No navigation away, no new windows, no webviews: applied to every web contents created. */
export function hardenWebContents(contents: WebContentsLike): void {
  const guard = (navigation: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(navigation.url)) navigation.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (attach) => {
    attach.preventDefault();
  });
  contents.setWindowOpenHandler(windowOpenDecision);
}
