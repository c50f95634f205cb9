import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import jsdoc from 'eslint-plugin-jsdoc';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The JSDoc tags the Custom Elements Manifest analyzer reads, plus TypeScript's own. */
const manifestTags = [
  'tag',
  'summary',
  'slot',
  'csspart',
  'cssproperty',
  'cssprop',
  'cssstate',
  'event',
  'fires',
  'internal',
];

export default defineConfig(
  // tests/probes/: apps with deliberate type errors, for each framework's own checker (probes.test.js).
  globalIgnores(['dist/', 'storybook-static/', 'node_modules/', '.pack/', 'bench/results/', 'tests/probes/', '.ssr-site/', '.eleventy-site/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y, jsdoc, 'import-x': importX, 'no-only-tests': noOnlyTests },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // A hook's default implementation may name a parameter it does not use: `_brief`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'jsdoc/check-tag-names': ['error', { definedTags: manifestTags }],
      'import-x/extensions': ['error', 'ignorePackages'],
      'no-only-tests/no-only-tests': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'wc/require-listener-teardown': 'error',
      // LitElement implements every lifecycle callback: a guard around super calls is noise.
      'wc/guard-super-call': 'off',
    },
  },
  // The rooms of src/ and which may import which (CONTRIBUTING.md, "Architecture").
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../components/**', '../events/**', '../styles/**', '../internal/**', '!../internal/dates.js'],
              message: 'The data module stands alone (it ships as briefing-widgets/data): only internal/dates.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/events/**', 'src/styles/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../components/**', '../internal/**', '../events/**', '../styles/**', '!../events/*', '!../styles/*'],
              message: 'Events and styles import only data types (and their own room).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/internal/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../components/**'], message: 'Shared code never imports a widget.' }] },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./(brief-[a-z-]+)/(?!\1\.js$)`,
              message: "A widget may render another widget (import its <tag>.js), never reach into its modules.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'stories/**', 'bench/**', '.storybook/**', '*.config.*', 'eslint.config.js'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-console': 'off',
    },
  },
  {
    // Node-side JavaScript (benchmarks, end-to-end checks, configs): no type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bench/**', '*.config.*', 'eslint.config.js', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
