// @ts-check
import js from '@eslint/js'
import { readdirSync } from 'node:fs'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The SPA's layers: code flows shared (components, lib, config, hooks) → features → app, and a
// feature never imports another (bulletproof-react's zones).
const webFeatures = readdirSync(new URL('./web/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const webShared = ['components', 'lib', 'config', 'hooks'].map((dir) => `./web/src/${dir}`)

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/golden/**',
      'bench/results/**',
      '**/playwright-report/**',
      '**/test-results/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Following imports into node_modules trips a legacy resolver on some packages' files.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // soap's client surface is untyped; it is confined to packages/vettrak-client.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'soap', message: 'Only packages/vettrak-client talks SOAP.' }] },
      ],
    },
  },
  {
    files: ['packages/vettrak-client/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Environment is read in one validated place per deployable.
    files: ['bff/src/**', 'web/src/**'],
    ignores: ['**/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through env.ts.' },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    ...reactHooks.configs.flat.recommended,
    plugins: {
      ...jsxA11y.flatConfigs.recommended.plugins,
      ...reactHooks.configs.flat.recommended.plugins,
    },
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: { ...globals.browser },
    },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // Route loaders throw react-router's redirects and status responses by design.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@vettrak-portal/*', '!@vettrak-portal/contracts'],
              message: 'The SPA imports only @vettrak-portal/contracts from the workspace.',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...webFeatures.map((feature) => ({
              target: `./web/src/features/${feature}`,
              from: './web/src/features',
              except: [`./${feature}`],
              message: 'Features never import each other; compose them in app/routes.',
            })),
            {
              target: './web/src/features',
              from: './web/src/app',
              message: 'Code flows shared → features → app.',
            },
            {
              target: webShared,
              from: ['./web/src/features', './web/src/app'],
              message:
                'Shared code (components, lib, config, hooks) imports no feature or app code.',
            },
            {
              // web/src/testing is the tests' support; what the SPA ships never imports it.
              target: [
                './web/src/!(*.test).{ts,tsx}',
                './web/src/!(testing)/**/!(*.test).{ts,tsx}',
              ],
              from: './web/src/testing',
              message: 'Only tests import web/src/testing.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**'],
    ignores: ['**/env.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
          message: 'Read configuration through config/env.ts.',
        },
      ],
    },
  },
  {
    // Mappers run for every record of every answer. V8 (Node 20) defines each member that follows
    // a spread with a call into its runtime (~1 µs each): the 45-field client-details mapper that
    // began with a spread took 37 µs a record instead of 1.6 (docs/benchmarks.md, section 7).
    files: ['packages/vettrak-client/src/mapping/**', 'bff/src/mappers/**', 'bff/src/attention/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement ~ *',
          message:
            'A member after a spread costs a V8 runtime call each: spread last, or Object.assign the fields onto the fresh object (contractFields takes them as `own`).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
