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

export function buildMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
      spellcheck: true,
    },
  };
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

/** New windows are never opened by the renderer; links out go through an allow-list (issue 8). */
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
