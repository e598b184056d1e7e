import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { atLeast, scanWithElectronegativity } from '../harness/electronegativity';
import type { ElectronegativityIssue, ElectronegativityResult } from '../harness/electronegativity';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * Electronegativity over the code that runs with Electron's privileges (src-main/electron, the
 * preload), the package.json it reads the Electron version from, and the renderer's page with
 * its Content-Security-Policy meta tag as the build writes it (electron.vite.config.ts puts
 * CONTENT_SECURITY_POLICY there). The tool parses TypeScript itself (@babel/parser with its
 * typescript plugin), so the sources are scanned as they are, copied into one folder because
 * its API takes a single input.
 *
 * docs/SECURITY.md is the register of what remains: every LOW finding and every inline
 * `eng-disable` must have a row there, and every row must still match something.
 */
const SCANNED = ['src-main/electron', 'src-main/preload', 'package.json'] as const;
const SECURITY_DOC = path.resolve('docs/SECURITY.md');
const TIMEOUT = 180_000;

function stageApp(dir: string): void {
  for (const entry of SCANNED) fs.cpSync(path.resolve(entry), path.join(dir, entry), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src-renderer'));
  const html = fs
    .readFileSync(path.resolve('src-renderer/index.html'), 'utf8')
    .replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
  fs.writeFileSync(path.join(dir, 'src-renderer/index.html'), html);
}

const describeIssue = (i: ElectronegativityIssue) => `${i.id} ${i.severity.name} ${i.file}:${i.location.line}`;

/** Rows of the register in docs/SECURITY.md: `| \`CHECK_ID\` | \`file\` | …`. */
function registerRows(): Array<{ id: string; file: string }> {
  const doc = fs.readFileSync(SECURITY_DOC, 'utf8');
  const section = doc.split('<!-- electronegativity-register -->')[1] ?? '';
  return [...section.matchAll(/^\| `([A-Z_]+)` \| `([^`]+)` \|/gm)].map((m) => ({ id: m[1]!, file: m[2]! }));
}

/** `eng-disable` comments in the scanned sources, as check id and file. */
function inlineSuppressions(dir: string): Array<{ id: string; file: string }> {
  const found: Array<{ id: string; file: string }> = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|js|html)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const file = path.relative(dir, full).split(path.sep).join('/');
    for (const m of fs.readFileSync(full, 'utf8').matchAll(/eng-disable[ \t]+([A-Z_ \t]+)/g)) {
      for (const id of m[1]!.trim().split(/[ \t]+/)) found.push({ id, file });
    }
  }
  return found;
}

describe('Electronegativity over the Electron code', () => {
  let dir = '';
  let result: ElectronegativityResult;

  beforeAll(async () => {
    dir = makeTempDir('boardwalk-electronegativity-');
    stageApp(dir);
    result = await scanWithElectronegativity(dir);
  }, TIMEOUT);
  afterAll(() => removeDir(dir));

  it('parses every file and runs its checks', () => {
    expect(result.errors).toEqual([]);
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.globalChecks).toBeGreaterThan(3);
    // The package.json was read (the version check reports what it found) and the page's CSP
    // was found and evaluated (otherwise CSP_GLOBAL_CHECK says MEDIUM "no CSP").
    expect(result.issues.map((i) => i.id)).toContain('ELECTRON_VERSION_JSON_CHECK');
  });

  it('finds nothing at MEDIUM or above', () => {
    expect(result.issues.filter((i) => atLeast(i, 'MEDIUM')).map(describeIssue)).toEqual([]);
  });

  it('finds no LOW issue that docs/SECURITY.md does not justify, and the register has no stale row', () => {
    const rows = registerRows();
    const low = result.issues.filter((i) => i.severity.name === 'LOW').map((i) => ({ id: i.id, file: i.file }));
    const suppressed = inlineSuppressions(dir);
    for (const item of [...low, ...suppressed]) {
      expect(rows, `${item.id} in ${item.file} needs a row in docs/SECURITY.md`).toContainEqual(item);
    }
    for (const row of rows) {
      expect([...low, ...suppressed], `stale row ${row.id} ${row.file} in docs/SECURITY.md`).toContainEqual(row);
    }
  });
});

describe('Electronegativity itself', () => {
  const dirs: string[] = [];
  let weakened: ElectronegativityResult;
  let bad: ElectronegativityResult;

  beforeAll(async () => {
    // The same staging as above, with security.ts weakened in two settings and its one
    // suppression removed: the scan that is clean above must now report them.
    const weakenedDir = makeTempDir('boardwalk-electronegativity-weakened-');
    dirs.push(weakenedDir);
    stageApp(weakenedDir);
    const securityFile = path.join(weakenedDir, 'src-main/electron/security.ts');
    const ours = fs.readFileSync(securityFile, 'utf8');
    const worse = ours
      .replaceAll('contextIsolation: true,', 'contextIsolation: false,')
      .replaceAll('sandbox: true,', 'sandbox: false,')
      .replace(/ \/\/ eng-disable [A-Z_ ]+/, '');
    expect(worse).not.toBe(ours);
    fs.writeFileSync(securityFile, worse);
    weakened = await scanWithElectronegativity(weakenedDir);

    // A deliberately insecure main-process file in TypeScript, alone in its folder.
    const badDir = makeTempDir('boardwalk-electronegativity-bad-');
    dirs.push(badDir);
    fs.writeFileSync(
      path.join(badDir, 'bad.ts'),
      [
        "import { BrowserWindow, shell } from 'electron';",
        '',
        'export function openUnsafely(url: string): void {',
        '  const win = new BrowserWindow({',
        '    webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true },',
        '  });',
        "  void win.loadURL('http://example.org/');",
        '  void shell.openExternal(url);',
        '}',
        '',
      ].join('\n'),
    );
    bad = await scanWithElectronegativity(badDir);
  }, TIMEOUT);
  afterAll(() => {
    for (const dir of dirs) removeDir(dir);
  });

  it('reports a weakened copy of our own window factory, so the clean scan above is not vacuous', () => {
    expect(weakened.errors).toEqual([]);
    const source = fs.readFileSync(path.resolve('src-main/electron/security.ts'), 'utf8').split('\n');
    const at = (i: ElectronegativityIssue) => source[i.location.line - 1]?.trim() ?? '';
    const inSecurity = weakened.issues.filter((i) => i.file === 'src-main/electron/security.ts' && atLeast(i, 'MEDIUM'));
    expect(inSecurity.map((i) => `${i.id} ${at(i)}`)).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK contextIsolation: true,',
        'SANDBOX_JS_CHECK sandbox: true,',
        expect.stringMatching(/^AUXCLICK_JS_CHECK return new BrowserWindow\(\{/),
      ]),
    );
  });

  it('reports an insecure window, insecure content and an unchecked openExternal in TypeScript', () => {
    expect(bad.errors).toEqual([]);
    const inBad = bad.issues.filter((i) => i.file === 'bad.ts').map((i) => `${i.id} ${i.severity.name}`);
    expect(inBad).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK HIGH',
        'SANDBOX_JS_CHECK MEDIUM',
        'WEB_SECURITY_JS_CHECK MEDIUM',
        'INSECURE_CONTENT_JS_CHECK MEDIUM',
        'HTTP_RESOURCES_JS_CHECK MEDIUM',
        'OPEN_EXTERNAL_JS_CHECK MEDIUM',
      ]),
    );
  });

  it('reports a missing CSP, navigation limit and permission handler, which our code has', () => {
    const globals = bad.issues.filter((i) => i.file === 'N/A').map((i) => `${i.id} ${i.severity.name}`);
    expect(globals).toEqual(
      expect.arrayContaining(['CSP_GLOBAL_CHECK MEDIUM', 'LIMIT_NAVIGATION_GLOBAL_CHECK HIGH', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK MEDIUM']),
    );
  });
});
