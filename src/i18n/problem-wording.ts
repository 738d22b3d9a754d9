// The permission engine's problems in the console's language, fetched with the editors that show them.
//
// English is the engine's own table (it builds the API's `message`, so it comes with the engine). The
// Japanese table is about 4 KB gzip that only the permission and trust-policy editors need: it is not in
// the catalogue every signed-in page waits for, and an English reader never downloads it.
import { use } from 'react';
import type { DiagnosticProblemWording } from '../permissions/index.ts';
import { englishDiagnosticProblems } from '../permissions/problem-messages.ts';
import { currentLocale } from './i18n-store.ts';
import type { Locale } from './locales.ts';
import { useI18n } from './use-i18n.ts';

const loaders: Record<Locale, () => Promise<DiagnosticProblemWording>> = {
  en: () => Promise.resolve(englishDiagnosticProblems),
  ja: () => import('../permissions/problem-messages-ja.ts').then((module) => module.problems),
};

const loaded = new Map<Locale, Promise<DiagnosticProblemWording>>();
const settled = new Map<Locale, DiagnosticProblemWording>([['en', englishDiagnosticProblems]]);

/** Starts fetching a language's wording (once). */
export function loadProblemWording(locale: Locale): Promise<DiagnosticProblemWording> {
  let pending = loaded.get(locale);
  if (!pending) {
    const fetched = loaders[locale]().then((wording) => {
      settled.set(locale, wording);
      return wording;
    });
    // Marked as React's use() reads a settled promise, so once here no render waits for it again.
    void fetched.then((value) => Object.assign(fetched, { status: 'fulfilled', value }));
    pending = fetched;
    loaded.set(locale, pending);
  }
  return pending;
}

/** The wording in the current language; suspends (to the nearest Suspense) until it has arrived. */
export function useProblemWording(): DiagnosticProblemWording {
  return use(loadProblemWording(useI18n().locale));
}

/**
 * The wording for code outside React (an editor's lint callback), in the current language once it has
 * arrived. Components that show such callbacks' output call useProblemWording() first, so by then it has.
 */
export function problemWording(): DiagnosticProblemWording {
  const locale = currentLocale();
  void loadProblemWording(locale);
  return settled.get(locale) ?? englishDiagnosticProblems;
}
