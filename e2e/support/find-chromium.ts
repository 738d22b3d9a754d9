// Which Chromium the e2e run drives: CHROME_PATH, else a system Chromium or Chrome, else Playwright's own download;
// with none, one line saying how to get one. Used by playwright.config.ts; unit-tested in find-chromium.test.ts.
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora, snap and macOS put Chromium or Chrome, in the order they are tried. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The flags every browser run here starts Chromium with (e2e and bench): no sandbox or GPU, nothing fetched or synced. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: set CHROME_PATH, or apt-get install chromium, or npx playwright install chromium';

export type ChromiumSource = 'CHROME_PATH' | 'system' | 'playwright';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

export interface ChromiumLookup {
  /** The CHROME_PATH environment variable; empty counts as unset. */
  chromePath?: string | undefined;
  /** Where Playwright keeps its own Chromium (chromium.executablePath()), whether or not it was downloaded. */
  playwrightPath?: string | undefined;
  exists?: (path: string) => boolean;
  systemPaths?: readonly string[];
}

/** No usable browser; the message is one line, fit to print as is. */
export class NoChromiumError extends Error {
  override name = 'NoChromiumError';
}

export function findChromium({
  chromePath,
  playwrightPath,
  exists = existsSync,
  systemPaths = SYSTEM_CHROMIUM_PATHS,
}: ChromiumLookup): FoundChromium {
  if (chromePath) {
    if (exists(chromePath)) return { path: chromePath, source: 'CHROME_PATH' };
    // A path the user chose that is wrong is a mistake to report, not a reason to pick another browser silently.
    throw new NoChromiumError(
      `CHROME_PATH is ${chromePath}, which does not exist: point it at a Chromium or Chrome, or unset it`,
    );
  }
  const system = systemPaths.find((path) => exists(path));
  if (system) return { path: system, source: 'system' };
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, source: 'playwright' };
  throw new NoChromiumError(NO_CHROMIUM_MESSAGE);
}

/** For playwright.config.ts: the browser's path, or the one-line reason on stderr and exit code 1 (no stack trace). */
export function chromiumPathOrExit(lookup: ChromiumLookup): string {
  try {
    return findChromium(lookup).path;
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
