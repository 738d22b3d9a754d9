// Queries and mutations of SAM users and their console password; keys come from the shared userKeys hierarchy.
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createUser,
  createUserPassword,
  deleteUser,
  deleteUserPassword,
  getUser,
  getUserMFAStatus,
  hasUserPassword,
  listUsers,
  updateUser,
  updateUserPassword,
  type UserDetail,
} from '../../api/operations.ts';
import { userKeys } from '../../api/query-keys.ts';
import { limitConcurrency } from './limit-concurrency.ts';

export const usersListOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: listUsers });

export const userDetailOptions = (userName: string) =>
  queryOptions({ queryKey: userKeys.detail(userName), queryFn: () => getUser({ userName }) });

export const userPasswordOptions = (userName: string) =>
  queryOptions({ queryKey: userKeys.password(userName), queryFn: () => hasUserPassword({ userName }) });

// Six at a time: a page of 50 users fills in quickly without queueing the browser's other requests behind it.
const mfaGate = limitConcurrency(6);

/** The same key (and answer shape) as the MFA tab's status query, so either one refreshes the other. */
export const userMfaStatusOptions = (userName: string) =>
  queryOptions({
    queryKey: userKeys.mfa(userName),
    // The signal drops statuses still queued when the list is left (React Query aborts unobserved fetches).
    queryFn: ({ signal }) => mfaGate(() => getUserMFAStatus({ userName }), signal),
    staleTime: 60_000,
  });

function replaceInList(client: QueryClient, user: UserDetail) {
  client.setQueryData(usersListOptions().queryKey, (list) => {
    if (!list) return list;
    const others = list.filter((item) => item.userName !== user.userName);
    return [...others, user].sort((a, b) => a.userName.localeCompare(b.userName));
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userName: string; description: string }) =>
      createUser({
        userName: input.userName,
        ...(input.description ? { description: input.description } : {}),
      }),
    meta: {
      successMessage: (_data, variables) => `User ${(variables as { userName: string }).userName} created.`,
      errorShownInForm: true,
    },
    onSuccess: async (user) => {
      // The answer is the stored user: show it at once, then reconcile the list with the server.
      client.setQueryData(userDetailOptions(user.userName).queryKey, user);
      replaceInList(client, user);
      await client.invalidateQueries({ queryKey: usersListOptions().queryKey });
    },
  });
}

export function useUpdateUser(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (description: string) => updateUser({ userName, description }),
    meta: { successMessage: 'Description saved.', errorShownInForm: true },
    onSuccess: (user, description) => {
      if (user) {
        // The user as stored (answered, or read back when the answer had no body): no refetch needed.
        client.setQueryData(userDetailOptions(userName).queryKey, user);
        replaceInList(client, user);
        return;
      }
      // Nothing to read back: show what was sent.
      const sent = (previous: UserDetail | undefined) => previous && { ...previous, description };
      client.setQueryData(userDetailOptions(userName).queryKey, sent);
      client.setQueryData(usersListOptions().queryKey, (list) =>
        list?.map((item) => (item.userName === userName ? { ...item, description } : item)),
      );
    },
  });
}

export function useDeleteUser(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUser({ userName }),
    meta: { successMessage: `User ${userName} deleted.` },
    onSuccess: async () => {
      client.setQueryData(usersListOptions().queryKey, (list) =>
        list?.filter((item) => item.userName !== userName),
      );
      await client.cancelQueries({ queryKey: userDetailOptions(userName).queryKey });
      client.removeQueries({ queryKey: userDetailOptions(userName).queryKey });
      await client.invalidateQueries({ queryKey: usersListOptions().queryKey });
    },
  });
}

/** After any password change: the password answer, the user (hasPassword, updateDateTime) and the list all move. */
async function refreshAfterPasswordChange(client: QueryClient, userName: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: userDetailOptions(userName).queryKey }),
    client.invalidateQueries({ queryKey: usersListOptions().queryKey }),
  ]);
}

export function useCreateUserPassword(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => createUserPassword({ userName, password }),
    // A password in the variables: it leaves the mutation cache with the form.
    gcTime: 0,
    meta: { successMessage: 'Console password set.', errorShownInForm: true },
    onSuccess: async () => {
      client.setQueryData(userPasswordOptions(userName).queryKey, { hasPassword: true });
      await refreshAfterPasswordChange(client, userName);
    },
  });
}

export function useUpdateUserPassword(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      updateUserPassword({ userName, ...input }),
    // Passwords in the variables: they leave the mutation cache with the form.
    gcTime: 0,
    meta: { successMessage: 'Console password changed.', errorShownInForm: true },
    onSuccess: () => refreshAfterPasswordChange(client, userName),
  });
}

export function useDeleteUserPassword(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUserPassword({ userName }),
    meta: { successMessage: 'Console password removed.' },
    onSuccess: async () => {
      client.setQueryData(userPasswordOptions(userName).queryKey, { hasPassword: false });
      await refreshAfterPasswordChange(client, userName);
    },
  });
}
