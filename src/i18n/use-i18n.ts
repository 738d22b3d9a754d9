// React's view of the language store: components re-render in the new language when it changes.
import { useSyncExternalStore } from 'react';
import { i18nState, subscribeI18n, type I18nState } from './i18n-store.ts';
import { bindFormat, type Format } from './format.ts';

export function useI18n(): I18nState {
  return useSyncExternalStore(subscribeI18n, i18nState, i18nState);
}

/** The current catalogue: `const m = useMessages(); m.app.nav.users`. */
export function useMessages() {
  return useI18n().messages;
}

/** Date, time, relative-time and number formatting in the current language. */
export function useFormat(): Format {
  const { locale, messages } = useI18n();
  return bindFormat(locale, messages.common.time);
}
