// The English catalogue, one module per feature area so that people adding texts in parallel do not collide. The
// browser loads the first-paint areas before any page, and each other area with the pages that show it.
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
};
