// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// shared/ is pure TypeScript used by main, preload and renderer alike: it may not reach
// into Electron, Node, the DOM, React or Dexie (DESIGN.md §5, STYLE.md habit 1).
const sharedForbiddenImports = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
    { group: ['node:*'], message: 'shared/ must not import Node built-ins.' },
    {
      group: ['fs', 'path', 'os', 'crypto', 'child_process', 'url'],
      message: 'shared/ must not import Node built-ins.',
    },
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mantine/*'],
      message: 'shared/ must not import React.',
    },
    { group: ['dexie', 'dexie-*'], message: 'shared/ must not import Dexie.' },
    {
      group: [
        '../renderer/*',
        '../electron/*',
        '../../renderer/*',
        '../../electron/*',
        '../../../renderer/*',
        '../../../electron/*',
      ],
      message: 'shared/ may not depend on a runtime folder.',
    },
  ],
};

// DOM and Node globals that would make shared/ runtime-specific.
const sharedForbiddenGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'HTMLElement',
  'Element',
  'Node',
  'location',
  'process',
  'Buffer',
  'require',
  '__dirname',
  'global',
].map((name) => ({ name, message: `shared/ must stay pure: '${name}' is runtime-specific.` }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.cache/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware checks: a promise nobody awaits loses its error, a promise handed to a
    // void callback (onClick) is never awaited, and a switch over a union must name every
    // member so a new member fails the build where it matters.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'build/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The renderer's sync engine and main's services in one process (tsconfig.integration.json).
    files: ['test/integration/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/bench/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Screens and stores read the app's clock (services.write.now), which tests and the e2e
    // bridge fix; only bootstrap builds that clock from the machine's.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'renderer/app/bootstrap.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the injected clock (services.write.now), not new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the injected clock (services.write.now), not Date.now().',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', sharedForbiddenImports],
      'no-restricted-globals': ['error', ...sharedForbiddenGlobals],
    },
  },
  {
    // electron/services are plain Node: wired to ipcMain by main, and to the e2e bridge by test/.
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services are plain Node; main wires them to Electron.' },
          ],
        },
      ],
    },
  },
);
