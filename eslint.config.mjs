// @ts-check
// Type-aware linting for the TypeScript under apps/, libs/ and test/ (see STYLE.md, item 12).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TS_FILES = ['apps/**/*.ts', 'libs/**/*.ts', 'test/**/*.ts'];
const WEB_FILES = ['apps/web/**/*.{ts,tsx}'];

const DEEP_IMPORT_MESSAGE = "Import from '@app/<lib>' only: a lib's public surface is its src/index.ts.";

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', 'coverage/', 'test/bench/results/', 'apps/web/src/gql/']),

  // Plain JavaScript (config files such as this one): no type information needed.
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  // package.json has no "type": "module", so .js files are CommonJS.
  { files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs' } },

  {
    files: TS_FILES,
    ignores: WEB_FILES,
    // recommended, not the strict type-checked sets: only the type-aware rules below pay for type information.
    // Do not add consistent-type-imports: Nest's DI reads constructor parameter types from decorator metadata,
    // and a type-only import erases them.
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An un-awaited queue.add() or save() silently loses work.
      '@typescript-eslint/no-floating-promises': 'error',
      // Async callbacks passed as arguments (Nest hooks, process.on, jest) are common and deliberate.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          // `const { email, ...visible } = user` is how a mapper drops a field.
          ignoreRestSiblings: true,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*/*'], message: DEEP_IMPORT_MESSAGE },
            { group: ['**/libs/*/src', '**/libs/*/src/**'], message: DEEP_IMPORT_MESSAGE },
            // From inside one lib into another by a relative path, e.g. '../../../platform/src/queue'.
            { regex: '^(\\.\\./)+[^./][^/]*/src(/|$)', message: DEEP_IMPORT_MESSAGE },
          ],
        },
      ],
    },
  },

  // The web client: its own tsconfig (DOM, JSX, bundler resolution), browser globals, React's hook rules.
  {
    files: WEB_FILES,
    ignores: ['apps/web/scripts/**'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { project: 'apps/web/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The web app may import only the framework-free shared lib, through its alias.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@app/*', '!@app/text'], message: 'The web app imports only @app/text from libs/.' },
            { group: ['**/libs/**'], message: 'Import shared code through @app/text.' },
          ],
        },
      ],
    },
  },

  // Last: turns off every stylistic rule that Prettier owns.
  prettier,
]);
