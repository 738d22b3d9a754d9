// The language switch (header and sign-in page): one setting for the screen, <html lang> and the API's messages.
import { useId } from 'react';
import { activateLocale } from '../i18n/i18n-store.ts';
import { isLocale, localeNames, locales } from '../i18n/locales.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function LanguageSwitch({ className }: { className?: string }) {
  const id = useId();
  const { locale, messages } = useI18n();
  return (
    <div className={className ? `language-switch ${className}` : 'language-switch'}>
      <label htmlFor={id}>{messages.common.language.label}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (isLocale(next)) void activateLocale(next, { remember: true });
        }}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
