import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/**
 * An ESLint with the project's configuration, for linting small virtual sources "as if" they
 * lived at a path in the project. Type-aware rules are off because the files do not exist.
 *
 * `disallowAutomaticSingleRunInference`: with CI=true, typescript-eslint assumes a one-shot CLI
 * run and, after the first file of a type-aware block (src-main), hands a TypeScript program to
 * later files even though `project` is false. The SDL rules then ask that program for the type
 * of `document`, which the virtual file never had, and stay silent: that failed only in CI.
 */
export function virtualLinter(): ESLint {
  return new ESLint({
    cwd: process.cwd(),
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked },
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } } },
    ],
  });
}
