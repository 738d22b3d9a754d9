// Hashing and checking passwords and AuthKey secrets (scrypt), and minting random ids and tokens.
import { hash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 64, maxmem: 64 * 1024 * 1024 };

function scryptAsync(
  secret: string,
  salt: Buffer,
  N: number,
  r: number,
  p: number,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, keyLength, { N, r, p, maxmem: SCRYPT.maxmem }, (err, key) => {
      if (err) reject(err);
      else resolve(key);
    });
  });
}

/** `scrypt$N$r$p$salt$hash`, base64; the parameters travel with the hash so they can change later. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(secret, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

// Checked against when there is no stored hash, so "no such user" takes as long as "wrong password".
let decoyHash: Promise<string> | undefined;

export async function verifySecret(secret: string, stored: string | null | undefined): Promise<boolean> {
  const target = stored ?? (await (decoyHash ??= hashSecret(randomBytes(16).toString('hex'))));
  const [scheme, n, r, p, saltText, hashText] = target.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64');
  const actual = await scryptAsync(
    secret,
    Buffer.from(saltText, 'base64'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  );
  return timingSafeEqual(actual, expected) && stored != null;
}

/** Tokens are 256 random bits, so a fast hash is enough to keep them useless if the file leaks. */
export function hashToken(token: string): string {
  // The one-shot form: on every authenticated call, and about twice as fast as a Hash object.
  return hash('sha256', token, 'hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiKey(): string {
  return `api-${randomUUID()}`;
}

export function newAuthKeyId(): string {
  return `keyId-${randomBytes(16).toString('hex')}`;
}

export function newAuthKeySecret(): string {
  return `secret-${randomBytes(32).toString('hex')}`;
}

/** `OP` + 10 digits, like Soracom's operator ids. */
export function newOperatorId(): string {
  const digits = Array.from(randomBytes(10), (b) => String(b % 10)).join('');
  return `OP${digits}`;
}
