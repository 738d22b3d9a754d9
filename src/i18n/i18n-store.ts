// The chosen language and its loaded catalogue: one setting for the UI, <html lang> and the API's X-Soracom-Lang.
import { isLocale, pickLocale, type Locale } from './locales.ts';
import type { Messages } from './messages/messages.ts';

const STORAGE_KEY = 'sam-console.lang';

// Each language is its own chunk, fetched only when chosen: a Japanese screen never downloads the English texts.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en/index.ts'),
  ja: () => import('./messages/ja/index.ts'),
};

export interface I18nState {
  locale: Locale;
  messages: Messages;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: I18nState | null = null;
let requested: Locale | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The remembered choice, else the browser's first language we speak, else English. */
export function initialLocale(): Locale {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * Loads the language's catalogue, then makes it current: the page re-renders in it, <html lang> follows and
 * API calls ask for it. With `remember`, the choice is kept for the next visit (an explicit switch does this).
 */
export async function activateLocale(locale: Locale, { remember = false } = {}): Promise<void> {
  requested = locale;
  const { default: messages } = await loaders[locale]();
  // Two quick switches: the last one asked for wins, whichever catalogue arrives first.
  if (requested !== locale) return;
  state = { locale, messages };
  if (remember) storage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** The current language; English until a catalogue has loaded. */
export function currentLocale(): Locale {
  return state?.locale ?? 'en';
}

/** The current language and catalogue, for code outside React (toasts, schemas); throws before the first load. */
export function i18nState(): I18nState {
  if (!state) throw new Error('No catalogue loaded yet: await activateLocale() before rendering.');
  return state;
}

/** The current catalogue, for code outside React. */
export function messages(): Messages {
  return i18nState().messages;
}

export function subscribeI18n(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
