// サインイン後のページだけが使う分野: その最初のページと一緒に (/sign-in では最初の描画の後に) 読み込みます。
import type { SignedInMessages } from '../messages.ts';
import users from './users.ts';
import authKeys from './auth-keys.ts';
import mfa from './mfa.ts';
import permissions from './permissions.ts';
import hygiene from './hygiene.ts';
import roles from './roles.ts';
import forms from './forms.ts';

export default { users, authKeys, mfa, permissions, hygiene, roles, forms } satisfies SignedInMessages;
