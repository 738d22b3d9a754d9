// Which users are selected for a bulk action: kept by name, so it survives paging, filtering and sorting.
import { useCallback, useMemo, useState } from 'react';
import type { UserDetail } from '../../api/operations.ts';

export function useUserSelection(users: readonly UserDetail[] | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((userName: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(userName)) next.delete(userName);
      else next.add(userName);
      return next;
    });
  }, []);
  /** Selects every given user, or unselects them all (the page's checkbox). */
  const toggleMany = useCallback((userNames: readonly string[], select: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const name of userNames) {
        if (select) next.add(name);
        else next.delete(name);
      }
      return next;
    });
  }, []);
  const replace = useCallback((userNames: readonly string[]) => setSelected(new Set(userNames)), []);
  /** Drops users that are gone (deleted by a bulk run). */
  const drop = useCallback((userNames: readonly string[]) => {
    const gone = new Set(userNames);
    setSelected((current) => new Set([...current].filter((name) => !gone.has(name))));
  }, []);
  // The users as the list knows them now: a user deleted elsewhere and refetched away is no longer among them.
  const selectedUsers = useMemo(
    () => (users ?? []).filter((user) => selected.has(user.userName)),
    [users, selected],
  );
  return { selected, selectedUsers, toggle, toggleMany, replace, drop };
}
