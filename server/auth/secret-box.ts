// Encrypts secrets the server must read back (TOTP seeds) with a key kept outside the database: AES-256-GCM.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const PREFIX = 'enc1';

export interface SecretBox {
  /** Short fingerprint of the key, stored with each value so a value sealed under another key is named. */
  readonly keyId: string;
  seal(plain: string): string;
  /** The plain text of a sealed value; throws when it was sealed with another key or was altered. */
  open(sealed: string): string;
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${PREFIX}:`);
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== KEY_BYTES)
    throw new Error(`The secret key must be ${KEY_BYTES} bytes, not ${key.length}`);
  const keyId = keyIdOf(key);
  return {
    keyId,
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(keyId));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return [PREFIX, keyId, iv.toString('base64'), body.toString('base64')].join(':');
    },
    open(sealed) {
      const [prefix, id, ivText, bodyText] = sealed.split(':');
      if (prefix !== PREFIX || ivText === undefined || bodyText === undefined)
        throw new Error('The value is not sealed');
      if (id !== keyId) throw new Error(`The value was sealed with key ${id}, not the current key ${keyId}`);
      const body = Buffer.from(bodyText, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64'));
      decipher.setAAD(Buffer.from(keyId));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** A key as base64 text (the form of the key file and of SAM_SECRET_KEY). */
export function parseKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${where} must hold ${KEY_BYTES} bytes in base64`);
  return key;
}

export function newKeyText(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/** Writes a key file readable by its owner only, atomically (a crash leaves the old file or the new one). */
export function writeKeyFile(path: string, keyText: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${keyText}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}

/** The key in `path`, created (0600) with fresh random bytes on first start. */
export function loadOrCreateKeyFile(path: string): Buffer {
  if (!existsSync(path)) writeKeyFile(path, newKeyText());
  return parseKey(readFileSync(path, 'utf8'), `The key file ${path}`);
}
