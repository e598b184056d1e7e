/**
 * `npm run test:electron`: runs the Electron end-to-end suite (playwright.electron.config.ts)
 * where it can run, and otherwise says plainly that it did not, and why, without failing:
 *
 *   - the Electron binary must work: `npx electron --version` (the electron package fetches the
 *     binary on first use, which needs the internet once);
 *   - on Linux, windows need a display: DISPLAY or WAYLAND_DISPLAY, or xvfb-run to make one.
 *
 * Exit status: the suite's when it ran, 0 when it could not run (the line starting
 * "Electron end-to-end suite NOT RUN" says why). `npm test` runs it last.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';

const onWindows = process.platform === 'win32';

function run(command: string, args: readonly string[], timeoutMs?: number): SpawnSyncReturns<string> {
  return spawnSync(command, args, { encoding: 'utf8', shell: onWindows, ...(timeoutMs ? { timeout: timeoutMs } : {}) });
}

/** The error lines of a failed command ("TypeError: fetch failed; Error: Electron failed to install…"), else its last line. */
function whyFailed(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('npm warn') && !line.startsWith('at '));
  const errors = [...new Set(lines.filter((line) => /^[A-Za-z]*Error\b/.test(line)))];
  return errors.length > 0 ? errors.join('; ') : (lines.at(-1) ?? '');
}

function notRun(reason: string): never {
  console.log(`Electron end-to-end suite NOT RUN: ${reason}`);
  console.log('(Every screen is still tested in Chromium by "npm run test:e2e"; see README, "Electron end-to-end suite".)');
  process.exit(0);
}

const version = run('npx', ['electron', '--version'], 180_000);
if (version.error || version.status !== 0) {
  const why = version.error?.message ?? whyFailed(`${version.stdout}\n${version.stderr}`);
  notRun(`the Electron binary does not run here ("npx electron --version" failed: ${why || `exit status ${version.status ?? 'none'}`}).`);
}
console.log(`Electron ${version.stdout.trim()}: running the Electron end-to-end suite.`);

const suite = ['playwright', 'test', '--config', 'playwright.electron.config.ts', ...process.argv.slice(2)];
let result: SpawnSyncReturns<string>;
if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  if (run('sh', ['-c', 'command -v xvfb-run']).status !== 0) {
    notRun('there is no display to open windows on (no DISPLAY or WAYLAND_DISPLAY), and xvfb-run is not installed (apt-get install xvfb).');
  }
  result = spawnSync('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1920x1080x24', 'npx', ...suite], { stdio: 'inherit', encoding: 'utf8' });
} else {
  result = spawnSync('npx', suite, { stdio: 'inherit', encoding: 'utf8', shell: onWindows });
}
process.exit(result.status ?? 1);
