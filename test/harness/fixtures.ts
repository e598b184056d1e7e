import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createCore } from '../../src-main/core/app-core';
import type { Core } from '../../src-main/core/app-core';
import { startAppHost } from '../../src-main/core/recovery/app-host';
import type { AppHost } from '../../src-main/core/recovery/app-host';
import { startWebServer } from '../../src-main/devweb/web-server';
import type { WebServer } from '../../src-main/devweb/web-server';
import { playwrightPdfPrinter } from './pdf-printer';
import { makeTempDir, removeDir } from './temp-dir';

export const RENDERER_DIR = path.resolve('out/renderer');

/** WCAG 2.2 AA, and the A and AA criteria of the versions before it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Stands in for the desktop's open dialog: a test says which file the user will pick. */
export type TestFileChooser = {
  /** The path the next "Choose a file" returns (workforce or workshop file); null means the user cancels. */
  willChoose: (filePath: string | null) => void;
  /** The path the next save dialog returns; null means the user cancels. */
  willSaveTo: (filePath: string | null) => void;
  /** The file names the save dialogs offered, in order. */
  readonly suggestedNames: readonly string[];
};

type Fixtures = {
  /**
   * Runs on the fresh data folder before `host` starts, to plant a damaged database, say
   * (`test.use({ dataSetup: { plant } })`; an object, as Playwright takes a bare function for a
   * fixture); null leaves the folder empty.
   */
  dataSetup: { readonly plant: (dataDir: string) => void | Promise<void> } | null;
  /** The data folder behind `host`. */
  hostDataDir: string;
  /** How many times the recovery screen's Quit reached the shell. */
  quitRequests: { count: number };
  /** What the desktop shell starts: the core, or the recovery core when the database cannot be opened. */
  host: AppHost;
  /** The production renderer served with `host` behind it. */
  hostApp: WebServer;
  fileChooser: TestFileChooser;
  /** A core over a fresh database in its own temporary folder. */
  core: Core;
  /** The production renderer served with `core` behind it on loopback. */
  app: WebServer;
  /** Fails the test if the page reports any Content-Security-Policy violation or script error. */
  page: Page;
  /** Runs axe on the current screen and fails on any violation. */
  checkA11y: (label: string) => Promise<void>;
};

/**
 * Collects what the `page` fixture fails a test on: script errors, console errors, and every
 * Content-Security-Policy violation (turned into a console error by a listener installed before
 * any of the page's own scripts run). Exported so that test/e2e/csp.spec.ts can prove, on a page
 * of its own, that a violation really is caught.
 */
export async function watchForProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

type Choices = {
  chosenPaths: (string | null)[];
  savePaths: (string | null)[];
  suggestedNames: string[];
  /** Where the app is served, once `app` has started: the PDF printer prints from there. */
  appUrl: { current: string | null };
};

export const test = base.extend<Fixtures & Choices>({
  dataSetup: [null, { option: true }],
  hostDataDir: async ({}, use) => {
    const dataDir = makeTempDir();
    await use(dataDir);
    removeDir(dataDir);
  },
  quitRequests: async ({}, use) => {
    await use({ count: 0 });
  },
  host: async ({ dataSetup, hostDataDir, quitRequests }, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('No built renderer in out/renderer: run "npm run build" first');
    }
    if (dataSetup) await dataSetup.plant(hostDataDir);
    const host = startAppHost({
      paths: { dataDir: hostDataDir },
      version: 'test',
      // The browser has no process to end: Quit is only counted.
      quit: () => {
        quitRequests.count += 1;
        return false;
      },
    });
    await use(host);
    host.close();
  },
  hostApp: async ({ host }, use) => {
    const server = await startWebServer({ rendererDir: RENDERER_DIR, dispatch: host.dispatch });
    await use(server);
    await server.close();
  },
  chosenPaths: async ({}, use) => {
    await use([]);
  },
  savePaths: async ({}, use) => {
    await use([]);
  },
  suggestedNames: async ({}, use) => {
    await use([]);
  },
  appUrl: async ({}, use) => {
    await use({ current: null });
  },
  fileChooser: async ({ chosenPaths, savePaths, suggestedNames }, use) => {
    await use({
      willChoose: (filePath) => chosenPaths.push(filePath),
      willSaveTo: (filePath) => savePaths.push(filePath),
      suggestedNames,
    });
  },
  core: async ({ chosenPaths, savePaths, suggestedNames, appUrl, browser }, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('No built renderer in out/renderer: run "npm run build" first');
    }
    const dataDir = makeTempDir();
    const core = createCore({
      paths: { dataDir },
      version: 'test',
      fileChooser: { chooseWorkforceFile: () => Promise.resolve(chosenPaths.shift() ?? null) },
      // The same queue: "the user will choose this file" whichever open dialog asks.
      workshopFileChooser: { chooseWorkshopFile: () => Promise.resolve(chosenPaths.shift() ?? null) },
      saveChooser: {
        chooseSavePath: (suggestedName) => {
          suggestedNames.push(suggestedName);
          return Promise.resolve(savePaths.shift() ?? null);
        },
      },
      pdfPrinter: playwrightPdfPrinter(browser, () => {
        if (appUrl.current === null) throw new Error('The app is not being served, so there is nothing to print');
        return appUrl.current;
      }),
    });
    await use(core);
    core.close();
    removeDir(dataDir);
  },
  app: async ({ core, appUrl }, use) => {
    const server = await startWebServer({ rendererDir: RENDERER_DIR, dispatch: core.dispatch });
    appUrl.current = server.url;
    await use(server);
    await server.close();
  },
  page: async ({ page }, use) => {
    const problems = await watchForProblems(page);
    await use(page);
    expect(problems, 'the page reported errors').toEqual([]);
  },
  checkA11y: async ({ page }, use) => {
    await use(async (label: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },
});

export { expect };
