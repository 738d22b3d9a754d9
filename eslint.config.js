// Lint rules: TypeScript's recommended set, the hooks rules, and the import boundaries of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const featureAreas = ['users', 'session', 'auth-keys', 'mfa', 'permissions'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.artifacts/**',
      'src/api/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // One import dialect: relative imports name the file with its extension, as Node's own
      // ES modules need and as the server runs them.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|css|json|svg)$)/]',
          message: 'Name the imported file with its extension (./module.ts).',
        },
        {
          selector: 'ExportNamedDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|css|json|svg)$)/]',
          message: 'Name the re-exported file with its extension (./module.ts).',
        },
        {
          selector: 'ExportAllDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|css|json|svg)$)/]',
          message: 'Name the re-exported file with its extension (./module.ts).',
        },
        {
          selector: 'ImportExpression[source.value=/^\\.{1,2}\\/(?!.*\\.(ts|tsx|css|json|svg)$)/]',
          message: 'Name the imported file with its extension (./module.ts).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Features do not import one another (bulletproof-react's boundary rule).
  ...featureAreas.map((area) => ({
    files: [`src/features/${area}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: featureAreas
            .filter((other) => other !== area)
            .map((other) => ({
              group: [`**/features/${other}`, `**/features/${other}/**`],
              message: 'Features do not import each other: lift shared code to src/components or src/lib.',
            })),
        },
      ],
    },
  })),
  // The permission engine and the shared rules stay free of React and Node.
  {
    files: ['src/permissions/**/*.ts', 'src/lib/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'node:*', 'fs', 'path', 'crypto'],
              message: 'Shared code runs in the browser and on the server: no React, no Node APIs.',
            },
          ],
        },
      ],
    },
  },
  // The server never imports React or browser code other than the shared, pure modules.
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '**/src/features/**', '**/src/app/**', '**/src/components/**'],
              message: 'server/ uses only src/permissions, src/lib and src/api/schema.gen.',
            },
          ],
        },
      ],
    },
  },
);
