// The chosen language and its loaded catalogue: one setting for the UI, <html lang> and the API's X-Soracom-Lang.
import { isLocale, pickLocale, type Locale } from './locales.ts';
import {
  signedInAreas,
  type FirstPaintMessages,
  type Messages,
  type SignedInMessages,
} from './messages/messages.ts';

const STORAGE_KEY = 'sam-console.lang';

// Each language is its own chunks, fetched only when chosen: a Japanese screen never downloads the English texts.
// Each comes in two parts, so the sign-in page (the first page of most visits) waits for its own texts only.
const loaders: Record<
  Locale,
  {
    firstPaint: () => Promise<{ default: FirstPaintMessages }>;
    signedIn: () => Promise<{ default: SignedInMessages }>;
  }
> = {
  en: {
    firstPaint: () => import('./messages/en/first-paint.ts'),
    signedIn: () => import('./messages/en/signed-in.ts'),
  },
  ja: {
    firstPaint: () => import('./messages/ja/first-paint.ts'),
    signedIn: () => import('./messages/ja/signed-in.ts'),
  },
};

export interface I18nState {
  locale: Locale;
  messages: Messages;
  /** Whether the signed-in pages' areas are loaded too (see loadWholeCatalogue). */
  complete: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: I18nState | null = null;
let requested: Locale | null = null;
// Once any page asked for the whole catalogue, a language switch loads all of the new language too.
let wholeWanted = false;

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

/** The first-paint areas alone; reading a signed-in area before its part has loaded says so, rather than "undefined". */
function firstPaintOnly(firstPaint: FirstPaintMessages): Messages {
  const messages = { ...firstPaint };
  for (const area of signedInAreas)
    Object.defineProperty(messages, area, {
      enumerable: false,
      get() {
        throw new Error(
          `The "${area}" texts are not loaded: render signed-in pages inside <WholeCatalogue>.`,
        );
      },
    });
  // The getters above stand for the signed-in areas until loadWholeCatalogue() replaces this object.
  return messages as Messages;
}

/**
 * Loads the language's catalogue, then makes it current: the page re-renders in it, <html lang> follows and
 * API calls ask for it. With `remember`, the choice is kept for the next visit (an explicit switch does this).
 * With `firstPaintOnly`, only the areas the sign-in page shows are awaited (unless a signed-in page has
 * already asked for the rest).
 */
export async function activateLocale(
  locale: Locale,
  { remember = false, firstPaintOnly: firstPaintAsked = false } = {},
): Promise<void> {
  requested = locale;
  if (!firstPaintAsked) wholeWanted = true;
  const whole = wholeWanted;
  const [firstPaint, signedIn] = await Promise.all([
    loaders[locale].firstPaint(),
    whole ? loaders[locale].signedIn() : null,
  ]);
  // Two quick switches: the last one asked for wins, whichever catalogue arrives first.
  if (requested !== locale) return;
  // A switch made while the whole catalogue of this language was loading must not take it back to one part.
  if (!signedIn && state?.locale === locale && state.complete) return;
  state = {
    locale,
    messages: signedIn ? { ...firstPaint.default, ...signedIn.default } : firstPaintOnly(firstPaint.default),
    complete: signedIn !== null,
  };
  if (remember) storage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** Loads the signed-in pages' areas in the current language (nothing when they are loaded). */
export function loadWholeCatalogue(): Promise<void> {
  if (state?.complete && (requested === null || requested === state.locale)) return Promise.resolve();
  return activateLocale(requested ?? currentLocale());
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
