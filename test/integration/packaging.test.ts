import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SET_SIZES, ICON_SOURCE_SIZE, iconSetFile } from '../../scripts/icon-sizes';
import { makeTempDir, removeDir } from '../harness/temp-dir';

/**
 * electron-builder.yml, checked offline: first the configuration as electron-builder itself
 * loads and validates it, then a real `electron-builder --dir` against a stand-in Electron
 * (no Electron binary can be downloaded here), whose output is opened and checked.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
  dependencies: Record<string, string>;
};

/** ARCHITECTURE.md's security baseline, as fuses. */
const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const;

const FUSE_INDEX: Readonly<Record<keyof typeof EXPECTED_FUSES, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** How @electron/fuses writes a fuse's state: ASCII '0' and '1'. */
const FUSE_DISABLED = 0x30;
const FUSE_ENABLED = 0x31;
/** The marker @electron/fuses looks for in the Electron binary (its constants.js). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const silentLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

async function loadConfig(): Promise<Configuration> {
  return getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema, and the schema does refuse a mistake', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, silentLogger)).resolves.toBeUndefined();
    const misspelt = { ...config, asar: { smartUnpackk: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, silentLogger)).rejects.toThrow(/configuration\.asar/);
  });

  it('names the app, and takes its version and product name from package.json', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('uk.nhs.boardwalk');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.buildVersion).toBeUndefined();
    expect(config.extraMetadata).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  it('builds NSIS and MSI for Windows, a dmg for macOS, AppImage and deb for Linux', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('packs an asar with only native binaries unpacked, rebuilds nothing, and lists its files', async () => {
    const config = await loadConfig();
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    // electron-builder's loader turns the list into one file set: [{ filter: [...] }].
    const files = (config.files as Array<{ filter: string[] }>).flatMap((set) => set.filter);
    expect(files).toContain('!**/*.map');
    expect(files).toContain('!node_modules/**');
    expect(files.filter((f) => !f.startsWith('!') && !f.startsWith('node_modules/'))).toEqual([
      'package.json',
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ]);
  });

  it('flips the fuses of ARCHITECTURE.md', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual(EXPECTED_FUSES);
  });

  it('has every icon it names, rendered from the current assets/icon.svg', () => {
    const svg = fs.readFileSync(path.join(ROOT, 'assets', 'icon.svg'));
    const recorded = fs.readFileSync(path.join(ROOT, 'assets', 'icon.svg.sha256'), 'utf8').trim();
    expect(recorded, 'assets/icon.svg changed: run "npm run icons" and commit the PNGs').toBe(
      createHash('sha256').update(svg).digest('hex'),
    );
    expect(pngSize(path.join(ROOT, 'assets', 'icon.png'))).toEqual([ICON_SOURCE_SIZE, ICON_SOURCE_SIZE]);
    for (const size of ICON_SET_SIZES) {
      expect(pngSize(path.join(ROOT, 'assets', iconSetFile(size))), `${size}`).toEqual([size, size]);
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder --dir, offline, with a stand-in Electron', () => {
  let work = '';
  let appDir = '';
  let asar = '';
  let packed: string[] = [];
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';

  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'out', 'main', 'main.js'))) {
      throw new Error('No built app in out/: run "npm run build" first');
    }
    work = makeTempDir('boardwalk-packaging-');
    const electronDist = path.join(work, 'electron-dist');
    writeStandInElectron(electronDist);
    const output = path.join(work, 'dist');
    await promisify(execFile)(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--linux',
        `--${arch}`,
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        // Any attempt to download (Electron, a tool) goes to a closed port and fails the build:
        // passing proves the packaging needs no network.
        env: { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      },
    );
    appDir = path.join(output, 'linux-unpacked');
    asar = path.join(appDir, 'resources', 'app.asar');
    packed = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  }, 240_000);

  afterAll(() => {
    if (work) removeDir(work);
  });

  it('puts the app in resources/app.asar beside the renamed executable', () => {
    expect(fs.existsSync(asar)).toBe(true);
    expect(fs.existsSync(path.join(appDir, 'boardwalk'))).toBe(true);
    expect(packed).toContain('/out/main/main.js');
    expect(packed).toContain('/out/preload/index.cjs');
    expect(packed).toContain('/out/renderer/index.html');
    const manifest = JSON.parse(readPacked(asar, 'package.json')) as { version: string; main: string };
    expect(manifest.version).toBe(packageJson.version);
    expect(packed).toContain(`/${manifest.main}`);
  });

  it('unpacks better-sqlite3’s native binary for this platform, and only that', () => {
    const binary = `node_modules/better-sqlite3/prebuilds/linux-${arch}.node`;
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', binary);
    expect(fs.existsSync(unpacked)).toBe(true);
    expect(fs.readFileSync(unpacked).equals(fs.readFileSync(path.join(ROOT, binary)))).toBe(true);
    expect(isUnpackedInHeader(asar, binary)).toBe(true);
    const natives = packed.filter((entry) => entry.endsWith('.node'));
    expect(natives.every((entry) => /\/prebuilds\/linux(musl)?-/.test(entry)), natives.join(', ')).toBe(true);
    expect(packed).toContain('/node_modules/better-sqlite3/lib/binding.js');
  });

  it('packs every package the main process imports', () => {
    const mainFiles = packed.filter((entry) => /^\/out\/main\/.+\.js$/.test(entry));
    const imported = new Set<string>();
    for (const entry of mainFiles) {
      const code = readPacked(asar, entry.slice(1));
      for (const match of code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? '';
        const name = /^((?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*)/.exec(specifier)?.[1];
        if (name === undefined || name === 'electron' || specifier.startsWith('node:')) continue;
        imported.add(name);
      }
    }
    expect([...imported].sort()).toEqual(['better-sqlite3', 'zod']);
    for (const name of imported) {
      expect(Object.keys(packageJson.dependencies)).toContain(name);
      expect(packed).toContain(`/node_modules/${name}/package.json`);
    }
  });

  it('packs no tests, sources, type declarations or source maps, and no renderer-only package', () => {
    const offending = packed.filter(
      (entry) =>
        /\.(map|ts|tsx|mts|cts)$/.test(entry) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry) ||
        /\/(test|tests|__tests__|src|deps)\//.test(entry) ||
        /^\/(src-main|src-renderer|shared|test|bench|scripts|assets)\//.test(entry) ||
        /\.(c|cc|cpp|h|hpp|gyp|gypi)$/.test(entry),
    );
    expect(offending).toEqual([]);
    const modules = new Set(packed.map((entry) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1]).filter(Boolean));
    expect([...modules].sort()).toEqual(['better-sqlite3', 'zod']);
  });

  it('flips every fuse as configured (the stand-in starts with each one the other way)', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir, 'boardwalk'));
    for (const [name, enabled] of Object.entries(EXPECTED_FUSES) as Array<[keyof typeof EXPECTED_FUSES, boolean]>) {
      expect(wire[FUSE_INDEX[name]], name).toBe(enabled ? FUSE_ENABLED : FUSE_DISABLED);
    }
  });
});

/**
 * A folder laid out like Electron's Linux zip, whose `electron` carries the fuse wire that
 * @electron/fuses looks for: the sentinel, the wire's version (1), its length, then one byte per
 * fuse. Each fuse starts opposite to the configuration, so only a real flip passes the test.
 */
function writeStandInElectron(dir: string): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'locales', 'en-GB.pak'), 'stand-in');
  const wire = Buffer.alloc(2 + Object.keys(FUSE_INDEX).length);
  wire[0] = 1;
  wire[1] = Object.keys(FUSE_INDEX).length;
  for (const [name, index] of Object.entries(FUSE_INDEX) as Array<[keyof typeof EXPECTED_FUSES, number]>) {
    wire[2 + index] = EXPECTED_FUSES[name] ? FUSE_DISABLED : FUSE_ENABLED;
  }
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for Electron"\nexit 1\n'), Buffer.from(FUSE_SENTINEL, 'latin1'), wire, Buffer.from('\n')]);
  fs.writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
}

function readPacked(archive: string, file: string): string {
  return extractFile(archive, file).toString('utf8');
}

function isUnpackedInHeader(archive: string, file: string): boolean {
  const entry = statFile(archive, file);
  return 'unpacked' in entry && entry.unpacked === true;
}
