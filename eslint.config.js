// ESLint flat config. Import boundaries (STYLE.md): shared/ imports neither
// client/ nor server/; the room core imports no transport.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The app-shell service worker is plain JavaScript in a worker scope.
    files: ['client/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['shared/tsconfig.json', 'server/tsconfig.json', 'client/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Type-only circles are caught by `pnpm lint:cycles` (dpdm; HOUSE-1).
      'import-x/no-cycle': 'error',
      // STYLE.md: past ~400 lines, split the file (HOUSE-3).
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
      // A `let` assigned once but read earlier in a closure cannot become a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@moteplass/client', '@moteplass/server', '**/client/**', '**/server/**'],
              message: 'shared/ owns the contract and imports neither client nor server.',
            },
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'react', 'react-dom', 'yjs', 'ws'],
              message:
                'shared/ runs in the browser and on the server: no Node, DOM or runtime libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/rooms/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['ws', 'fastify', '@fastify/*', '../transport/*', '../routes/*'],
              message: 'The room core knows no transport (rooms/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@moteplass/server', '**/server/**'],
              message: 'The client talks to the server over HTTP and WebSocket only.',
            },
          ],
        },
      ],
    },
  },
);
