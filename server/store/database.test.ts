// The SQLite file: created with its folder, migrated, durable across a restart.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openDatabase, SCHEMA_VERSION } from './database.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sam-storage-'));
  dirs.push(dir);
  return dir;
}
const seed = { email: 'root@example.com', password: 'root-password', demoUsers: false };

describe('the database file', () => {
  it('is created with its folder, in WAL mode, FULL sync, at the latest schema version', () => {
    const path = join(tempDir(), 'nested', 'deeper', 'sam.db');
    const db = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    // Opening again applies nothing twice.
    const again = openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a database from a newer server', () => {
    const path = join(tempDir(), 'sam.db');
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer than this server/);
  });

  it('keeps what was written across a restart, and seeds only once', async () => {
    const dbPath = join(tempDir(), 'sam.db');
    const first = await buildApp({ dbPath, seed });
    const operatorId = first.samSeedOperatorId;
    const login = async (app: typeof first) => {
      const body = (
        await app.inject({
          method: 'POST',
          url: '/v1/auth',
          payload: { email: seed.email, password: seed.password },
        })
      ).json();
      return { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
    };
    const headers = await login(first);
    const base = `/v1/operators/${operatorId}/users`;
    expect(
      (
        await first.inject({
          method: 'POST',
          url: `${base}/kept`,
          headers,
          payload: { description: 'survives' },
        })
      ).statusCode,
    ).toBe(201);
    const key = (await first.inject({ method: 'POST', url: `${base}/kept/auth_keys`, headers })).json();
    await first.close();

    const second = await buildApp({ dbPath, seed });
    expect(second.samSeedOperatorId).toBe(operatorId);
    // The session from before the restart is still live.
    const user = await second.inject({ method: 'GET', url: `${base}/kept`, headers });
    expect(user.statusCode).toBe(200);
    expect(user.json()).toMatchObject({
      userName: 'kept',
      description: 'survives',
      authKeyList: [{ authKeyId: key.authKeyId }],
    });
    const bySecret = await second.inject({
      method: 'POST',
      url: '/v1/auth',
      payload: { authKeyId: key.authKeyId, authKey: key.authKey },
    });
    expect(bySecret.statusCode).toBe(200);
    const list = await second.inject({ method: 'GET', url: base, headers: await login(second) });
    expect(list.json()).toHaveLength(1);
    await second.close();
  });

  it('seeds demo users in varied states when asked', async () => {
    const app = await buildApp({ dbPath: join(tempDir(), 'sam.db'), seed: { ...seed, demoUsers: true } });
    const body = (
      await app.inject({
        method: 'POST',
        url: '/v1/auth',
        payload: { email: seed.email, password: seed.password },
      })
    ).json();
    const headers = { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
    const users = (
      await app.inject({ method: 'GET', url: `/v1/operators/${body.operatorId}/users`, headers })
    ).json();
    expect(users.length).toBeGreaterThanOrEqual(4);
    const withPassword = users.filter((u: { hasPassword: boolean }) => u.hasPassword);
    expect(withPassword.length).toBeGreaterThan(0);
    expect(withPassword.length).toBeLessThan(users.length);
    expect(users.some((u: { authKeyList: unknown[] }) => u.authKeyList.length > 0)).toBe(true);
    expect(users.some((u: { permission?: string }) => u.permission !== undefined)).toBe(true);
    const statuses = await Promise.all(
      users.map(
        async (u: { userName: string }) =>
          (
            await app.inject({
              method: 'GET',
              url: `/v1/operators/${body.operatorId}/users/${u.userName}/mfa`,
              headers,
            })
          ).json().status,
      ),
    );
    expect(statuses).toContain('ACTIVE');
    await app.close();
  });
});
