import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  buildMainWindowOptions,
  createHardenedWindow,
  isPermissionGranted,
  windowOpenDecision,
  isAppUrl,
  isNavigationAllowed,
  hardenSession,
  hardenWebContents,
  isRequestAllowed,
  isTrustedSender,
} from '../../src-main/electron/security';
import { buildPresenterWindowOptions } from '../../src-main/electron/presenter-window';
import { serveAppRequest } from '../../src-main/electron/protocol';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_DIRECTIVES } from '../../shared/security/content-security-policy';

describe('the main window options', () => {
  const options = buildMainWindowOptions('/app/out/preload/index.cjs', { devTools: false });
  const prefs = options.webPreferences ?? {};

  it('meet the security baseline of ARCHITECTURE.md', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(buildMainWindowOptions('/p', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('load the preload given, and nothing else that could run with more privilege', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(Object.keys(prefs)).not.toContain('additionalArguments');
    expect(Object.keys(prefs)).not.toContain('enableBlinkFeatures');
  });

  it('start the app on the custom protocol, not file://', () => {
    expect(APP_ENTRY_URL).toBe('app://boardwalk/index.html');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
  });
});

describe('the session decisions', () => {
  it('are all installed on the session: permissions denied, only our origin fetched', () => {
    const installed: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
      check?: (contents: unknown, permission: string) => boolean;
      beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    } = {};
    hardenSession({
      setPermissionRequestHandler: (handler) => { installed.request = handler; },
      setPermissionCheckHandler: (handler) => { installed.check = handler; },
      webRequest: { onBeforeRequest: (listener) => { installed.beforeRequest = listener; } },
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      installed.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(installed.check?.({}, permission), permission).toBe(false);
    }
    const decide = (url: string) => {
      const responses: Array<{ cancel: boolean }> = [];
      installed.beforeRequest?.({ url }, (response) => responses.push(response));
      return responses;
    };
    expect(decide('app://boardwalk/assets/index.js')).toEqual([{ cancel: false }]);
    expect(decide('https://example.org/tracker.js')).toEqual([{ cancel: true }]);
  });

  it('are all installed on every web contents: no navigation away, no new windows, no webviews', () => {
    const listeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
    let openHandler: (() => { action: 'deny' }) | undefined;
    hardenWebContents({
      on: (event: string, listener: (event: { url: string; preventDefault(): void }) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => { openHandler = handler; },
    });
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      for (const [url, prevented] of [['https://example.org/', true], ['file:///etc/passwd', true], ['app://boardwalk/index.html', false]] as const) {
        let wasPrevented = false;
        listeners.get(name)?.({ url, preventDefault: () => { wasPrevented = true; } });
        expect(wasPrevented, `${name} ${url}`).toBe(prevented);
      }
    }
    let webviewPrevented = false;
    listeners.get('will-attach-webview')?.({ url: '', preventDefault: () => { webviewPrevented = true; } });
    expect(webviewPrevented).toBe(true);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('allow navigation only within the app origin', () => {
    expect(isNavigationAllowed('app://boardwalk/index.html#/organisations')).toBe(true);
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- a URL the app must refuse: our host on another scheme
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/index.html', 'http://boardwalk/', 'javascript:alert(1)', 'not a url']) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('let the window load only its own origin and data: URLs', () => {
    expect(isRequestAllowed('app://boardwalk/assets/index.js')).toBe(true);
    expect(isRequestAllowed('data:image/svg+xml,%3Csvg%3E')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:5170/', 'file:///C:/Windows/win.ini', 'ws://localhost/']) {
      expect(isRequestAllowed(url), url).toBe(false);
    }
  });

  it('trust IPC only from the main frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://boardwalk/index.html#/organisations', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://boardwalk/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('recognise the app origin exactly', () => {
    expect(isAppUrl('app://boardwalk/')).toBe(true);
    expect(isAppUrl('app://boardwalk.evil/')).toBe(false);
    expect(isAppUrl('app://boardwalk@evil/')).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  it('allows only our own origin and forbids eval and inline script', () => {
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['default-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['script-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['object-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });
});

/** What the window factory was asked to build, recorded by a stand-in for BrowserWindow. */
class RecordingWindow {
  static made: BrowserWindowConstructorOptions[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    RecordingWindow.made.push(options);
  }
}

describe('the window factory (every BrowserWindow of the app)', () => {
  const BASELINE = {
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
  } as const;

  it('builds the main and presenter windows with the whole baseline and the preload given', () => {
    const display = { id: 2, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
    for (const options of [
      buildMainWindowOptions('/app/out/preload/index.cjs', { devTools: false }),
      buildPresenterWindowOptions('/app/out/preload/index.cjs', display, { devTools: false, ownDisplay: true }),
    ]) {
      const window = createHardenedWindow(RecordingWindow, options);
      expect(window).toBeInstanceOf(RecordingWindow);
      expect(window.options.webPreferences).toMatchObject({ ...BASELINE, preload: '/app/out/preload/index.cjs', devTools: false, spellcheck: false });
      expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
      expect(window.options.webPreferences).not.toHaveProperty('additionalArguments');
      expect({ ...window.options, webPreferences: undefined }).toEqual({ ...options, webPreferences: undefined });
    }
  });

  it('overrides any weaker web preference a caller passes', () => {
    const weak: BrowserWindowConstructorOptions = {
      webPreferences: {
        preload: '/p.cjs',
        contextIsolation: false,
        sandbox: false,
        nodeIntegration: true,
        nodeIntegrationInWorker: true,
        nodeIntegrationInSubFrames: true,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        webviewTag: true,
        navigateOnDragDrop: true,
      },
    };
    expect(createHardenedWindow(RecordingWindow, weak).options.webPreferences).toEqual({ preload: '/p.cjs', ...BASELINE });
  });
});

describe('the permission handlers', () => {
  /**
   * Every permission Electron's session can ask about, as its own types list them: the Record
   * makes this list exhaustive, so an Electron upgrade that adds one fails the type check.
   */
  type RequestPermission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];
  type CheckPermission = Parameters<NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>>[1];
  // The check handler's list is the request handler's (in Electron 45); this fails to compile if
  // Electron ever adds a check-only permission, so that ALL below must grow with it.
  const checkListIsCovered: [CheckPermission] extends [RequestPermission] ? true : false = true;
  const ALL: Record<RequestPermission, true> = {
    ar: true, 'automatic-fullscreen': true, 'background-fetch': true, 'background-sync': true, 'captured-surface-control': true,
    'clipboard-read': true, 'clipboard-sanitized-write': true, 'deprecated-sync-clipboard-read': true, 'display-capture': true,
    fileSystem: true, fullscreen: true, geolocation: true, 'geolocation-approximate': true, 'hand-tracking': true, hid: true,
    'idle-detection': true, keyboardLock: true, 'local-fonts': true, 'local-network': true, 'local-network-access': true,
    'loopback-network': true, media: true, mediaKeySystem: true, midi: true, midiSysex: true, nfc: true, notifications: true,
    openExternal: true, 'payment-handler': true, 'periodic-background-sync': true, 'persistent-storage': true, pointerLock: true,
    'screen-wake-lock': true, sensors: true, serial: true, 'smart-card': true, 'speaker-selection': true, 'storage-access': true,
    'system-wake-lock': true, 'top-level-storage-access': true, usb: true, vr: true, 'web-app-installation': true,
    'web-printing': true, 'window-management': true, unknown: true,
  };

  it('deny every permission Electron knows, and any it does not', () => {
    expect(checkListIsCovered).toBe(true);
    const permissions = [...Object.keys(ALL), 'a-permission-from-a-future-chromium'];
    expect(permissions.length).toBeGreaterThan(40);
    for (const permission of permissions) expect(isPermissionGranted(permission), permission).toBe(false);
  });
});

describe('new windows', () => {
  it('are denied whatever the page asks for (window.open, target=_blank, a middle click)', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    // The handler takes no arguments: no URL, disposition or feature string can change its answer.
    expect(windowOpenDecision.length).toBe(0);
  });
});

describe('the app:// protocol handler', () => {
  let rendererDir = '';
  beforeAll(() => {
    rendererDir = makeTempDir('boardwalk-protocol-');
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Boardwalk</title>');
    fs.mkdirSync(path.join(rendererDir, 'assets'));
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
  });
  afterAll(() => removeDir(rendererDir));

  it('serves our files with the Content-Security-Policy header, nosniff and no caching', async () => {
    for (const url of ['app://boardwalk/index.html', 'app://boardwalk/assets/app.js', 'app://boardwalk/']) {
      const response = await serveAppRequest(rendererDir, new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(response.headers.get('cache-control'), url).toBe('no-store');
    }
  });

  it('serves nothing outside the renderer folder, for another host, or for anything but GET', async () => {
    const refused: Array<[string, RequestInit?]> = [
      ['app://boardwalk/../package.json'],
      ['app://boardwalk/%2e%2e/%2e%2e/etc/passwd'],
      ['app://boardwalk/..%2f..%2fetc%2fpasswd'],
      ['app://boardwalk/C:/Windows/win.ini'],
      ['app://boardwalk/missing.js'],
      ['app://other/index.html'],
      ['app://boardwalk/index.html', { method: 'POST', body: 'x' }],
    ];
    for (const [url, init] of refused) {
      const response = await serveAppRequest(rendererDir, new Request(url, init));
      expect(response.status, `${init?.method ?? 'GET'} ${url}`).toBe(404);
    }
  });
});

describe('the Electron sources', () => {
  const electronDir = path.resolve('src-main/electron');
  const sources = fs
    .readdirSync(path.resolve('src-main'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const read = (file: string) => fs.readFileSync(file, 'utf8');

  it('make every window through the factory: no `new BrowserWindow` anywhere else', () => {
    const constructing = sources.filter((file) => /new\s+BrowserWindow\s*\(/.test(read(file)));
    expect(constructing.map((file) => path.relative(process.cwd(), file).split(path.sep).join('/'))).toEqual(['src-main/electron/security.ts']);
    expect(read(path.join(electronDir, 'main.ts'))).toMatch(/createHardenedWindow\(\s*BrowserWindow,/);
  });

  it('never load a file:// page or use loadFile', () => {
    for (const file of sources.filter((f) => f.startsWith(electronDir))) {
      expect(read(file), file).not.toMatch(/\bloadFile\s*\(|['"`]file:\/\//);
    }
  });

  it('harden the session and every web contents, and sandbox every renderer, in main.ts', () => {
    const main = read(path.join(electronDir, 'main.ts'));
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(main).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(main).toMatch(/app\.on\('web-contents-created',[^]*?hardenWebContents\(contents\)/);
    expect(main).toMatch(/registerIpc\(/);
  });
});
