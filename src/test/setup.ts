// Adds the DOM matchers to expect, loads the English catalogue and gives findBy*/waitFor room; component tests opt
// into jsdom with a file comment.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { configure } from '@testing-library/react';
import { activateLocale, currentLocale } from '../i18n/i18n-store.ts';
import { pageAreas } from '../i18n/messages/messages.ts';

// findBy* and waitFor stop as soon as the page shows what they wait for; their limit only says when to give up. The
// default second was missed on a 2-core machine busy with another build, so give up only well past any real delay
// (well inside the test timeout of vitest.config.ts).
configure({ asyncUtilTimeout: 10_000 });

// Tests read the screen in English unless they switch language themselves; a test that does is put back. Every
// area is loaded: a component test renders a page without the router that would fetch its areas with it.
await activateLocale('en', { areas: pageAreas });
afterEach(async () => {
  if (currentLocale() !== 'en') await activateLocale('en');
});
