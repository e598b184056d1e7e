import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { makeTempDir, removeDir } from '../harness/temp-dir';
import { electronMenu, launchApp, ROOT } from './launch';
import { walkMainPath } from './main-path';

/**
 * The real desktop app: Electron, the preload, the app:// protocol, the menu, the database in a
 * throw-away folder. Run by `npm run test:electron` where the Electron binary exists; every
 * screen is also tested in Chromium (test/e2e/), which runs everywhere.
 */

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const aboutMenu = process.platform === 'darwin' ? 'Boardwalk' : 'Help';

let dataDir = '';
test.beforeEach(() => {
  dataDir = makeTempDir('boardwalk-electron-');
});
test.afterEach(() => {
  removeDir(dataDir);
});

test('the main path: organisation, workshop and rating through the menu, in a locked-down window, data in the throw-away folder', async () => {
  const { app, page } = await launchApp(dataDir);
  try {
    // The window is the app's own page, on its own protocol, with no Node in it.
    expect(page.url()).toMatch(/^app:\/\/boardwalk\/index\.html/);
    expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual([
      'undefined',
      'undefined',
    ]);
    expect(await page.evaluate(() => Object.isFrozen((globalThis as unknown as { api: object }).api))).toBe(true);

    await walkMainPath(page, electronMenu(app));
    expect(fs.existsSync(path.join(dataDir, 'boardwalk.sqlite3'))).toBe(true);

    await electronMenu(app)(aboutMenu, 'About Boardwalk');
    await expect(page.getByRole('heading', { level: 1, name: 'About Boardwalk' })).toBeVisible();
    await expect(page.getByTestId('about-version')).toContainText(`Version${packageJson.version}`);
  } finally {
    await app.close();
  }
});

// File > Export report… opens the report page of the workshop on screen; its button prints the
// report in a hidden window (printToPDF). The save dialog is answered in the main process with a
// path in the data folder.
test('the report is exported as a PDF from File > Export report…', async () => {
  const { app, page } = await launchApp(dataDir);
  try {
    await walkMainPath(page, electronMenu(app));
    const pdf = path.join(dataDir, 'report.pdf');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: file });
    }, pdf);
    await electronMenu(app)('File', 'Export report…');
    await expect(page.getByRole('heading', { level: 1, name: 'Priorities report' })).toBeVisible();
    await page.getByRole('button', { name: 'Save the report as PDF' }).click();
    await expect(page.getByTestId('export-report-saved')).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => fs.existsSync(pdf) && fs.readFileSync(pdf).subarray(0, 5).toString('latin1'), { timeout: 60_000 }).toBe('%PDF-');
  } finally {
    await app.close();
  }
});

test('the window’s position and size are remembered between launches', async () => {
  const bounds = { x: 40, y: 40, width: 1000, height: 700 };
  const first = await launchApp(dataDir);
  await first.app.evaluate(({ BrowserWindow }, b) => {
    BrowserWindow.getAllWindows()[0]?.setBounds(b);
  }, bounds);
  await first.app.close();
  const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({ width: bounds.width, height: bounds.height, maximized: false });

  const second = await launchApp(dataDir);
  try {
    const restored = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getNormalBounds());
    expect(restored).toMatchObject({ width: bounds.width, height: bounds.height });
  } finally {
    await second.app.close();
  }
});

test('a second launch on the same data hands over to the first and exits', async () => {
  const { app } = await launchApp(dataDir);
  try {
    const electron = createRequire(import.meta.url)('electron') as string;
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
    const second = spawn(electron, [ROOT, ...(asRoot ? ['--no-sandbox'] : [])], {
      env: { ...process.env, BOARDWALK_DATA_DIR: dataDir },
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

test('a resource’s link on the allow-list goes to the system browser, and the window stays on the app', async () => {
  const { app, page } = await launchApp(dataDir);
  try {
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { openedLinks: string[] }).openedLinks = opened;
      shell.openExternal = ((url: string) => {
        opened.push(url);
        return Promise.resolve();
      });
    });
    await page.evaluate(() => {
      window.location.hash = '#/resources';
    });
    const address = 'https://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750';
    const item = page.getByRole('listitem').filter({ hasText: 'Senior Nurse and Midwife Research Leader Programme (70@70)' });
    await item.getByRole('link', { name: `${address} (opens in your web browser)` }).click();
    await expect(item.getByRole('status')).toHaveText('Opened www.nihr.ac.uk in your web browser.');
    expect(await app.evaluate(() => (globalThis as unknown as { openedLinks: string[] }).openedLinks)).toEqual([address]);
    expect(page.url()).toMatch(/^app:\/\/boardwalk\/index\.html#\/resources$/);
  } finally {
    await app.close();
  }
});
