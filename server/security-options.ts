// The local API's security settings: throttling, session lifetime, audit retention and the secret key, with defaults.
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createSecretBox, loadOrCreateKeyFile, parseKey, type SecretBox } from './auth/secret-box.ts';
import { DEFAULT_TARPIT } from './auth/refusal-tarpit.ts';
import { DEFAULT_SESSION_LIFETIME_SECONDS } from './auth/sessions.ts';
import { DEFAULT_THROTTLE_LIMITS, type SignInThrottleLimits } from './auth/sign-in-throttle.ts';

export interface SecurityOptions {
  /** Growing waits after failed credential checks, per account and per client address. */
  throttle: SignInThrottleLimits;
  /** Every credential-checking request (sign-in, currentPassword) per client address and minute, failed or not. */
  attemptsPerMinutePerAddress: number;
  /** How long a 429 to a credential check is held before it is sent, in ms (0: at once); see auth/refusal-tarpit.ts. */
  refusalDelayMs: number;
  /** No session outlives its sign-in by more than this, renewed or not. */
  sessionLifetimeSeconds: number;
  /** Audit entries older than this are deleted (at start and every hour). */
  auditRetentionDays: number;
  /** The key that seals TOTP secrets (32 bytes); wins over `secretKeyFile`. */
  secretKey?: Buffer;
  /** A file holding the key in base64, created 0600 on first start when missing. */
  secretKeyFile?: string;
}

export const DEFAULT_SECURITY: SecurityOptions = {
  throttle: DEFAULT_THROTTLE_LIMITS,
  attemptsPerMinutePerAddress: 120,
  refusalDelayMs: DEFAULT_TARPIT.delayMs,
  sessionLifetimeSeconds: DEFAULT_SESSION_LIFETIME_SECONDS,
  auditRetentionDays: 90,
};

export type SecuritySettings = Partial<Omit<SecurityOptions, 'throttle'>> & {
  throttle?: {
    account?: Partial<SignInThrottleLimits['account']>;
    address?: Partial<SignInThrottleLimits['address']>;
  };
};

export function resolveSecurity(settings: SecuritySettings = {}): SecurityOptions {
  return {
    ...DEFAULT_SECURITY,
    ...settings,
    throttle: {
      account: { ...DEFAULT_SECURITY.throttle.account, ...settings.throttle?.account },
      address: { ...DEFAULT_SECURITY.throttle.address, ...settings.throttle?.address },
    },
  };
}

/** Where the key file goes when none is named: beside the database file, never inside it. */
export function defaultKeyFile(dbPath: string): string {
  return join(dirname(dbPath), 'sam-secret.key');
}

/**
 * The secret box for a database: the given key, else the key file (named, or beside a database
 * file), else, for a database in memory, a random key that lives as long as the process.
 */
export function secretBoxFor(security: SecurityOptions, dbPath: string | undefined): SecretBox {
  if (security.secretKey) return createSecretBox(security.secretKey);
  const file =
    security.secretKeyFile ?? (dbPath && dbPath !== ':memory:' ? defaultKeyFile(dbPath) : undefined);
  return createSecretBox(file ? loadOrCreateKeyFile(file) : randomBytes(32));
}

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not '${raw}'`);
  return value;
}

function nonNegative(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, 0 or more, not '${raw}'`);
  return value;
}

/** The settings the environment asks for (docs/local-api.md lists the variables). */
export function securityFromEnv(env: Env): SecuritySettings {
  const defined = <T extends object>(value: T): Partial<T> =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
  return defined({
    secretKey: env.SAM_SECRET_KEY ? parseKey(env.SAM_SECRET_KEY, 'SAM_SECRET_KEY') : undefined,
    secretKeyFile: env.SAM_SECRET_KEY_FILE || undefined,
    sessionLifetimeSeconds: positive(env, 'SAM_SESSION_LIFETIME_SECONDS'),
    auditRetentionDays: positive(env, 'SAM_AUDIT_RETENTION_DAYS'),
    attemptsPerMinutePerAddress: positive(env, 'SAM_SIGNIN_ATTEMPTS_PER_MINUTE'),
    refusalDelayMs: nonNegative(env, 'SAM_SIGNIN_REFUSAL_DELAY_MS'),
    throttle: {
      account: defined({
        freeFailures: positive(env, 'SAM_SIGNIN_FREE_FAILURES'),
        maxFailuresPerWindow: positive(env, 'SAM_SIGNIN_MAX_FAILURES_PER_HOUR'),
        maxDelaySeconds: positive(env, 'SAM_SIGNIN_MAX_DELAY_SECONDS'),
      }),
      address: defined({
        freeFailures: positive(env, 'SAM_SIGNIN_ADDRESS_FREE_FAILURES'),
        maxFailuresPerWindow: positive(env, 'SAM_SIGNIN_ADDRESS_MAX_FAILURES_PER_HOUR'),
        maxDelaySeconds: positive(env, 'SAM_SIGNIN_MAX_DELAY_SECONDS'),
      }),
    },
  });
}
