import { createRequire } from 'node:module';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { virtualLinter } from '../harness/virtual-lint';

/** The plugin is CommonJS without types: the two parts of it this test reads. */
const sdl = createRequire(import.meta.url)('@microsoft/eslint-plugin-sdl') as {
  readonly meta: { readonly version: string };
  readonly configs: { readonly recommended: readonly Linter.Config[] };
};

/**
 * @microsoft/eslint-plugin-sdl 1.1.0 declares a peer of ESLint 9 and runs here under ESLint 10
 * (an npm override). These cases prove that its rules load, are on in our configuration, and
 * fire, by linting deliberately bad sources as if they lived in the project's folders. Type-aware
 * rules are off here because the files are virtual (as in lint-layers.test.ts).
 */
const eslint = virtualLinter();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  expect(fatal.map((m) => m.message), `${filePath} must parse`).toEqual([]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? '');
}

const cases: Array<[rule: string, file: string, code: string]> = [
  ['@microsoft/sdl/no-inner-html', 'src-renderer/features/x.ts', "export function f(el: HTMLElement, s: string): void {\n  el.innerHTML = s;\n}\n"],
  ['@microsoft/sdl/no-inner-html', 'src-renderer/features/x.ts', "export function f(el: HTMLElement, s: string): void {\n  el.insertAdjacentHTML('beforeend', s);\n}\n"],
  ['@microsoft/sdl/no-insecure-url', 'src-main/core/x.ts', "export const feed = 'http://feeds.nhs.uk/news.xml';\n"],
  ['@microsoft/sdl/no-insecure-url', 'src-renderer/features/x.ts', 'export const socket = `ws://collab.nhs.uk/${String(1)}`;\n'],
  ['@microsoft/sdl/no-document-write', 'src-renderer/features/x.ts', "export function f(): void {\n  document.write('<p>hi</p>');\n}\n"],
  ['@microsoft/sdl/no-postmessage-star-origin', 'src-renderer/features/x.ts', "export function f(w: Window): void {\n  w.postMessage('secret', '*');\n}\n"],
  ['@microsoft/sdl/no-cookies', 'src-renderer/features/x.ts', "export function f(): string {\n  return document.cookie;\n}\n"],
  ['@microsoft/sdl/no-document-domain', 'src-renderer/features/x.ts', "export function f(): void {\n  document.domain = 'nhs.uk';\n}\n"],
  [
    '@microsoft/sdl/no-electron-node-integration',
    'src-main/electron/x.ts',
    "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n",
  ],
  ['@microsoft/sdl/no-unsafe-alloc', 'src-main/core/x.ts', 'export const b = Buffer.allocUnsafe(16);\n'],
  ['n/no-deprecated-api', 'src-main/core/x.ts', "import { parse } from 'node:url';\nexport const u = parse('https://nhs.uk');\n"],
  ['no-eval', 'src-main/core/x.ts', "export const v: unknown = eval('1 + 1');\n"],
  ['no-new-func', 'src-renderer/features/x.ts', "export const f = new Function('return 1');\n"],
  ['react/no-danger', 'src-renderer/features/x.tsx', 'export const P = (p: { html: string }) => <p dangerouslySetInnerHTML={{ __html: p.html }} />;\n'],
  ['react/jsx-no-target-blank', 'src-renderer/features/x.tsx', 'export const A = (p: { href: string }) => <a href={p.href} target="_blank">Open</a>;\n'],
  ['react/iframe-missing-sandbox', 'src-renderer/features/x.tsx', 'export const F = () => <iframe title="x" src="./a.html" />;\n'],
];

describe('the SDL rules under ESLint 10', () => {
  it('run on ESLint 10 with the plugin that declares ESLint 9', () => {
    expect(ESLint.version).toMatch(/^10\./);
    expect(sdl.meta.version).toBe('1.1.0');
  });

  it.each(cases)('%s fires on a bad %s', async (rule, file, code) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it('leave loopback and the reserved example domains alone, and nothing else', async () => {
    const ok = [
      "export const a = 'http://127.0.0.1:5170/';",
      "export const b = 'http://localhost/';",
      "export const c = 'ws://[::1]:9229/';",
      "export const d = 'http://example.org/path';",
      "export const e = 'ftp://files.example.com';",
      "export const f = 'http://nhs.test/';",
      "export const g = 'https://www.nhs.uk/';",
    ].join('\n');
    expect(await ruleIds('src-main/core/x.ts', ok + '\n')).not.toContain('@microsoft/sdl/no-insecure-url');
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- look-alikes the exceptions must not let through
    for (const bad of ['http://127.0.0.1.evil.net/', 'http://example.org.evil.net/', 'http://localhost.evil.net/', 'http://notexample.org/']) {
      expect(await ruleIds('src-main/core/x.ts', `export const u = '${bad}';\n`), bad).toContain('@microsoft/sdl/no-insecure-url');
    }
  });

  it('are all switched on, as errors, for every kind of source in the project', async () => {
    const recommended = new Set<string>();
    for (const block of sdl.configs.recommended) for (const rule of Object.keys(block.rules ?? {})) recommended.add(rule);
    expect(recommended.size).toBeGreaterThan(20);
    for (const file of ['src-main/electron/main.ts', 'src-main/preload/index.ts', 'src-main/core/app-core.ts', 'src-renderer/app/App.tsx', 'shared/ipc/contract.ts']) {
      const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown> };
      for (const rule of recommended) {
        // typescript-eslint's type-aware no-implied-eval replaces the core rule in TypeScript.
        if (rule === 'no-implied-eval') continue;
        const setting = config.rules[rule];
        const level: unknown = Array.isArray(setting) ? (setting as unknown[])[0] : setting;
        expect([2, 'error'], `${rule} in ${file}`).toContain(level);
      }
    }
  });
});
