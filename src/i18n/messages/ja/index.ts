// The Japanese catalogue: the same areas and keys as the English one, checked by the type Messages.
import type { Messages } from '../messages.ts';
import common from './common.ts';
import app from './app.ts';
import session from './session.ts';
import users from './users.ts';
import authKeys from './auth-keys.ts';
import mfa from './mfa.ts';
import permissions from './permissions.ts';
import hygiene from './hygiene.ts';
import roles from './roles.ts';

export default { common, app, session, users, authKeys, mfa, permissions, hygiene, roles } satisfies Messages;
