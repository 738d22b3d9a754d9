// The English catalogue, one module per feature area so that people adding texts in parallel do not collide.
import common from './common.ts';
import app from './app.ts';
import session from './session.ts';
import users from './users.ts';
import authKeys from './auth-keys.ts';
import mfa from './mfa.ts';
import permissions from './permissions.ts';
import hygiene from './hygiene.ts';
import roles from './roles.ts';

export default { common, app, session, users, authKeys, mfa, permissions, hygiene, roles };
