import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  buildMainWindowOptions,
  isAppUrl,
  isNavigationAllowed,
  hardenSession,
  hardenWebContents,
  isRequestAllowed,
  isTrustedSender,
} from '../../src-main/electron/security';
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
