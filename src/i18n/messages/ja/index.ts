// The Japanese catalogue: the same areas and keys as the English one, checked by the type Messages.
import type { Messages } from '../messages.ts';
import firstPaint from './first-paint.ts';
import signIn from './sign-in.ts';
import users from './users.ts';
import userList from './user-list.ts';
import authKeys from './auth-keys.ts';
import mfa from './mfa.ts';
import permissions from './permissions.ts';
import hygiene from './hygiene.ts';
import bulk from './bulk.ts';
import roles from './roles.ts';
import forms from './forms.ts';

export default {
  ...firstPaint,
  signIn,
  users,
  userList,
  authKeys,
  mfa,
  permissions,
  hygiene,
  bulk,
  roles,
  forms,
} satisfies Messages;
