// When a switched ("acting as") session ends, by its expiry or a 401, the console goes back to the session it was
// switched from, if that one still works, and says so; if it ended too, its 401 ends it like any session, and the
// sign-in page opens with the original's form filled in.
import { getDefaultPermissions } from '../../api/operations.ts';
import { isApiError } from '../../api/api-error.ts';
import { readSession, writeSession, type Session } from '../../api/session-store.ts';
import { showToast } from '../../components/toast.tsx';
import { loadPageAreas, messages } from '../../i18n/i18n-store.ts';
import { describeWho } from './session-indicator.tsx';

/**
 * Restores `ending.switchedFrom` and checks it with one light call: any answer but a 401 (a 403 included) means its
 * token works. Answers whether the console is back in the original session.
 */
export async function returnFromSwitchedSession(ending: Session): Promise<boolean> {
  const original = ending.switchedFrom;
  if (!original || readSession()?.apiKey !== ending.apiKey) return false;
  writeSession(original);
  try {
    await getDefaultPermissions();
  } catch (error) {
    // The client's 401 listener has ended the original session already (sign-in, form filled).
    if (isApiError(error) && error.status === 401) return false;
  }
  if (readSession()?.apiKey !== original.apiKey) return false;
  // Its text is in the roles area, which the page on screen may not have loaded.
  await loadPageAreas(['roles']).catch(() => undefined);
  const m = messages();
  showToast({
    kind: 'info',
    message: m.roles.switchUser.endedBack({
      userName: ending.userName ?? m.session.indicator.samUser,
      who: describeWho(original, m.session.indicator),
    }),
  });
  return true;
}
