// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Imports flow one way: app shell (routes) -> features -> shared (components, state, storage,
// workers) -> domain -> content (data only).
const boundaryZones = [
  // A feature never reaches into another feature; routes compose them.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; compose them in src/routes.',
  })),
  {
    target: './src/features',
    from: './src/routes',
    message: 'Features do not import routes; routes hand them what they need as props.',
  },
  {
    target: ['./src/components', './src/state', './src/storage', './src/workers', './src/domain'],
    from: ['./src/features', './src/routes'],
    message: 'Shared code cannot depend on features or routes.',
  },
  {
    target: './src/domain',
    from: ['./src/components', './src/state', './src/storage', './src/workers', './src/cli'],
    message: 'src/domain is pure: no UI, stores, storage, workers or CLI.',
  },
  {
    target: './src/content',
    from: './src',
    except: ['./content', './domain/types.ts'],
    message: 'src/content is data: it imports nothing but types.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
      '.vite',
      '*.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A loader throws the router's `data(message, { status })` for the route's error boundary.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'package', package: 'react-router', name: 'DataWithResponseInit' }] },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Documents are rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/domain/**', 'src/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'],
              message: 'src/domain is plain TypeScript: no React, router or Zustand.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    files: ['src/cli/**', 'tests/bench/**', 'tests/e2e/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['vite.config.ts', 'playwright.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
