// One ESLint flat config for the whole workspace (`pnpm lint` runs `eslint --max-warnings 0 .`).
//
// Syntax-only presets on purpose: the type-checked typescript-eslint presets would build a
// TypeScript program per package on every run, which is too slow on our 2-core machines;
// `tsc --noEmit` / `vue-tsc --noEmit` (`pnpm typecheck`) covers the type side.
// Formatting belongs to Prettier: eslint-config-prettier comes last and switches off every
// stylistic rule the presets above it turn on (including eslint-plugin-vue's template layout rules).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** TypeScript we write ourselves, per the workspace layout. */
const tsSources = [
  'apps/*/{src,test,scripts,bench,e2e}/**/*.{ts,mts,cts}',
  'packages/*/{src,test,scripts}/**/*.{ts,mts,cts}',
];
/** Tool configs beside each package.json (drizzle.config.ts, vite.config.ts, vitest.config.ts). */
const toolConfigs = ['apps/*/*.config.{ts,mts,js,mjs}', 'packages/*/*.config.{ts,mts,js,mjs}'];
const vueFiles = ['apps/web/**/*.vue'];
const testFiles = ['**/test/**', '**/*.{test,spec}.{ts,mts}'];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    'packages/client/src/generated/',
    'apps/api/src/db/migrations/',
    // PGlite data folders (DATA_DIR, relative to where the process started) and run artefacts.
    'data/',
    'apps/*/data/',
    'apps/*/bench/results/',
    '**/test-results/',
    '**/playwright-report/',
  ]),

  // Plain JavaScript at the root (this file and any other root tool config): Node ESM.
  {
    name: 'jaryk/root-js',
    files: ['*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },

  // TypeScript everywhere it lives.
  {
    name: 'jaryk/typescript',
    files: [...tsSources, ...toolConfigs],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },

  // Vue single-file components: vue-eslint-parser for the SFC, the TypeScript parser inside
  // <script lang="ts">. typescript-eslint's base entry sets its own parser for every file, so the
  // Vue preset must come after it, and our parserOptions.parser after both.
  {
    name: 'jaryk/vue',
    files: vueFiles,
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      vue.configs['flat/recommended'],
    ],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
    rules: {
      // typescript-eslint switches these core rules off for *.ts only (TypeScript itself checks
      // them); vue-tsc does the same for <script lang="ts">, so switch them off in SFCs too.
      ...tseslint.configs.eslintRecommended.rules,
    },
  },

  // Shared rules for all TypeScript, in .ts files and in SFCs.
  {
    name: 'jaryk/typescript-rules',
    files: [...tsSources, ...toolConfigs, ...vueFiles],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Matches `verbatimModuleSyntax` in tsconfig.base.json; the fix writes `import { x, type T }`,
      // the style the code already uses.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
    },
  },

  // Runtime environments. (no-undef is off for TypeScript, so these matter for .js and .vue files
  // and for rules that look at globals.)
  {
    name: 'jaryk/globals-node',
    files: [
      'apps/api/**/*.{ts,mts,cts,js,mjs}',
      'apps/*/{scripts,bench,e2e}/**/*.{ts,mts,js,mjs}',
      ...toolConfigs,
      'packages/*/{test,scripts}/**/*.{ts,mts,js,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'jaryk/globals-browser',
    files: ['apps/web/{src,test}/**/*.{ts,mts,vue}', 'packages/client/src/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'jaryk/globals-web-tests',
    files: testFiles.map((p) => `apps/web/${p}`),
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  prettier,
]);
