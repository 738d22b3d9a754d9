// Adds the DOM matchers to expect and loads the English catalogue; component tests opt into jsdom with a file comment.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { activateLocale, currentLocale } from '../i18n/i18n-store.ts';

// Tests read the screen in English unless they switch language themselves; a test that does is put back.
await activateLocale('en');
afterEach(async () => {
  if (currentLocale() !== 'en') await activateLocale('en');
});
