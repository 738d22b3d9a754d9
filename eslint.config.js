// Lint rules: TypeScript's recommended set, the hooks rules, and the import boundaries of STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const featureAreas = ['users', 'session', 'auth-keys', 'mfa', 'permissions', 'roles', 'trust-policy'];

/** A pattern forbidding imports of one top-level folder of src/ (e.g. layer('app', why)). */
function layer(name, message) {
  return {
    group: [`**/src/${name}/**`, `../${name}/**`, `../../${name}/**`, `../../../${name}/**`],
    message,
  };
}

function restrictImports(files, patterns) {
  return {
    files: Array.isArray(files) ? files : [files],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'dist-ssr/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/.artifacts/**',
      'scratch/**',
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
  // Imports flow one way (STYLE.md): lib and the permission engine → api → queries → components → features → app.
  // One no-restricted-imports entry per folder, since a later entry for the same files replaces an earlier one.
  ...featureAreas.map((area) =>
    restrictImports(`src/features/${area}/**/*.{ts,tsx}`, [
      ...featureAreas
        .filter((other) => other !== area)
        .map((other) => ({
          group: [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`],
          message:
            'Features do not import each other: lift shared code to src/queries, src/components or src/lib.',
        })),
      layer('app', 'Features do not import the app: the app composes features (it hands a tab to a page).'),
      layer(
        'ssr',
        'Features do not import the server-side entry: it draws the app, not the other way round.',
      ),
    ]),
  ),
  restrictImports('src/components/**/*.{ts,tsx}', [
    layer('features', 'Shared components know no feature: pass what they show in props.'),
    layer('app', 'Shared components do not import the app.'),
    layer('ssr', 'Shared components do not import the server-side entry.'),
  ]),
  restrictImports('src/queries/**/*.ts', [
    layer('features', 'Shared queries serve features, they do not import them.'),
    layer('components', 'Shared queries hold no UI.'),
    layer('app', 'Shared queries do not import the app.'),
    layer('ssr', 'Shared queries do not import the server-side entry.'),
  ]),
  restrictImports('src/api/**/*.ts', [
    layer('features', 'The API module serves features, it does not import them.'),
    layer('queries', 'The API module knows nothing of the query cache.'),
    layer('components', 'The API module has no UI side effects.'),
    layer('app', 'The API module does not import the app.'),
    layer('ssr', 'The API module does not import the server-side entry.'),
  ]),
  // The permission engine and the shared rules stay free of React and Node, and of the app above them.
  {
    ...restrictImports(
      ['src/permissions/**/*.ts', 'src/lib/**/*.ts'],
      [
        {
          group: ['react', 'react-*', 'node:*', 'fs', 'path', 'crypto'],
          message: 'Shared code runs in the browser and on the server: no React, no Node APIs.',
        },
        ...['api', 'queries', 'components', 'features', 'app'].map((name) =>
          layer(name, 'The engine and src/lib sit below every other layer: they import none of them.'),
        ),
      ],
    ),
    ignores: ['**/*.test.ts'],
  },
  // No import cycles anywhere: a cycle hides which module is the lower layer.
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow .ts and .tsx imports too (by default only JavaScript files are read for their imports).
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
              group: [
                'react',
                'react-*',
                '**/src/features/**',
                '**/src/app/**',
                '**/src/components/**',
                '**/src/ssr/**',
                '!**/src/ssr/document-request.ts',
              ],
              message:
                "server/ uses only src/permissions, src/lib, src/api/schema.gen and the page renderer's types (src/ssr/document-request.ts): it loads the built renderer (dist-ssr/) at run time.",
            },
          ],
        },
      ],
    },
  },
);
