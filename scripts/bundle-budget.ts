// After `vite build`: the gzip size of the JS and CSS each route downloads on a cold load, held to a budget.
//
// Reads dist/.vite/manifest.json (Vite's chunk graph) and dist/.vite/chunk-contents.json (what
// each chunk holds, written by the build), follows the static imports from index.html and the
// route's own module, and fails (exit 1) when a route downloads more than its budget. With
// --report it also writes bench/bundle-report.md: each route's files and each chunk's largest modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

interface ManifestEntry {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestEntry>;

interface RouteBudget {
  path: string;
  /** The manifest keys a cold load of this path fetches before it can show the page. */
  modules: string[];
  /** The parts of the language catalogue the page awaits before its first render. */
  catalogue: CataloguePart[];
  /** KB of gzip (1 KB = 1,000 bytes, as Vite and Lighthouse count); null: reported only. */
  budgetKb: number | null;
  /** What the budget holds: the route's JS+CSS, or that plus the catalogue parts it awaits. */
  budgetCounts: 'code' | 'code and catalogue';
}

/**
 * The stack's floor (Vite 8, React 19, TanStack Query, React Router declarative, React Hook Form;
 * nothing else) is ~103.5 KB: /users may cost 1.25× that, /sign-in a little less.
 */
const START = ['index.html'];

/** Both languages' module of one catalogue area (src/i18n/messages/<language>/<file>.ts). */
const area = (file: string, budgetKb: number) => ({
  keys: [`src/i18n/messages/en/${file}.ts`, `src/i18n/messages/ja/${file}.ts`],
  budgetKb,
});

/**
 * Every page waits for part of its language's catalogue before the first render (src/i18n/i18n-store.ts):
 * the areas every page shows (first-paint), and the areas the page itself shows, each its own chunk
 * (src/app/router.tsx lists them). Each part is held to its own budget (the larger language counts), so
 * it cannot grow unseen; the routes below count the parts they await.
 */
export const CATALOGUE_PARTS = {
  'first-paint': area('first-paint', 3.5),
  signIn: area('sign-in', 2),
  userList: area('user-list', 1.5),
  hygiene: area('hygiene', 1.8),
  bulk: area('bulk', 2),
  users: area('users', 3),
  authKeys: area('auth-keys', 1.8),
  mfa: area('mfa', 3),
  // The wording of the permission engine's problems is not in it: it comes with the editors that show
  // it (src/i18n/problem-wording.ts).
  permissions: area('permissions', 5.5),
  roles: area('roles', 5.5),
  forms: area('forms', 1.5),
};
type CataloguePart = keyof typeof CATALOGUE_PARTS;

export const ROUTES: RouteBudget[] = [
  // The issue's 125 KB, with the sign-in page's texts counted: its forms use a small form hook
  // (components/use-rules-form.ts) rather than react-hook-form, and it awaits the first-paint texts only.
  {
    path: '/sign-in',
    modules: [...START, 'src/app/routes/sign-in-route.tsx'],
    catalogue: ['first-paint', 'signIn'],
    budgetKb: 125,
    budgetCounts: 'code and catalogue',
  },
  // The issue's 129 KB, with the texts the list awaits (its own areas, src/app/router.tsx).
  {
    path: '/users',
    modules: [...START, 'src/app/routes/users-route.tsx'],
    catalogue: ['first-paint', 'userList', 'hygiene'],
    budgetKb: 129,
    budgetCounts: 'code and catalogue',
  },
  {
    path: '/users/:name/overview',
    modules: [...START, 'src/app/routes/user-detail-route.tsx'],
    catalogue: ['first-paint', 'users', 'userList', 'hygiene', 'authKeys'],
    budgetKb: null,
    budgetCounts: 'code',
  },
  {
    path: '/default-permissions',
    // The route renders the lazy editor page at once, so it counts.
    modules: [
      ...START,
      'src/app/routes/default-permissions-route.tsx',
      'src/features/permissions/default-permissions-page.tsx',
    ],
    catalogue: ['first-paint', 'permissions', 'roles'],
    budgetKb: null,
    budgetCounts: 'code',
  },
];

/** Every file (JS and CSS) reached from `keys` through static imports, each once. */
export function initialFiles(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = manifest[key];
    if (!entry) throw new Error(`the manifest has no ${key}: was the build run, or did the module move?`);
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function moduleLabel(rawId: string): string {
  // Rolldown marks its virtual modules with a NUL byte.
  const id = rawId.replace(/\0/g, '');
  const inModules = id.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = id.slice(inModules + 'node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? id);
    return `${name} (package)`;
  }
  return id.startsWith(root) ? id.slice(root.length) : id;
}

function main(): number {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const contents = JSON.parse(readFileSync(join(dist, '.vite', 'chunk-contents.json'), 'utf8')) as Record<
    string,
    { name: string; modules: Record<string, number> }
  >;

  const lines: string[] = [
    '# Bundle report',
    '',
    'Written by `scripts/bundle-budget.ts` after `vite build`. Sizes are gzip (level 9) in KB of',
    '1,000 bytes. "Code" is what a cold load of the path fetches: index.html\'s entry, the',
    "route's module and their static imports (JS and CSS); chunks loaded on intent are not in it.",
    '"With its texts" adds the parts of the language catalogue the page awaits before its first',
    "render (the larger language of each): the areas every page shows, and the page's own.",
    '',
    "The budgets are the issue's targets: /sign-in ≤ 125 KB and /users ≤ 129 KB, each with the texts it awaits.",
    '',
    '## Routes',
    '',
    '| Path | Code (JS+CSS) | With its texts | Budget | Within |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  const failures: string[] = [];
  const routeFiles = new Map<string, string[]>();
  const sizeOf = (list: string[]) => list.reduce((sum, file) => sum + gzipBytes(file), 0);
  // A part's own files (its chunk and what only it imports): the larger language counts.
  const startFiles = initialFiles(manifest, START);
  const partFiles = new Map<CataloguePart, string[]>();
  for (const [part, { keys, budgetKb }] of Object.entries(CATALOGUE_PARTS) as [
    CataloguePart,
    (typeof CATALOGUE_PARTS)[CataloguePart],
  ][]) {
    const perLanguage = keys.map((key) =>
      initialFiles(manifest, [key]).filter((file) => !startFiles.includes(file)),
    );
    partFiles.set(
      part,
      perLanguage.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a)),
    );
    for (const [index, key] of keys.entries()) {
      const size = sizeOf(perLanguage[index] ?? []);
      const within = size <= budgetKb * 1000;
      if (!within) failures.push(`${key}: ${kb(size)} KB > ${budgetKb} KB`);
      console.log(
        `${within ? 'ok    ' : 'OVER  '}${key.padEnd(38)} ${kb(size).padStart(6)} KB gzip, budget ${budgetKb} KB`,
      );
    }
  }
  for (const route of ROUTES) {
    const files = initialFiles(manifest, route.modules);
    const total = sizeOf(files);
    const textFiles = [...new Set(route.catalogue.flatMap((part) => partFiles.get(part) ?? []))].filter(
      (file) => !files.includes(file),
    );
    routeFiles.set(route.path, [...files, ...textFiles]);
    const withTexts = total + sizeOf(textFiles);
    const counted = route.budgetCounts === 'code' ? total : withTexts;
    const within = route.budgetKb === null ? null : counted <= route.budgetKb * 1000;
    if (within === false)
      failures.push(`${route.path}: ${kb(counted)} KB (${route.budgetCounts}) > ${route.budgetKb} KB`);
    lines.push(
      `| ${route.path} | ${kb(total)} KB | ${kb(withTexts)} KB | ${
        route.budgetKb === null ? '—' : `${route.budgetKb} KB (${route.budgetCounts})`
      } | ${within === null ? '—' : within ? 'yes' : '**no**'} |`,
    );
    console.log(
      `${within === false ? 'OVER  ' : 'ok    '}${route.path.padEnd(24)} ${kb(total).padStart(6)} KB gzip` +
        ` (${kb(withTexts)} KB with its texts)` +
        (route.budgetKb === null ? '' : `, budget ${route.budgetKb} KB for ${route.budgetCounts}`),
    );
  }

  for (const route of ROUTES) {
    lines.push('', `### ${route.path}`, '', '| File | gzip |', '| --- | ---: |');
    for (const file of routeFiles.get(route.path) ?? [])
      lines.push(`| ${file} | ${kb(gzipBytes(file))} KB |`);
  }

  lines.push(
    '',
    '## What each chunk holds',
    '',
    'Modules by rendered size (before minifying and gzip); packages summed; the ten largest a chunk.',
  );
  const chunkFiles = Object.keys(contents).sort((a, b) => gzipBytes(b) - gzipBytes(a));
  for (const file of chunkFiles) {
    const chunk = contents[file];
    if (!chunk) continue;
    const byLabel = new Map<string, number>();
    for (const [id, length] of Object.entries(chunk.modules)) {
      const label = moduleLabel(id);
      byLabel.set(label, (byLabel.get(label) ?? 0) + length);
    }
    const ranked = [...byLabel.entries()].filter(([, length]) => length > 0).sort((a, b) => b[1] - a[1]);
    lines.push('', `### ${file} (${kb(gzipBytes(file))} KB gzip)`, '');
    for (const [label, length] of ranked.slice(0, 10)) lines.push(`- ${label}: ${kb(length)} KB`);
    if (ranked.length > 10) lines.push(`- … ${ranked.length - 10} more modules`);
  }
  if (process.argv.includes('--report')) {
    writeFileSync(join(root, 'bench', 'bundle-report.md'), `${lines.join('\n')}\n`);
    console.log('Wrote bench/bundle-report.md');
  }

  if (failures.length > 0) {
    console.error(`Bundle budget exceeded:\n  ${failures.join('\n  ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
