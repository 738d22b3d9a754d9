// @vitest-environment jsdom
// The language store: the first choice follows the browser, an explicit choice is remembered, <html lang> follows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale, currentLocale, initialLocale, messages, subscribeI18n } from './i18n-store.ts';
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

describe('page areas, each loaded with its page', () => {
  it('a switch brings the page areas loaded so far, in the new language', async () => {
    // The setup file loaded every area in English.
    await activateLocale('ja');
    expect(messages().userList.title).toBe('SAM ユーザー');
    expect(messages().roles.list.title).toBe('ロール');
    await activateLocale('en');
    expect(messages().userList.title).toBe('Users');
  });

  it('before its page has loaded an area, reading it names it and waits for it; loadPageAreas brings it', async () => {
    // A fresh store, as on a cold load of /sign-in (the setup file's store already holds everything).
    vi.resetModules();
    const fresh = await import('./i18n-store.ts');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fresh.activateLocale('en');
    expect(fresh.messages().session.indicator.signOut).toBe('Sign out');
    let thrown: unknown = null;
    try {
      void fresh.messages().roles;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(fresh.AreaNotLoadedError);
    expect(String(thrown)).toMatch(/"roles" texts were read before they loaded/);
    expect(warn).toHaveBeenCalledTimes(1);
    // React waits on it as on a promise: it settles once the area is here.
    await new Promise<void>((resolve) => (thrown as PromiseLike<void>).then(resolve));
    expect(fresh.messages().roles.list.title).toBe('Roles');

    const seen: string[] = [];
    const stop = fresh.subscribeI18n(() => seen.push(fresh.currentLocale()));
    await fresh.loadPageAreas(['userList', 'hygiene']);
    stop();
    // An area's arrival re-renders nothing: what is on screen read none of it.
    expect(seen).toEqual([]);
    expect(fresh.messages().userList.title).toBe('Users');
  });

  it('withPageAreas fetches a module together with its areas', async () => {
    vi.resetModules();
    const fresh = await import('./i18n-store.ts');
    await fresh.activateLocale('ja');
    const module = await fresh.withPageAreas(() => Promise.resolve({ name: 'page' }), ['bulk'])();
    expect(module).toEqual({ name: 'page' });
    expect(fresh.messages().bulk.review).toBe('確認…');
  });
});
