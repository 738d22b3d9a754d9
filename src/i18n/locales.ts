// The languages the console speaks, and how the first choice is made from the browser's preferences.
export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, for the language switch (the same in every catalogue, so kept out of them). */
export const localeNames: Record<Locale, string> = { en: 'English', ja: '日本語' };

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ja';
}

/** The first of the browser's languages we speak ("ja-JP" counts as ja); English when none is. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
