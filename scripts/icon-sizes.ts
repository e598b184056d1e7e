/** The icon files `npm run icons` writes and electron-builder.yml names (checked by test/integration/packaging.test.ts). */

/** assets/icon.png: electron-builder wants at least 512 (macOS) and 256 (Windows); 1024 covers Retina. */
export const ICON_SOURCE_SIZE = 1024;

/** The Linux icon set: the sizes desktop environments ask for. */
export const ICON_SET_SIZES: readonly number[] = [16, 24, 32, 48, 64, 128, 256, 512];

/** electron-builder reads each size from the file name. */
export function iconSetFile(size: number): string {
  return `icons/${size}x${size}.png`;
}
