// @ts-check
import js from '@eslint/js';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerRules } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.dev-data/**'] },
  js.configs.recommended,
  // Microsoft's SDL rules, all of its recommended set (common, electron, node, react and the
  // framework rules, which cost nothing where there is no Angular). Before typescript-eslint so
  // that its type-aware no-implied-eval replaces the core rule in TypeScript files.
  ...sdl.configs.recommended,
  {
    rules: {
      // Plain http/ws/ftp is refused except where nothing crosses a network: loopback (the dev
      // view and the end-to-end server listen on 127.0.0.1 only) and the reserved example
      // domains of RFC 2606/6761 that tests feed to validators as bad input. The rest are the
      // rule's own defaults (XML namespaces), less its localhost pattern, which also lets
      // http://localhost.evil.net through.
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            ...sdl.rules['no-insecure-url'].defaultExceptions.map((re) => re.source).filter((source) => !source.includes('localhost')),
            '^(http|ws)://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]+)?(/|$)',
            '^(http|ws|ftp)://([a-z0-9-]+\\.)*(example\\.(org|com|net)|[a-z0-9-]+\\.(example|test|invalid))(:[0-9]+)?(/|$)',
          ],
        },
      ],
    },
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src-main/**/*.ts', 'test/**/*.ts', '*.config.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Config files are read by their tools, which expect a default export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Playwright fixtures are declared with an empty destructuring pattern by convention.
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layerRules,
);
