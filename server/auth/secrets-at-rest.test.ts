// TOTP secrets sealed with a key kept outside the database; the key file and database files readable by their owner only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openDatabase } from '../store/database.ts';
import { createSamStore } from '../store/sam-store.ts';
import { resealStoredSecrets } from '../store/secret-migration.ts';
import { DEMO_MFA_SECRET } from '../store/seed.ts';
import { createSecretBox, loadOrCreateKeyFile, newKeyText, parseKey } from './secret-box.ts';
import { currentTotp } from './totp.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sam-secrets-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const seed = { email: 'root@secrets.test', password: 'root-password-1', demoUsers: true };
const mode = (path: string) => statSync(path).mode & 0o777;

/** Every text cell of every table, to look for a secret in clear anywhere in the file. */
function allText(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    return tables
      .flatMap(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[])
      .flatMap((row) => Object.values(row).map(String))
      .join('\n');
  } finally {
    db.close();
  }
}

describe('TOTP secrets', () => {
  it('are not in the database in clear, and MFA sign-in still works after a restart', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'sam.db');
    const first = await buildApp({ dbPath, seed });
    const operatorId = first.samSeedOperatorId;
    // A fresh enrolment too, not only the seed's.
    const root = (
      await first.inject({
        method: 'POST',
        url: '/v1/auth',
        payload: { email: seed.email, password: seed.password },
      })
    ).json<{ apiKey: string; token: string }>();
    const enrol = await first.inject({
      method: 'POST',
      url: `/v1/operators/${operatorId}/users/dave-new/mfa`,
      headers: { 'x-soracom-api-key': root.apiKey, 'x-soracom-token': root.token },
    });
    const freshSecret = new URL(enrol.json<{ totpUri: string }>().totpUri).searchParams.get('secret') ?? '';
    expect(freshSecret).toMatch(/^[A-Z2-7]{32}$/);
    await first.close();

    const text = allText(dbPath);
    expect(text).not.toContain(DEMO_MFA_SECRET);
    expect(text).not.toContain(freshSecret);
    expect(text).toMatch(/enc1:/);
    expect(readFileSync(join(dir, 'sam-secret.key'), 'utf8')).not.toContain(DEMO_MFA_SECRET);

    const again = await buildApp({ dbPath, seed });
    const res = await again.inject({
      method: 'POST',
      url: '/v1/auth',
      payload: {
        operatorId,
        userName: 'alice-admin',
        password: 'demo-user-password',
        mfaOTPCode: currentTotp(DEMO_MFA_SECRET, new Date()),
      },
    });
    expect(res.statusCode).toBe(200);
    await again.close();
  });

  it('left in clear by an older server are sealed at start', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'sam.db'));
    db.prepare(
      "INSERT INTO operators (operator_id, email, password_hash, default_permissions, create_time) VALUES ('OP1', 'a@b', 'x', '{}', 0)",
    ).run();
    db.prepare(
      "INSERT INTO users (operator_id, user_name, mfa_status, mfa_secret, create_time, update_time) VALUES ('OP1', 'u', 'ACTIVE', ?, 0, 0)",
    ).run(DEMO_MFA_SECRET);
    const store = createSamStore(db, createSecretBox(parseKey(newKeyText(), 'test key')));
    const stored = db.prepare<[], { mfa_secret: string }>('SELECT mfa_secret FROM users').get();
    expect(stored?.mfa_secret).toMatch(/^enc1:/);
    expect(store.users.get('OP1', 'u')?.mfa_secret).toBe(DEMO_MFA_SECRET);
    db.close();
  });

  it('refuse to start with the wrong key, naming the reason', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'sam.db');
    await (await buildApp({ dbPath, seed })).close();
    await expect(buildApp({ dbPath, seed, security: { secretKey: Buffer.alloc(32, 7) } })).rejects.toThrow(
      /does not open with the secret key/,
    );
  });

  it('move to a new key with resealStoredSecrets (the rotation step)', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'sam.db'));
    const oldBox = createSecretBox(Buffer.alloc(32, 1));
    const newBox = createSecretBox(Buffer.alloc(32, 2));
    const store = createSamStore(db, oldBox);
    store.operators.insert({
      operator_id: 'OP1',
      email: 'a@b',
      password_hash: 'x',
      default_permissions: '{}',
      create_time: 0,
    });
    store.users.create('OP1', 'u', '', 0, 10);
    store.users.setMfa('OP1', 'u', 'ACTIVE', DEMO_MFA_SECRET, null, 0);
    expect(resealStoredSecrets(db, oldBox, newBox)).toBe(1);
    expect(createSamStore(db, newBox).users.get('OP1', 'u')?.mfa_secret).toBe(DEMO_MFA_SECRET);
    expect(() => createSamStore(db, oldBox)).toThrow(/does not open/);
    db.close();
  });
});

describe('server/rotate-secret-key.ts', () => {
  it('re-seals every secret under a new key file, keeps the old as .previous, and MFA sign-in works after', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'sam.db');
    const keyFile = join(dir, 'sam-secret.key');
    const first = await buildApp({ dbPath, seed });
    const operatorId = first.samSeedOperatorId;
    await first.close();
    const oldKey = readFileSync(keyFile, 'utf8');

    execFileSync(process.execPath, ['--import', 'tsx', 'server/rotate-secret-key.ts'], {
      env: { ...process.env, SAM_DB: dbPath, SAM_SECRET_KEY_FILE: '' },
      stdio: 'pipe',
    });
    expect(readFileSync(`${keyFile}.previous`, 'utf8')).toBe(oldKey);
    expect(readFileSync(keyFile, 'utf8')).not.toBe(oldKey);
    expect(mode(keyFile)).toBe(0o600);
    expect(allText(dbPath)).not.toContain(DEMO_MFA_SECRET);

    const again = await buildApp({ dbPath, seed });
    const res = await again.inject({
      method: 'POST',
      url: '/v1/auth',
      payload: {
        operatorId,
        userName: 'alice-admin',
        password: 'demo-user-password',
        mfaOTPCode: currentTotp(DEMO_MFA_SECRET, new Date()),
      },
    });
    expect(res.statusCode).toBe(200);
    await again.close();
  }, 90_000);
});

describe('files on disk', () => {
  it('the key file is created 0600 on first start, and a named path is used', async () => {
    const dir = tempDir();
    const keyFile = join(dir, 'keys', 'totp.key');
    const app = await buildApp({ dbPath: join(dir, 'sam.db'), seed, security: { secretKeyFile: keyFile } });
    await app.close();
    expect(existsSync(keyFile)).toBe(true);
    expect(mode(keyFile)).toBe(0o600);
    expect(existsSync(join(dir, 'sam-secret.key'))).toBe(false);
    expect(loadOrCreateKeyFile(keyFile)).toHaveLength(32);
  });

  it('the database, -wal and -shm files are 0600', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'sam.db');
    const app = await buildApp({ dbPath, seed });
    // While open, all three exist.
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
      expect(existsSync(file), file).toBe(true);
      expect(mode(file), file).toBe(0o600);
    }
    await app.close();
  });
});
