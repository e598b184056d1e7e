// @ts-check
/**
 * The layers of ARCHITECTURE.md as lint rules, so the picture cannot drift: a forbidden import
 * fails `npm run lint` (and test/unit/lint-layers.test.ts proves each rule bites).
 *
 *   shared/            imports nothing of ours outside shared/; no electron, no node:*, no DOM
 *   src-main/core/     never electron, never the renderer or the electron layer
 *   src-main/devweb/   like core (it is core behind a loopback server)
 *   src-main/electron/ the only place that may import electron; never the renderer
 *   src-main/preload/  electron and shared/ only
 *   src-renderer/      shared/ and itself; window.api only inside src-renderer/api/
 */

const NODE_BUILTINS = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url',
  'util', 'stream', 'worker_threads', 'module', 'process', 'buffer', 'events', 'zlib', 'vm',
];

/**
 * A forbidden dependency: `names` are exact module names, `patterns` match import paths (our
 * own folders). Exact names matter: a pattern 'events' would also catch './events'.
 */
const rule = (message, names, patterns = []) => ({ message, names, patterns });

const electron = rule('Only src-main/electron/ (and the preload) may import electron.', ['electron'], ['electron/*']);
const nodeBuiltins = rule('shared/ and src-renderer/ run anywhere: no Node built-ins.', NODE_BUILTINS, ['node:*']);
const nativeDb = rule('Only src-main/core/ talks to the database.', ['better-sqlite3']);
const renderer = rule('Main-process code never imports the renderer.', [], ['**/src-renderer/**', '**/src-renderer']);
const mainFromRenderer = rule('The renderer reaches the main process only through window.api (src-renderer/api/).', [], ['**/src-main/**', '**/src-main']);
const electronLayer = rule('src-main/core/ never depends on the Electron layer.', [], ['**/electron/**', '../electron', './electron']);
const core = rule('The preload exposes the contract only; it never loads the core.', [], ['**/core/**', '**/core']);
const devweb = rule('The preload imports electron and shared/ only.', [], ['**/devweb/**', '../electron/**', '../electron']);
const sharedOutside = rule('shared/ imports nothing of ours outside shared/.', [], ['**/src-main/**', '**/src-renderer/**', '**/test/**', '**/src-main', '**/src-renderer']);
const ui = rule('shared/ is UI-free.', ['react', 'react-dom', 'react-dom/client', 'zustand', 'recharts']);

const restrict = (...rules) => [
  'error',
  {
    paths: rules.flatMap((r) => r.names.map((name) => ({ name, message: r.message }))),
    patterns: rules.filter((r) => r.patterns.length > 0).map((r) => ({ group: r.patterns, message: r.message })),
  },
];

const windowApiMessage =
  'Only src-renderer/api/ may touch window.api: call the typed client in src-renderer/api/client.ts.';
const GLOBAL_OBJECT = '/^(window|globalThis|self)$/';
const windowApi = [
  { selector: `MemberExpression[object.name=${GLOBAL_OBJECT}][property.name='api']`, message: windowApiMessage },
  { selector: `MemberExpression[object.name=${GLOBAL_OBJECT}][property.value='api']`, message: windowApiMessage },
  { selector: `VariableDeclarator[init.name=${GLOBAL_OBJECT}] > ObjectPattern > Property[key.name='api']`, message: windowApiMessage },
];

export const layerRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(electron, nodeBuiltins, nativeDb, sharedOutside, ui),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/devweb/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(electron, renderer, electronLayer) },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(renderer) },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(renderer, core, nativeDb, devweb) },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(electron, nodeBuiltins, nativeDb, mainFromRenderer),
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }, ...windowApi],
    },
  },
  {
    files: ['src-renderer/api/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
];
