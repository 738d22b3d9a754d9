// @vitest-environment jsdom
// The language store: the first choice follows the browser, an explicit choice is remembered, <html lang> follows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activateLocale,
  currentLocale,
  i18nState,
  initialLocale,
  loadWholeCatalogue,
  messages,
  subscribeI18n,
} from './i18n-store.ts';
import { pickLocale } from './locales.ts';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('pickLocale', () => {
  it('takes the first browser language the console speaks, region or not', () => {
    expect(pickLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(pickLocale(['fr-FR', 'en-GB', 'ja'])).toBe('en');
    expect(pickLocale(['de', 'JA'])).toBe('ja');
    expect(pickLocale(['fr', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('initialLocale', () => {
  it('follows navigator.languages until the user chooses', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP', 'en']);
    expect(initialLocale()).toBe('ja');
    await activateLocale('en', { remember: true });
    expect(initialLocale()).toBe('en');
  });

  it('does not remember a language that was only detected', async () => {
    await activateLocale('ja');
    expect(localStorage.length).toBe(0);
  });
});

describe('activateLocale', () => {
  it('switches the catalogue and <html lang>, and tells subscribers', async () => {
    const seen: string[] = [];
    const stop = subscribeI18n(() => seen.push(currentLocale()));
    await activateLocale('ja', { remember: true });
    expect(document.documentElement.lang).toBe('ja');
    expect(messages().app.nav.users).toBe('SAM ユーザー');
    expect(localStorage.getItem('sam-console.lang')).toBe('ja');
    await activateLocale('en');
    expect(document.documentElement.lang).toBe('en');
    expect(messages().app.nav.users).toBe('Users');
    stop();
    expect(seen).toEqual(['ja', 'en']);
  });

  it('lets the last of two quick switches win', async () => {
    const first = activateLocale('ja');
    const second = activateLocale('en');
    await Promise.all([first, second]);
    expect(currentLocale()).toBe('en');
  });
});

describe('the catalogue in two parts', () => {
  it('the sign-in page can start with its own areas; the rest loads after, and a switch keeps both', async () => {
    // The setup file loaded the whole English catalogue; a first-paint-only request must not take it back.
    await activateLocale('en', { firstPaintOnly: true });
    expect(i18nState().complete).toBe(true);
    expect(messages().users.list.title).toBe('Users');

    await activateLocale('ja', { firstPaintOnly: true });
    expect(messages().app.nav.users).toBe('SAM ユーザー');
    // Once a signed-in page wanted the whole catalogue, every later switch loads all of the new language too.
    expect(i18nState().complete).toBe(true);
    expect(messages().users.list.title).not.toBe('Users');
  });

  it('before the rest has loaded, reading a signed-in area names it; loadWholeCatalogue brings it', async () => {
    // A fresh store, as on a cold load of /sign-in (the setup file's store already holds everything).
    vi.resetModules();
    const fresh = await import('./i18n-store.ts');
    await fresh.activateLocale('en', { firstPaintOnly: true });
    expect(fresh.i18nState().complete).toBe(false);
    expect(fresh.messages().session.signIn.submit).toBe('Sign in');
    expect(() => fresh.messages().users).toThrow(/"users" texts are not loaded/);
    const seen: boolean[] = [];
    const stop = fresh.subscribeI18n(() => seen.push(fresh.i18nState().complete));
    await fresh.loadWholeCatalogue();
    stop();
    expect(seen).toEqual([true]);
    expect(fresh.messages().users.list.title).toBe('Users');
  });

  it('loadWholeCatalogue completes the current language and tells subscribers', async () => {
    await activateLocale('ja');
    await loadWholeCatalogue();
    expect(i18nState()).toMatchObject({ locale: 'ja', complete: true });
  });
});
