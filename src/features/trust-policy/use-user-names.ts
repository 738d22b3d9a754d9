// The operator's SAM user names, for the SRN suggestions of the "Add trusted user" form (the users list's own query key).
import { useQuery } from '@tanstack/react-query';
import { usersListOptions } from '../../queries/user-queries.ts';

export function useUserNames(enabled: boolean): string[] {
  const users = useQuery({
    ...usersListOptions(),
    enabled,
    meta: { silentErrors: true },
  });
  return enabled && users.data ? users.data.map((user) => user.userName) : [];
}
