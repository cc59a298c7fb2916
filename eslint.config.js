// One linter, type-aware. The import rules keep src/core pure (shared by the PWA and the server)
// and keep the PWA and the server from reaching into each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'child_process',
  'url',
];

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'bench/results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Number() at the database boundary guards drivers that hand back bigint columns as strings.
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', ...nodeBuiltins],
              message: 'The PWA cannot import server or Node code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'dexie',
                'dexie-*',
                '@zxing/*',
                'zxing-wasm',
                'zxing-wasm/*',
                'barcode-detector',
                'barcode-detector/*',
                'fastify',
                '@fastify/*',
                'kysely',
                'better-sqlite3',
                'pg',
                'workbox-*',
                ...nodeBuiltins,
                '**/db/**',
                '**/sync/**',
                '**/scan/**',
                '**/features/**',
                '**/components/**',
                '**/server/**',
              ],
              message:
                'src/core is shared by the PWA and the server: no DOM, Node, React, Dexie or ZXing.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
      ],
    },
  },
  {
    files: [
      'server/**/*.ts',
      'test/**/*.{ts,tsx}',
      'bench/**/*.ts',
      'scripts/**/*.ts',
      '*.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
