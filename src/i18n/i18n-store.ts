// The chosen language and its loaded catalogue: one setting for the UI, <html lang> and the API's X-Soracom-Lang.
import { isLocale, pickLocale, type Locale } from './locales.ts';
import { pageAreas, type FirstPaintMessages, type Messages, type PageArea } from './messages/messages.ts';
import { pageAreaLoaders } from './page-area-loaders.ts';

const STORAGE_KEY = 'sam-console.lang';

// Each language is its own chunks, fetched only when chosen: a Japanese screen never downloads the English texts.
// The areas every page shows (first-paint) come first, as one chunk; every other area is its own chunk, fetched
// with the pages that show it (loadPageAreas), so a page waits for its own texts only.
const firstPaintLoaders: Record<Locale, () => Promise<{ default: FirstPaintMessages }>> = {
  en: () => import('./messages/en/first-paint.ts'),
  ja: () => import('./messages/ja/first-paint.ts'),
};

export interface I18nState {
  locale: Locale;
  messages: Messages;
}

/**
 * Thrown when a page area is read before it has arrived: an Error that names the area and, for React, a thenable
 * that settles when it has loaded, so a component reading it suspends (to the nearest <Suspense>) and renders once
 * it is here rather than failing. Pages list their areas (src/app/router.tsx), so this is a fallback, and says so.
 */
export class AreaNotLoadedError extends Error {
  readonly area: PageArea;
  readonly #loading: Promise<unknown>;

  constructor(area: PageArea, loading: Promise<unknown>) {
    super(`The "${area}" texts were read before they loaded: list the area with the page that shows it.`);
    this.name = 'AreaNotLoadedError';
    this.area = area;
    this.#loading = loading;
  }

  // React waits on a thrown thenable (Suspense); the load's failure reaches the error boundary on the retry.
  then(onSettled: () => void, onFailed?: () => void): void {
    void this.#loading.then(onSettled, onFailed ?? onSettled);
  }
}

/** One language's texts: its first-paint areas (the messages object, once they are here) and each page area. */
interface Catalogue {
  messages: Messages | null;
  firstPaint: Promise<Messages> | null;
  loaded: Partial<Messages>;
  loading: Map<PageArea, Promise<void>>;
  failed: Map<PageArea, unknown>;
}

type Listener = () => void;
const listeners = new Set<Listener>();
const catalogues = new Map<Locale, Catalogue>();
/** The page areas asked for so far: a switch brings the same ones in the new language. */
const asked = new Set<PageArea>();
let state: I18nState | null = null;
let requested: Locale | null = null;
const warned = new Set<PageArea>();

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

function catalogueFor(locale: Locale): Catalogue {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = { messages: null, firstPaint: null, loaded: {}, loading: new Map(), failed: new Map() };
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

/** The language's messages: the first-paint areas as they are, each page area read through the catalogue as it loads. */
function messagesOf(locale: Locale, catalogue: Catalogue, firstPaint: FirstPaintMessages): Messages {
  const messages = { ...firstPaint } as Messages;
  for (const area of pageAreas)
    Object.defineProperty(messages, area, {
      enumerable: false,
      get() {
        const value = catalogue.loaded[area];
        if (value !== undefined) return value;
        const failure = catalogue.failed.get(area);
        if (failure !== undefined) throw failure;
        if (!warned.has(area)) {
          warned.add(area);
          console.warn(
            `SAM Console: the "${area}" texts were read before they loaded; list the area with its page (src/app/router.tsx).`,
          );
        }
        throw new AreaNotLoadedError(area, loadArea(locale, area));
      },
    });
  return messages;
}

function loadFirstPaint(locale: Locale): Promise<Messages> {
  const catalogue = catalogueFor(locale);
  if (!catalogue.firstPaint) {
    const pending = firstPaintLoaders[locale]().then(
      (module) => {
        catalogue.messages = messagesOf(locale, catalogue, module.default);
        return catalogue.messages;
      },
      (error: unknown) => {
        // A later call (a reload of the page's error state, another switch) asks again.
        catalogue.firstPaint = null;
        throw error;
      },
    );
    catalogue.firstPaint = pending;
  }
  return catalogue.firstPaint;
}

function loadArea(locale: Locale, area: PageArea): Promise<void> {
  asked.add(area);
  const catalogue = catalogueFor(locale);
  if (catalogue.loaded[area] !== undefined) return Promise.resolve();
  let pending = catalogue.loading.get(area);
  if (!pending) {
    catalogue.failed.delete(area);
    pending = pageAreaLoaders[locale][area]().then(
      (module) => {
        // The messages object stays the same: what is already on screen read nothing of this area, so nothing
        // re-renders; a component that waited for it (suspended) renders when this settles.
        Object.assign(catalogue.loaded, { [area]: module.default });
        catalogue.loading.delete(area);
      },
      (error: unknown) => {
        catalogue.loading.delete(area);
        catalogue.failed.set(area, error);
        throw error;
      },
    );
    catalogue.loading.set(area, pending);
  }
  return pending;
}

/** The first-paint areas and `areas` of a language, fetched side by side. */
async function areasIn(locale: Locale, areas: Iterable<PageArea>): Promise<Messages> {
  const [messages] = await Promise.all([
    loadFirstPaint(locale),
    ...[...areas].map((area) => loadArea(locale, area)),
  ]);
  return messages;
}

/**
 * Loads the language's first-paint areas, the given page areas and every page area asked for so far, then makes the
 * language current: the page re-renders in it, <html lang> follows and API calls ask for it. With `remember`, the
 * choice is kept for the next visit (an explicit switch does this).
 */
export async function activateLocale(
  locale: Locale,
  { remember = false, areas = [] }: { remember?: boolean; areas?: readonly PageArea[] } = {},
): Promise<void> {
  requested = locale;
  for (const area of areas) asked.add(area);
  const messages = await areasIn(locale, asked);
  // Two quick switches: the last one asked for wins, whichever catalogue arrives first.
  if (requested !== locale) return;
  const changed = state?.locale !== locale;
  state = { locale, messages };
  if (remember) storage()?.setItem(STORAGE_KEY, locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  if (changed) for (const listener of listeners) listener();
}

/**
 * For the server's render of a page only (src/ssr): makes a language whose texts have all loaded current at once, so
 * nothing runs between the switch and the synchronous render. Answers false when its first-paint texts are not here.
 */
export function switchToLoadedLocale(locale: Locale): boolean {
  const loaded = catalogues.get(locale)?.messages;
  if (!loaded) return false;
  requested = locale;
  state = { locale, messages: loaded };
  return true;
}

/**
 * Loads page areas in the current language (the one being switched to, during a switch); settles at once when they
 * are here. A page's module is fetched with its areas (router.tsx), so it never renders without them.
 */
export function loadPageAreas(areas: readonly PageArea[]): Promise<void> {
  const locale = requested ?? currentLocale();
  const catalogue = catalogueFor(locale);
  return Promise.all(areas.map((area) => loadArea(locale, area))).then(() => {
    // A page needs the first-paint areas too; they are asked for (and awaited) before the first render anyway.
    if (!catalogue.messages) return loadFirstPaint(locale).then(() => undefined);
  });
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

/**
 * `load` (a lazy module: a page, a tab, a dialog) fetched together with the page areas it shows, so it never renders
 * before its texts and neither waits for the other: for React.lazy and for preloading on intent.
 */
export function withPageAreas<T>(load: () => Promise<T>, areas: readonly PageArea[]): () => Promise<T> {
  return () => Promise.all([load(), loadPageAreas(areas)]).then(([module]) => module);
}
