// Where each page area of each language is fetched from: one chunk per area and language, so a page downloads the
// texts it shows and a Japanese screen never the English ones. A new area is a type error here until both are listed.
import type { Locale } from './locales.ts';
import type { Messages, PageArea } from './messages/messages.ts';

type Loaders = { [A in PageArea]: () => Promise<{ default: Messages[A] }> };

export const pageAreaLoaders: Record<Locale, Loaders> = {
  en: {
    signIn: () => import('./messages/en/sign-in.ts'),
    users: () => import('./messages/en/users.ts'),
    userList: () => import('./messages/en/user-list.ts'),
    authKeys: () => import('./messages/en/auth-keys.ts'),
    mfa: () => import('./messages/en/mfa.ts'),
    permissions: () => import('./messages/en/permissions.ts'),
    hygiene: () => import('./messages/en/hygiene.ts'),
    bulk: () => import('./messages/en/bulk.ts'),
    roles: () => import('./messages/en/roles.ts'),
    forms: () => import('./messages/en/forms.ts'),
  },
  ja: {
    signIn: () => import('./messages/ja/sign-in.ts'),
    users: () => import('./messages/ja/users.ts'),
    userList: () => import('./messages/ja/user-list.ts'),
    authKeys: () => import('./messages/ja/auth-keys.ts'),
    mfa: () => import('./messages/ja/mfa.ts'),
    permissions: () => import('./messages/ja/permissions.ts'),
    hygiene: () => import('./messages/ja/hygiene.ts'),
    bulk: () => import('./messages/ja/bulk.ts'),
    roles: () => import('./messages/ja/roles.ts'),
    forms: () => import('./messages/ja/forms.ts'),
  },
};
