/**
 * Renders assets/icon.svg, the one source of the app's icon, to the PNG files electron-builder
 * packs (`npm run icons`):
 *
 *   assets/icon.png            1024 × 1024: electron-builder makes the macOS .icns and the
 *                              Windows .ico (NSIS, MSI) from it
 *   assets/icons/NxN.png       the Linux icon set (AppImage, deb), 16 to 512 pixels
 *   assets/icon.svg.sha256     the SVG's hash, so a test can tell the PNGs are out of date
 *
 * The system Chromium renders the SVG through playwright-core (no image library, nothing
 * downloaded). Run it after changing the SVG and commit what it writes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable } from '../test/harness/chromium';
import { ICON_SET_SIZES, ICON_SOURCE_SIZE, iconSetFile } from './icon-sizes';

const ASSETS = path.resolve(import.meta.dirname, '..', 'assets');
const SOURCE = path.join(ASSETS, 'icon.svg');

async function main(): Promise<void> {
  const svg = fs.readFileSync(SOURCE, 'utf8');
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (size: number, file: string) => {
      await page.setViewportSize({ width: size, height: size });
      // The SVG is drawn at the exact pixel size wanted (not scaled from a bitmap), on a transparent page.
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block">` +
          `</body></html>`,
      );
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`  ${path.relative(process.cwd(), file)}`);
    };
    await render(ICON_SOURCE_SIZE, path.join(ASSETS, 'icon.png'));
    fs.mkdirSync(path.join(ASSETS, 'icons'), { recursive: true });
    for (const size of ICON_SET_SIZES) await render(size, path.join(ASSETS, iconSetFile(size)));
  } finally {
    await browser.close();
  }
  fs.writeFileSync(`${SOURCE}.sha256`, `${createHash('sha256').update(fs.readFileSync(SOURCE)).digest('hex')}\n`);
  console.log('Icons written from assets/icon.svg.');
}

await main();
