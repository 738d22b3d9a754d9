// The audit views' texts, fetched with them in the current language only: they stay out of the catalogue every page waits for.
import { use } from 'react';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Locale } from '../../i18n/locales.ts';

export type AuditMessages = typeof import('../../i18n/messages/en/audit.ts').default;

const loaders: Record<Locale, () => Promise<{ default: AuditMessages }>> = {
  en: () => import('../../i18n/messages/en/audit.ts'),
  ja: () => import('../../i18n/messages/ja/audit.ts'),
};

const loaded = new Map<Locale, Promise<AuditMessages>>();

/** Starts fetching a language's audit texts (once), e.g. before the page needs them. */
export function loadAuditMessages(locale: Locale): Promise<AuditMessages> {
  let pending = loaded.get(locale);
  if (!pending) {
    const fetched = loaders[locale]().then((module) => module.default);
    // Marked as React's use() reads a settled promise, so once the texts are here no render waits for them again.
    void fetched.then((value) => Object.assign(fetched, { status: 'fulfilled', value }));
    pending = fetched;
    loaded.set(locale, pending);
  }
  return pending;
}

/** The audit texts in the current language; suspends (to the nearest Suspense) until they have arrived. */
export function useAuditMessages(): AuditMessages {
  return use(loadAuditMessages(useI18n().locale));
}
