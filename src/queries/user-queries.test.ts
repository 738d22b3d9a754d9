// invalidateUser(s): what one change to a user marks stale (the user, everything under it, the list) and what not.
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { userKeys } from './query-keys.ts';
import { invalidateUser, invalidateUsers } from './user-queries.ts';

function clientWith(...keys: (readonly unknown[])[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const key of keys) client.setQueryData(key, {});
  return client;
}

const stale = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

describe('invalidateUser', () => {
  it('marks the user, every query under it and the list stale, and leaves other users alone', async () => {
    const client = clientWith(
      userKeys.list(),
      userKeys.detail('alice'),
      userKeys.mfa('alice'),
      userKeys.authKeys('alice'),
      userKeys.detail('bob'),
      userKeys.defaultPermissions(),
    );
    await invalidateUser(client, 'alice');
    expect(stale(client, userKeys.detail('alice'))).toBe(true);
    expect(stale(client, userKeys.mfa('alice'))).toBe(true);
    expect(stale(client, userKeys.authKeys('alice'))).toBe(true);
    expect(stale(client, userKeys.list())).toBe(true);
    expect(stale(client, userKeys.detail('bob'))).toBe(false);
    expect(stale(client, userKeys.defaultPermissions())).toBe(false);
  });
});

describe('invalidateUsers', () => {
  it('marks each user named and the list stale, and no one else', async () => {
    const client = clientWith(
      userKeys.list(),
      userKeys.detail('alice'),
      userKeys.detail('bob'),
      userKeys.detail('carol'),
    );
    await invalidateUsers(client, ['alice', 'bob']);
    expect(stale(client, userKeys.detail('alice'))).toBe(true);
    expect(stale(client, userKeys.detail('bob'))).toBe(true);
    expect(stale(client, userKeys.list())).toBe(true);
    expect(stale(client, userKeys.detail('carol'))).toBe(false);
  });
});
