// The browser lookup of the e2e run: CHROME_PATH first, then a system Chromium or Chrome, then Playwright's own, and
// one line saying how to get one when there is none.
import { describe, expect, it } from 'vitest';
import {
  findChromium,
  NO_CHROMIUM_MESSAGE,
  NoChromiumError,
  SYSTEM_CHROMIUM_PATHS,
} from './find-chromium.ts';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A file system holding only these files. */
function onDisk(...paths: string[]) {
  return (path: string) => paths.includes(path);
}

describe('findChromium', () => {
  it('takes CHROME_PATH over a system browser and Playwright’s own', () => {
    expect(
      findChromium({
        chromePath: '/opt/chrome/chrome',
        playwrightPath: PLAYWRIGHT,
        exists: onDisk('/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHT),
      }),
    ).toEqual({ path: '/opt/chrome/chrome', source: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that does not exist, naming it, instead of picking another browser', () => {
    const lookup = () =>
      findChromium({ chromePath: '/nope/chrome', exists: onDisk('/usr/bin/chromium', PLAYWRIGHT) });
    expect(lookup).toThrow(NoChromiumError);
    expect(lookup).toThrow('CHROME_PATH is /nope/chrome, which does not exist');
  });

  it('treats an empty CHROME_PATH as unset', () => {
    expect(findChromium({ chromePath: '', exists: onDisk('/usr/bin/chromium') })).toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
  });

  it('tries the system paths in order: Debian’s chromium before chromium-browser before Google Chrome', () => {
    expect(SYSTEM_CHROMIUM_PATHS.slice(0, 3)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]);
    expect(findChromium({ exists: onDisk('/usr/bin/google-chrome', '/usr/bin/chromium-browser') })).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(findChromium({ exists: onDisk('/usr/bin/google-chrome'), playwrightPath: PLAYWRIGHT })).toEqual({
      path: '/usr/bin/google-chrome',
      source: 'system',
    });
  });

  it('falls back to Playwright’s own browser only when it was downloaded', () => {
    expect(findChromium({ playwrightPath: PLAYWRIGHT, exists: onDisk(PLAYWRIGHT) })).toEqual({
      path: PLAYWRIGHT,
      source: 'playwright',
    });
    expect(() => findChromium({ playwrightPath: PLAYWRIGHT, exists: onDisk() })).toThrow(NoChromiumError);
  });

  it('says in one line how to get a browser when there is none', () => {
    let message = '';
    try {
      findChromium({ exists: onDisk() });
    } catch (error) {
      if (error instanceof NoChromiumError) message = error.message;
    }
    expect(message).toBe(NO_CHROMIUM_MESSAGE);
    expect(message).not.toContain('\n');
    expect(message).toContain('CHROME_PATH');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('npx playwright install chromium');
  });
});
