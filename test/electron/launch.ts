import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { DATA_DIR_ENV } from '../../src-main/electron/data-dir';
import type { MenuDriver } from './main-path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The electron package's main export is the path of its binary (downloaded on first use). */
function electronBinary(): string {
  return createRequire(import.meta.url)('electron') as string;
}

/**
 * Launches the built app (package.json's main, out/main/main.js) with its data in `dataDir`
 * (BOARDWALK_DATA_DIR, honoured because the app is not packaged). Chromium refuses to start as
 * root with its sandbox on, as in a CI container; only then is --no-sandbox added.
 */
export async function launchApp(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  if (!fs.existsSync(path.join(ROOT, 'out', 'main', 'main.js'))) throw new Error('No built app in out/: run "npm run build" first');
  const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [ROOT, ...(asRoot ? ['--no-sandbox'] : [])],
    env: { ...process.env, [DATA_DIR_ENV]: dataDir },
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Clicks an item of the real application menu in the main process, as a mouse click would. */
export function electronMenu(app: ElectronApplication): MenuDriver {
  return async (menuLabel, itemLabel) => {
    const found = await app.evaluate(
      ({ Menu }, [top, label]) => {
        const menu = Menu.getApplicationMenu();
        const submenu = menu?.items.find((item) => item.label.replace('&', '') === top)?.submenu;
        const item = submenu?.items.find((entry) => entry.label === label);
        if (!item) return false;
        (item.click as () => void)();
        return true;
      },
      [menuLabel, itemLabel] as const,
    );
    if (!found) throw new Error(`No menu item ${menuLabel} > ${itemLabel}`);
  };
}
