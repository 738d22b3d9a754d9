// Mutations of SAM users and their console password, and the password query; the user and list queries are shared
// (src/queries/user-queries.ts).
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  createUser,
  createUserPassword,
  deleteUser,
  deleteUserPassword,
  hasUserPassword,
  updateUser,
  updateUserPassword,
  type UserDetail,
} from '../../api/operations.ts';
import { userKeys } from '../../queries/query-keys.ts';
import { invalidateUser, userDetailOptions, usersListOptions } from '../../queries/user-queries.ts';
import { messages } from '../../i18n/i18n-store.ts';

export const userPasswordOptions = (userName: string) =>
  queryOptions({ queryKey: userKeys.password(userName), queryFn: () => hasUserPassword({ userName }) });

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
      successMessage: (_data, variables) =>
        messages().users.toasts.created({ userName: (variables as { userName: string }).userName }),
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
    meta: { successMessage: () => messages().users.toasts.descriptionSaved, errorShownInForm: true },
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
    // The confirmation shows a failure itself.
    meta: { successMessage: () => messages().users.toasts.deleted({ userName }), errorShownInForm: true },
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

export function useCreateUserPassword(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => createUserPassword({ userName, password }),
    // A password in the variables: it leaves the mutation cache with the form.
    gcTime: 0,
    meta: { successMessage: () => messages().users.toasts.passwordSet, errorShownInForm: true },
    onSuccess: async () => {
      client.setQueryData(userPasswordOptions(userName).queryKey, { hasPassword: true });
      await invalidateUser(client, userName);
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
    meta: { successMessage: () => messages().users.toasts.passwordChanged, errorShownInForm: true },
    onSuccess: () => invalidateUser(client, userName),
  });
}

export function useDeleteUserPassword(userName: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUserPassword({ userName }),
    meta: { successMessage: () => messages().users.toasts.passwordRemoved, errorShownInForm: true },
    onSuccess: async () => {
      client.setQueryData(userPasswordOptions(userName).queryKey, { hasPassword: false });
      await invalidateUser(client, userName);
    },
  });
}

/**
 * Another user's password reset, in the two calls Soracom's API offers (updateUserPassword needs the current
 * password): `remove` (deleteUserPassword), then `create` (createUserPassword). The dialog runs them and knows how far
 * it got, so a create that fails after the removal is retried alone. Nothing is refreshed between the two, so the tab
 * does not flicker to "not set" on the way; a failed create refreshes it, since the removal stands.
 */
export function useResetUserPassword(userName: string) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteUserPassword({ userName }),
    // Nothing to announce yet: the reset is announced once the new password is set. A failure stays in the dialog.
    meta: { errorShownInForm: true },
  });
  const create = useMutation({
    mutationFn: (password: string) => createUserPassword({ userName, password }),
    // A password in the variables: it leaves the mutation cache with the dialog.
    gcTime: 0,
    meta: { successMessage: () => messages().users.toasts.passwordReset, errorShownInForm: true },
    onSuccess: async () => {
      client.setQueryData(userPasswordOptions(userName).queryKey, { hasPassword: true });
      await invalidateUser(client, userName);
    },
    onError: () => invalidateUser(client, userName),
  });
  return { remove, create };
}
