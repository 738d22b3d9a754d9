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
