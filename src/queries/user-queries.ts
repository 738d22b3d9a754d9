// The user queries several features read (the list, a user, their MFA status) and invalidateUser(), the one refresh
// every change to a user ends with. Features import these; none defines them again.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getUser, getUserMFAStatus, listUsers } from '../api/operations.ts';
import { limitConcurrency } from '../lib/limit-concurrency.ts';
import { userKeys } from './query-keys.ts';

export const usersListOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: listUsers });

export const userDetailOptions = (userName: string) =>
  queryOptions({ queryKey: userKeys.detail(userName), queryFn: () => getUser({ userName }) });

// Six at a time: a page of 50 users fills in quickly without queueing the browser's other requests behind it.
const mfaGate = limitConcurrency(6);

/** A user's MFA status: the list's column and the MFA tab read the same entry, so a change in one shows in the other. */
export const userMfaStatusOptions = (userName: string) =>
  queryOptions({
    queryKey: userKeys.mfa(userName),
    // The signal drops statuses still queued when the list is left (React Query aborts unobserved fetches).
    queryFn: ({ signal }) => mfaGate(() => getUserMFAStatus({ userName }), signal),
  });

/**
 * After any change to a user (description, password, AuthKeys, MFA, permission): the server moves the user's
 * updateDateTime and what changed, so the user (with every query hanging under it: password, MFA, keys, permission)
 * and the list (its Updated column, key counts, each user's permission) are refetched. Awaited, so a mutation's
 * pending state lasts until the page shows the new answers.
 */
export async function invalidateUser(queryClient: QueryClient, userName: string): Promise<void> {
  await invalidateUsers(queryClient, [userName]);
}

/** invalidateUser for many users at once (a bulk action): each user, and the list only once. */
export async function invalidateUsers(queryClient: QueryClient, userNames: readonly string[]): Promise<void> {
  await Promise.all([
    ...userNames.map((userName) =>
      queryClient.invalidateQueries({ queryKey: userDetailOptions(userName).queryKey }),
    ),
    // Once: N refetches of the list would cancel one another.
    queryClient.invalidateQueries({ queryKey: usersListOptions().queryKey }),
  ]);
}
