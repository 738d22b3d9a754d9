// What the signed-in principal may do: their documents read once per session, judged by src/lib/capabilities.ts.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { getDefaultPermissions, getUser, getUserPermission } from '../api/operations.ts';
import type { Session } from '../api/session-store.ts';
import { useSession } from '../api/use-session.ts';
import {
  capabilitiesOf,
  type Capabilities,
  type PrincipalDocuments,
  type Principal,
} from '../lib/capabilities.ts';
import { sessionKeys } from './query-keys.ts';

/** A read the principal may not make answers undefined ("could not be read"); any other failure is a failure. */
async function readable<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isApiError(error) && (error.status === 403 || error.status === 404)) return undefined;
    throw error;
  }
}

/** The SAM user's own permission, the default permissions and (when none are attached) their roles. */
export async function readPrincipalDocuments(userName: string): Promise<PrincipalDocuments> {
  const [permission, defaults, user] = await Promise.all([
    readable(() => getUserPermission({ userName })),
    readable(getDefaultPermissions),
    readable(() => getUser({ userName })),
  ]);
  return {
    user: permission ? permission.permission : undefined,
    defaults: defaults ? defaults.defaultPermissions : undefined,
    // A role's document needs getRole, which the console does not call yet: attached roles leave it unknown.
    roles: user && user.roleList.length === 0 ? [] : undefined,
  };
}

export const principalDocumentsOptions = (session: Session) =>
  queryOptions({
    queryKey: sessionKeys.capabilities(session.apiKey),
    queryFn: () =>
      session.userName === undefined
        ? Promise.resolve<PrincipalDocuments>({ user: null, defaults: null, roles: [] })
        : readPrincipalDocuments(session.userName),
    staleTime: Infinity,
    meta: { silentErrors: true },
  });

export function principalOf(session: Session): Principal {
  return session.method === 'root' || session.userName === undefined
    ? { kind: 'root' }
    : { kind: 'samUser', userName: session.userName };
}

const UNREAD: PrincipalDocuments = { user: undefined, defaults: undefined, roles: undefined };
const SIGNED_OUT: Capabilities = capabilitiesOf({ kind: 'root' }, UNREAD);

/**
 * The signed-in principal's capabilities. Until the documents are read (or when they cannot be), SAM users get
 * "unknown" verdicts: actions are offered as before and the server decides.
 */
export function useCapabilities(): Capabilities & { ready: boolean } {
  const session = useSession();
  const principal = session ? principalOf(session) : null;
  const documents = useQuery({
    ...principalDocumentsOptions(session ?? { apiKey: '', token: '', operatorId: '', method: 'root' }),
    enabled: principal?.kind === 'samUser',
  });
  if (!session || !principal) return { ...SIGNED_OUT, ready: false };
  if (principal.kind === 'root') return { ...capabilitiesOf(principal, UNREAD), ready: true };
  return {
    ...capabilitiesOf(principal, documents.data ?? UNREAD),
    ready: documents.data !== undefined || documents.isError,
  };
}
