// The areas only the signed-in pages show: loaded with the first of them (after the first paint of /sign-in).
import users from './users.ts';
import authKeys from './auth-keys.ts';
import mfa from './mfa.ts';
import permissions from './permissions.ts';
import hygiene from './hygiene.ts';
import roles from './roles.ts';
import forms from './forms.ts';

export default { users, authKeys, mfa, permissions, hygiene, roles, forms };
