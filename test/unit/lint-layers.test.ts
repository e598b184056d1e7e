import { describe, expect, it } from 'vitest';
import { virtualLinter } from '../harness/virtual-lint';

/**
 * The layer rules of ARCHITECTURE.md are lint rules; these cases prove each one bites (and that
 * the allowed imports pass), by linting small sources as if they lived in each folder. Type-aware
 * rules are switched off here because the files are virtual.
 */
const eslint = virtualLinter();

async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const forbidden: Array<[string, string, RegExp]> = [
  ['shared/ipc/x.ts', "import { app } from 'electron';\nexport const a = app;", /electron/],
  ['shared/ipc/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /no Node built-ins/],
  ['shared/ipc/x.ts', "import path from 'path';\nexport const a = path;", /no Node built-ins/],
  ['shared/ipc/x.ts', "import { createCore } from '../../src-main/core/app-core';\nexport const a = createCore;", /outside shared/],
  ['shared/ipc/x.ts', "import { api } from '../../src-renderer/api/client';\nexport const a = api;", /outside shared/],
  ['shared/ipc/x.ts', "import { useState } from 'react';\nexport const a = useState;", /UI-free/],
  ['shared/ipc/x.ts', 'export const a = window.location;', /window/],
  ['src-main/core/x.ts', "import { app } from 'electron';\nexport const a = app;", /Only src-main\/electron/],
  ['src-main/core/x.ts', "import { registerIpc } from '../electron/ipc';\nexport const a = registerIpc;", /Electron layer/],
  ['src-main/core/x.ts', "import { App } from '../../src-renderer/app/App';\nexport const a = App;", /never imports the renderer/],
  ['src-main/devweb/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;", /Only src-main\/electron/],
  ['src-main/electron/x.ts', "import { App } from '../../src-renderer/app/App';\nexport const a = App;", /never imports the renderer/],
  ['src-main/preload/x.ts', "import { createCore } from '../core/app-core';\nexport const a = createCore;", /never loads the core/],
  ['src-main/preload/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;", /database/],
  ['src-renderer/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;", /electron/],
  ['src-renderer/app/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /no Node built-ins/],
  ['src-renderer/app/x.ts', "import { createCore } from '../../src-main/core/app-core';\nexport const a = createCore;", /window.api/],
  ['src-renderer/features/x.ts', 'export const list = () => window.api.organisation.list();', /Only src-renderer\/api/],
  ['src-renderer/features/x.ts', "export const list = () => window['api'].organisation.list();", /Only src-renderer\/api/],
  ['src-renderer/features/x.ts', 'export const list = () => globalThis.api;', /Only src-renderer\/api/],
  ['src-renderer/features/x.ts', 'const { api } = window;\nexport const a = api;', /Only src-renderer\/api/],
];

const allowed: Array<[string, string]> = [
  ['shared/ipc/x.ts', "import { z } from 'zod';\nimport { events } from './events';\nexport const a = [z, events];"],
  ['src-main/core/x.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { contract } from '../../shared/ipc/contract';\nexport const a = [fs, Database, contract];"],
  ['src-main/electron/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core/app-core';\nexport const a = [app, createCore];"],
  ['src-main/preload/x.ts', "import { contextBridge } from 'electron';\nimport { buildApi } from '../../shared/ipc/build-api';\nexport const a = [contextBridge, buildApi];"],
  ['src-renderer/api/x.ts', 'export const list = () => window.api.organisation.list();'],
  ['src-renderer/app/x.ts', "import { contract } from '../../shared/ipc/contract';\nimport { api } from '../api/client';\nexport const a = [contract, api];"],
];

describe('layer rules', () => {
  it.each(forbidden)('%s: refuses %j', async (file, code, message) => {
    const problems = await layerProblems(file, code);
    expect(problems.length, `expected a layer error in ${file}`).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });

  it.each(allowed)('%s: allows %j', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });
});
