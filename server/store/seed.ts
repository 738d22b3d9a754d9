// Seeds an empty database: the demo operator (root user) and, unless turned off, demo SAM users.
import { hashSecret, newOperatorId } from '../auth/credentials.ts';
import { unixSeconds } from '../auth/sessions.ts';
import { EMPTY_PERMISSIONS } from './operators-store.ts';
import type { SamStore } from './sam-store.ts';

export const DEFAULT_SEED_EMAIL = 'demo@sam-console.local';
export const DEFAULT_SEED_PASSWORD = 'demo-password-2026';
/** Every demo SAM user that has a password has this one. */
export const DEMO_USER_PASSWORD = 'demo-user-password';
/** The TOTP secret of `alice-admin`, whose MFA is ACTIVE; add it to an authenticator to sign in as her. */
export const DEMO_MFA_SECRET = 'KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD';
/** An AuthKey of `ci-deployer` whose secret is known, so scripts can try AuthKey sign-in. */
export const DEMO_AUTH_KEY = {
  authKeyId: `keyId-${'demo'.padEnd(32, '0')}`,
  authKey: `secret-${'demo-ci-deployer'.padEnd(64, '0')}`,
};

export interface SeedOptions {
  email: string;
  password: string;
  /** Also create the demo SAM users (the console shows something at once); tests often turn it off. */
  demoUsers: boolean;
  now: Date;
}

// Every user may read themselves and what they may do (their permission and the defaults), so the console can show
// them only the actions they may take, whatever their own permission grants.
const DEMO_DEFAULT_PERMISSIONS = JSON.stringify({
  statements: [
    {
      effect: 'allow',
      api: ['User:getUser', 'User:getUserMFAStatus', 'User:getUserPermission', 'Role:listUserRoles'],
      condition: "pathVariable('user_name') == samUserName",
    },
    { effect: 'allow', api: 'User:getDefaultPermissions' },
  ],
});

interface DemoUser {
  userName: string;
  description: string;
  password: boolean;
  permission?: object;
  mfa?: 'ACTIVE' | 'UNCONFIRMED';
  authKeys?: number;
}

const DEMO_USERS: DemoUser[] = [
  {
    userName: 'alice-admin',
    description: 'Administrator: may call every API. MFA is on.',
    password: true,
    permission: { statements: [{ effect: 'allow', api: '*' }] },
    mfa: 'ACTIVE',
  },
  {
    userName: 'bob-viewer',
    description: 'Read-only: may list and read SAM users.',
    password: true,
    permission: { statements: [{ effect: 'allow', api: ['User:listUsers', 'User:get*', 'User:list*'] }] },
  },
  {
    userName: 'carol-self-service',
    description: 'May change her own password only. MFA enrolment started but not confirmed.',
    password: true,
    permission: {
      statements: [
        {
          effect: 'allow',
          api: 'User:updateUserPassword',
          condition: "pathVariable('user_name') == samUserName",
        },
      ],
    },
    mfa: 'UNCONFIRMED',
  },
  {
    userName: 'ci-deployer',
    description: 'CI robot: no password, signs in with AuthKeys from the office network.',
    password: false,
    permission: {
      statements: [
        { effect: 'allow', api: ['Sim:*', 'Subscriber:list*'], condition: "ipAddress('10.0.0.0/8')" },
        { effect: 'deny', api: 'Sim:terminateSim' },
      ],
    },
    authKeys: 1,
  },
  { userName: 'dave-new', description: 'Just created: no password, no permission yet.', password: false },
];

export async function seedOperator(
  store: SamStore,
  options: { email: string; password: string; now: Date; defaultPermissions?: string },
): Promise<string> {
  const operatorId = newOperatorId();
  store.operators.insert({
    operator_id: operatorId,
    email: options.email,
    password_hash: await hashSecret(options.password),
    default_permissions: options.defaultPermissions ?? EMPTY_PERMISSIONS,
    create_time: unixSeconds(options.now),
  });
  return operatorId;
}

async function seedDemoUsers(store: SamStore, operatorId: string, now: Date): Promise<void> {
  const time = unixSeconds(now);
  const passwordHash = await hashSecret(DEMO_USER_PASSWORD);
  const keyHash = await hashSecret(DEMO_AUTH_KEY.authKey);
  store.db.transaction(() => {
    store.operators.setDefaultPermissions(operatorId, DEMO_DEFAULT_PERMISSIONS);
    for (const user of DEMO_USERS) {
      store.users.create(operatorId, user.userName, user.description, time, Number.MAX_SAFE_INTEGER);
      if (user.password) store.users.setPasswordHash(operatorId, user.userName, passwordHash, time);
      if (user.permission)
        store.users.setPermission(operatorId, user.userName, JSON.stringify(user.permission), time);
      if (user.mfa) store.users.setMfa(operatorId, user.userName, user.mfa, DEMO_MFA_SECRET, null, time);
      if (user.authKeys) {
        store.users.insertAuthKey({
          auth_key_id: DEMO_AUTH_KEY.authKeyId,
          operator_id: operatorId,
          user_name: user.userName,
          secret_hash: keyHash,
          create_time: time,
        });
      }
    }
  })();
}

/** Seeds only when the database has no operator; answers the new operator's id, or null. */
export async function seedIfEmpty(store: SamStore, options: SeedOptions): Promise<string | null> {
  if (store.operators.count() > 0) return null;
  const operatorId = await seedOperator(store, options);
  if (options.demoUsers) await seedDemoUsers(store, operatorId, options.now);
  return operatorId;
}
